package org.appeal.store.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Supplies each parameterised test with a fresh SQLite database and a fresh PostgreSQL database,
 * so every repository test runs against both; neither is ever skipped. The databases are created
 * lazily, when the test opens its first client.
 */
public final class TestDatabases implements ArgumentsProvider {
    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        return Stream.of(sqlite(context), postgres(context)).map(db -> Arguments.of(Named.of(db.dialect().name(), db)));
    }

    static TestDatabase sqlite(ExtensionContext context) {
        TempRoot root = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TempRoot.class, key -> new TempRoot(), TempRoot.class);
        return new Lazy(Dialect.SQLITE, () -> WorkspaceLocation.sqlite(root.newFile()));
    }

    static TestDatabase postgres(ExtensionContext context) {
        return new Lazy(Dialect.POSTGRESQL, () -> EmbeddedPostgresServer.in(context).freshSchema());
    }

    /** Only the PostgreSQL one, for tests about concurrent clients on a server. */
    public static final class PostgresOnly implements ArgumentsProvider {
        @Override
        public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
            return Stream.of(Arguments.of(Named.of("POSTGRESQL", postgres(context))));
        }
    }

    private static final class Lazy implements TestDatabase {
        private final Dialect dialect;
        private final java.util.function.Supplier<WorkspaceLocation> create;
        private WorkspaceLocation location;

        Lazy(Dialect dialect, java.util.function.Supplier<WorkspaceLocation> create) {
            this.dialect = dialect;
            this.create = create;
        }

        @Override
        public Dialect dialect() {
            return dialect;
        }

        @Override
        public synchronized WorkspaceLocation location() {
            if (location == null) {
                location = create.get();
            }
            return location;
        }
    }

    /** A folder for the run's SQLite files, deleted when the run ends. */
    static final class TempRoot implements AutoCloseable {
        private final Path folder;
        private int files;

        TempRoot() {
            try {
                folder = Files.createTempDirectory("appeal-store-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized Path newFile() {
            // A sub-folder that does not exist yet also checks that opening creates missing folders.
            return folder.resolve("db" + ++files).resolve("workspace.db");
        }

        @Override
        public void close() throws IOException {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
