package org.appeal.store.db;

import java.sql.SQLException;
import java.util.Optional;

/**
 * The workspace's file or server cannot be used as it is: a read-only file or folder, a full disk,
 * a damaged file, a server that cannot be reached. Not a fault in Appeal but in its surroundings,
 * so the message says what to look at; nothing was written.
 */
public final class WorkspaceUnavailableException extends StoreException {
    private static final int SQLITE_PERM = 3;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    private WorkspaceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The failure as one of these, when it is one; empty when it is a fault in Appeal itself. */
    static Optional<WorkspaceUnavailableException> of(WorkspaceLocation location, SQLException e) {
        String where = location.displayName();
        if (location.dialect() == Dialect.POSTGRESQL) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            // 08: the connection failed; 28: not allowed in; 3D000: no such database.
            if (state.startsWith("08") || state.startsWith("28") || state.equals("3D000")) {
                return Optional.of(new WorkspaceUnavailableException("cannot use the workspace " + where + ": "
                        + firstLine(e), e));
            }
            return Optional.empty();
        }
        String why = switch (e.getErrorCode() & 0xff) {
            case SQLITE_READONLY, SQLITE_PERM -> "it cannot be written to (a read-only file or folder?)";
            case SQLITE_FULL -> "the disk is full";
            case SQLITE_IOERR -> "the disk failed to read or write it (" + firstLine(e) + ")";
            case SQLITE_CORRUPT, SQLITE_NOTADB -> "the file is damaged or not an Appeal workspace";
            case SQLITE_CANTOPEN -> "it cannot be opened (a missing or read-only folder?)";
            default -> null;
        };
        return why == null ? Optional.empty()
                : Optional.of(new WorkspaceUnavailableException("cannot use the workspace " + where + ": " + why, e));
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
