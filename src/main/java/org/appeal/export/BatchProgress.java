package org.appeal.export;

import java.time.Duration;
import java.util.Optional;

/**
 * How far a batch has come, for a progress bar or a terminal's progress line.
 *
 * @param stage          checking every letter (nothing written yet), or writing them
 * @param done           letters checked, or written, so far
 * @param total          letters in the batch
 * @param lettersPerSecond the rate of this stage so far; 0 until the first letter is done
 * @param timeLeft       the stage's remaining time at that rate; empty until there is a rate
 */
public record BatchProgress(Stage stage, int done, int total, double lettersPerSecond, Optional<Duration> timeLeft) {
    public enum Stage { CHECKING, WRITING }

    /** Measured from the stage's start; {@code elapsedNanos} is the time since then. */
    static BatchProgress of(Stage stage, int done, int total, long elapsedNanos) {
        if (done == 0 || elapsedNanos <= 0) {
            return new BatchProgress(stage, done, total, 0, Optional.empty());
        }
        double rate = done * 1e9 / elapsedNanos;
        long leftNanos = (long) ((total - done) / rate * 1e9);
        return new BatchProgress(stage, done, total, rate, Optional.of(Duration.ofNanos(leftNanos)));
    }
}
