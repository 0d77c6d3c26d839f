package org.appeal.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the FX clock: the action runs on the FX thread after the pause. */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition pause;
    private Runnable action = () -> { };

    public FxDebouncer(Duration pause) {
        this.pause = new PauseTransition(pause);
        this.pause.setOnFinished(e -> action.run());
    }

    @Override
    public void schedule(Runnable newAction) {
        action = newAction;
        pause.playFromStart();
    }

    @Override
    public void cancel() {
        pause.stop();
    }
}
