package org.appeal.store.db;

/**
 * Another client kept writing to the workspace for longer than this one would wait
 * ({@link BusyWait}). Nothing was written; the message is meant to be shown as it is.
 */
public final class WorkspaceBusyException extends StoreException {
    WorkspaceBusyException(WorkspaceLocation location, Throwable cause) {
        super("another Appeal is writing to " + location.displayName() + "; try again when it has finished", cause);
    }
}
