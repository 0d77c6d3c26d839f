package org.appeal.store.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one real PostgreSQL of a test run. Started on first use and kept in JUnit's root store,
 * which closes it when the whole run ends; each test gets its own schema in it, so tests stay
 * independent without paying for a server each.
 */
final class EmbeddedPostgresServer implements AutoCloseable {
    private final EmbeddedPostgres postgres;
    private final AtomicInteger schemas = new AtomicInteger();

    private EmbeddedPostgresServer() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    static EmbeddedPostgresServer in(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(EmbeddedPostgresServer.class, key -> new EmbeddedPostgresServer(),
                        EmbeddedPostgresServer.class);
    }

    /** A new empty schema; the returned location makes it every connection's search path. */
    WorkspaceLocation freshSchema() {
        String schema = "test_" + schemas.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create schema " + schema, e);
        }
        return WorkspaceLocation.postgres(postgres.getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema,
                null, null);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
