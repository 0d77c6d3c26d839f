package org.appeal.ui.common;

/** Runs an action once input has paused: each call restarts the wait. */
public interface Debouncer {
    void schedule(Runnable action);

    /** Forgets a scheduled action that has not run yet. */
    default void cancel() {
    }

    /** Runs the action at once; for tests and headless use. */
    static Debouncer immediate() {
        return Runnable::run;
    }
}
