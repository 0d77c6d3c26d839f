package org.appeal.ui.shell;

import org.appeal.app.AppSettings;
import org.appeal.app.SettingsFile;
import org.appeal.ui.common.Debouncer;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The app's settings as they are now, written to their file once changes settle (a window being
 * resized changes them many times a second) and at quit, so a crash loses at most the last moment.
 * The file is written whole to a temporary file and moved into place ({@link SettingsFile}).
 */
final class SettingsKeeper {
    private final SettingsFile file;
    private final Debouncer settle;
    private final Consumer<IOException> failed;
    private AppSettings current;
    private boolean closed;

    /**
     * @param settle waits for the changes to settle (a second in the app)
     * @param failed told when a write after settling fails; a write at quit throws instead
     */
    SettingsKeeper(SettingsFile file, AppSettings initial, Debouncer settle, Consumer<IOException> failed) {
        this.file = file;
        this.settle = settle;
        this.failed = failed;
        this.current = initial;
    }

    AppSettings current() {
        return current;
    }

    void change(UnaryOperator<AppSettings> change) {
        AppSettings changed = change.apply(current);
        if (changed.equals(current) || closed) {
            return;
        }
        current = changed;
        settle.schedule(() -> {
            try {
                file.save(current);
            } catch (IOException e) {
                failed.accept(e);
            }
        });
    }

    /** The window is closing: the settings are written now, and not again. */
    void close() throws IOException {
        closed = true;
        settle.cancel();
        file.save(current);
    }
}
