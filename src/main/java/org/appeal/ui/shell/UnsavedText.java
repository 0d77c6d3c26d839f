package org.appeal.ui.shell;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.appeal.ui.common.Messages;
import org.appeal.ui.screen.AppServices;
import org.appeal.ui.screen.StatusLine;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keeps the letter's unsaved text safe: a recovery copy every few seconds and whenever the window
 * loses focus, and at quit the choice Save / Don't save / Cancel. A quit the user asked for leaves
 * no recovery copy behind, so the next start does not report a crash; a recovery copy is only what
 * a crash leaves.
 */
final class UnsavedText {
    private final Supplier<Optional<OpenCampaign>> campaign;
    private final AppServices services;
    private final Messages messages;
    private final StatusLine status;
    private final Timeline autosave;
    private boolean stopped;

    UnsavedText(Stage stage, Supplier<Optional<OpenCampaign>> campaign, AppServices services, Messages messages,
                StatusLine status) {
        this.campaign = campaign;
        this.services = services;
        this.messages = messages;
        this.status = status;
        autosave = new Timeline(new KeyFrame(Duration.seconds(5), e -> keepNow()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !stopped) {
                keepNow();
            }
        });
    }

    /** Writes the recovery copy of the letter's text, if it has unsaved changes. */
    void keepNow() {
        campaign.get().ifPresent(c -> c.letter().autosave());
    }

    /**
     * Asks about unsaved text before the window closes and settles it.
     *
     * @return whether the window may close (false: the user cancelled, or saving failed and said why)
     */
    boolean settleBeforeQuit() {
        Optional<OpenCampaign> open = campaign.get();
        if (open.isPresent()) {
            OpenCampaign c = open.get();
            if (c.letter().unsaved()) {
                switch (services.dialogs().askToSave(messages.get("quit.title"), messages.get("quit.unsaved"))) {
                    case CANCEL:
                        return false;
                    case SAVE:
                        if (!c.letter().saveNow()) {
                            return false;
                        }
                        break;
                    case DONT_SAVE:
                    default:
                        break;
                }
            }
            autosave.stop();
            try {
                c.letter().discardUnsaved();
            } catch (RuntimeException e) {
                // The workspace went away (a server down): nothing to discard there, and no reason to stay open.
                status.show(e.getMessage());
            }
        }
        autosave.stop();
        stopped = true;
        return true;
    }
}
