package org.appeal.ui.common;

import java.util.function.Consumer;

/**
 * Runs work that may take longer than a frame away from the FX thread, and hands results back to
 * it. The app runs each job as a {@code javafx.concurrent.Task}; tests run jobs on the calling
 * thread, so view-models are tested without a toolkit.
 */
public interface UiExecutor {
    <T> Job submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What work may tell the UI while it runs. */
    interface Progress {
        void update(long done, long total, String message);

        boolean isCancelled();

        /** Runs {@code action} on the UI thread (at once in tests): to show partial results early. */
        void publish(Runnable action);
    }

    interface Job {
        void cancel();
    }
}
