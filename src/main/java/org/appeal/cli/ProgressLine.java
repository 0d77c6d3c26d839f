package org.appeal.cli;

import org.appeal.export.BatchExport;
import org.appeal.export.BatchProgress;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * The one line a batch rewrites on a terminal: "Writing 57/100 letters, 14.2 letters/s, 3 s left".
 * It is drawn only on a terminal (a piped or redirected run gets none, so logs hold no carriage
 * returns), at most ten times a second, and wiped when the batch ends.
 */
final class ProgressLine implements BatchExport.Progress {
    private static final long EVERY_NANOS = 100_000_000L;

    private final PrintWriter terminal;
    private long lastDrawn;
    private int width;

    /** @param terminal where to draw, or {@code null} when not on a terminal */
    ProgressLine(PrintWriter terminal) {
        this.terminal = terminal;
    }

    /** Standard error when the process runs on a terminal; {@code null} otherwise. */
    static PrintWriter terminalOrNull(PrintWriter err) {
        return System.console() != null ? err : null;
    }

    @Override
    public void update(int done, int total, String message) {
    }

    @Override
    public void measured(BatchProgress progress) {
        if (terminal == null) {
            return;
        }
        long now = System.nanoTime();
        if (progress.done() < progress.total() && now - lastDrawn < EVERY_NANOS) {
            return;
        }
        lastDrawn = now;
        draw(text(progress));
    }

    static String text(BatchProgress p) {
        String stage = p.stage() == BatchProgress.Stage.CHECKING ? "Checking" : "Writing";
        StringBuilder line = new StringBuilder(String.format("%s %,d/%,d letters", stage, p.done(), p.total()));
        if (p.lettersPerSecond() > 0) {
            line.append(String.format(", %.1f letters/s", p.lettersPerSecond()));
        }
        p.timeLeft().filter(left -> p.done() < p.total()).ifPresent(left -> line.append(", ").append(left(left))
                .append(" left"));
        return line.toString();
    }

    private static String left(Duration d) {
        long s = Math.max(1, Math.round(d.toMillis() / 1000.0));
        return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }

    /** Wipes the line, so that what is printed next starts on a clean line. */
    void finish() {
        if (terminal != null && width > 0) {
            draw("");
        }
    }

    /** On a terminal, what the batch came to: "100 letters in 7.0 s (14.3 letters/s)". */
    void summary(int letters, long nanos) {
        if (terminal != null) {
            double seconds = nanos / 1e9;
            terminal.printf("%,d letters in %.1f s (%.1f letters/s)%n", letters, seconds, letters / seconds);
            terminal.flush();
        }
    }

    private void draw(String text) {
        terminal.print("\r" + text + " ".repeat(Math.max(0, width - text.length())) + "\r");
        terminal.flush();
        width = text.length();
    }
}
