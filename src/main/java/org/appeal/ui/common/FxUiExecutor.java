package org.appeal.ui.common;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs jobs as {@link Task}s on a small pool of daemon threads. The most recent job is exposed so
 * that the status bar can show its progress and offer to cancel it.
 */
public final class FxUiExecutor implements UiExecutor, AutoCloseable {
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "appeal-work");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<Task<?>> current = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<Task<?>> currentTask() {
        return current.getReadOnlyProperty();
    }

    @Override
    public <T> Job submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            private final Progress progress = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    updateProgress(done, total);
                    updateMessage(message);
                }

                @Override
                public boolean isCancelled() {
                    return isCancelled0();
                }

                @Override
                public void publish(Runnable action) {
                    Platform.runLater(() -> {
                        if (!isCancelled0()) {
                            action.run();
                        }
                    });
                }
            };

            private boolean isCancelled0() {
                return isCancelled();
            }

            @Override
            protected T call() throws Exception {
                updateTitle(title);
                return work.run(progress);
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        current.set(task);
        pool.execute(task);
        return () -> task.cancel(false);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
