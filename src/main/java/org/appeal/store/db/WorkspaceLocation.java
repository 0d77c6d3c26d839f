package org.appeal.store.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a workspace lives: a JDBC URL plus optional credentials for a server.
 *
 * <p>Users either pick a file (SQLite) or paste a {@code jdbc:postgresql:} URL their team gave
 * them; {@link #parse(String)} accepts both so the CLI and the settings dialog need no switch.
 *
 * @param user     database user, {@code null} to use what the URL says (or the driver default)
 * @param password database password, {@code null} likewise
 */
public record WorkspaceLocation(String jdbcUrl, String user, String password) {
    private static final String SQLITE_PREFIX = "jdbc:sqlite:";
    private static final String POSTGRES_PREFIX = "jdbc:postgresql:";

    public WorkspaceLocation {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith(SQLITE_PREFIX) && !jdbcUrl.startsWith(POSTGRES_PREFIX)) {
            throw new IllegalArgumentException("A workspace is a file path, a " + SQLITE_PREFIX
                    + " URL or a " + POSTGRES_PREFIX + " URL, not '" + jdbcUrl + "'");
        }
    }

    /** {@code ~/.local/share/appeal/workspace.db}, or under {@code $XDG_DATA_HOME} when that is set. */
    public static WorkspaceLocation defaultSqlite() {
        return defaultSqlite(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * The default file for the given environment and home folder (a seam so tests need not touch
     * the real environment). Per the XDG base directory spec a relative XDG_DATA_HOME is ignored.
     */
    public static WorkspaceLocation defaultSqlite(Map<String, String> environment, Path home) {
        String xdg = environment.get("XDG_DATA_HOME");
        Path dataHome = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return sqlite(dataHome.resolve("appeal").resolve("workspace.db"));
    }

    public static WorkspaceLocation sqlite(Path file) {
        return new WorkspaceLocation(SQLITE_PREFIX + file.toAbsolutePath().normalize(), null, null);
    }

    public static WorkspaceLocation postgres(String jdbcUrl, String user, String password) {
        if (!jdbcUrl.startsWith(POSTGRES_PREFIX)) {
            throw new IllegalArgumentException("Not a PostgreSQL URL: '" + jdbcUrl + "'");
        }
        return new WorkspaceLocation(jdbcUrl, user, password);
    }

    /** A JDBC URL as given, anything else as a path to an SQLite file. */
    public static WorkspaceLocation parse(String pathOrUrl) {
        Objects.requireNonNull(pathOrUrl, "pathOrUrl");
        return pathOrUrl.startsWith("jdbc:")
                ? new WorkspaceLocation(pathOrUrl, null, null)
                : sqlite(Path.of(pathOrUrl));
    }

    public Dialect dialect() {
        return jdbcUrl.startsWith(SQLITE_PREFIX) ? Dialect.SQLITE : Dialect.POSTGRESQL;
    }

    /** The SQLite file, empty for a server or an in-memory SQLite URL. */
    public Optional<Path> sqliteFile() {
        if (dialect() != Dialect.SQLITE) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring(SQLITE_PREFIX.length());
        int query = rest.indexOf('?');
        String file = query < 0 ? rest : rest.substring(0, query);
        return file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")
                ? Optional.empty()
                : Optional.of(Path.of(file));
    }

    /** How a message names the workspace: the file for SQLite, else the URL without its password. */
    public String displayName() {
        return sqliteFile().map(Path::toString).orElseGet(this::toString);
    }

    /** Never shows the password: locations end up in logs and error messages. */
    @Override
    public String toString() {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***") + (user == null ? "" : " as " + user);
    }
}
