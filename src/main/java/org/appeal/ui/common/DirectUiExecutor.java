package org.appeal.ui.common;

import java.util.function.Consumer;

/** Runs every job at once on the calling thread: for view-model tests and headless use. */
public final class DirectUiExecutor implements UiExecutor {
    @Override
    public <T> Job submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        boolean[] cancelled = {false};
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }

            @Override
            public void publish(Runnable action) {
                action.run();
            }
        };
        T result;
        try {
            result = work.run(progress);
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> cancelled[0] = true;
        }
        onSuccess.accept(result);
        return () -> cancelled[0] = true;
    }
}
