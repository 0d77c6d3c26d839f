package org.appeal.ui.letter;

import org.appeal.export.BatchProgress;
import org.appeal.ui.common.Messages;

import java.time.Duration;

/**
 * What the status bar says while every recipient's letter is exported: the stage, how many
 * letters of how many, letters per second and the time left ("Writing the letters: 57 of 100,
 * 14.2 letters/s, 3 s left"), in the window's language.
 */
final class BatchProgressText {
    private final Messages messages;

    BatchProgressText(Messages messages) {
        this.messages = messages;
    }

    String of(BatchProgress p) {
        if (p.lettersPerSecond() <= 0 || p.timeLeft().isEmpty()) {
            return messages.get("export.progressStart." + p.stage().name(), p.done(), p.total());
        }
        String rate = String.format(messages.locale(), "%.1f", p.lettersPerSecond());
        return messages.get("export.progress." + p.stage().name(), p.done(), p.total(), rate, left(p.timeLeft().get()));
    }

    private String left(Duration d) {
        long s = Math.max(1, Math.round(d.toMillis() / 1000.0));
        return s < 60 ? messages.get("export.timeLeft.seconds", s)
                : messages.get("export.timeLeft.minutes", s / 60, s % 60);
    }

    /**
     * Where the bar stands, as a fraction of the whole export: checking every letter is its first
     * half, writing them its second.
     */
    static long done(BatchProgress p) {
        return p.stage() == BatchProgress.Stage.CHECKING ? p.done() : (long) p.total() + p.done();
    }
}
