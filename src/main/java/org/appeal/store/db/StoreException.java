package org.appeal.store.db;

/** The workspace database failed (cannot open, migrate, read or write); carries the JDBC cause. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
