package org.appeal.ui.shell;

import org.appeal.app.CampaignSession;
import org.appeal.ui.letter.LetterActions;
import org.appeal.ui.screen.CampaignScreen;

import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * A campaign open in the window: its session, its screens in navigator order, and the letter's
 * actions for the File menu. What the session writes reaches every screen, on the FX thread.
 */
public final class OpenCampaign {
    private final CampaignSession session;
    private final LetterActions letter;
    private final List<CampaignScreen<?>> screens;
    private final Runnable unsubscribe;

    /** @param uiThread where the screens hear of changes: the FX thread in the app */
    OpenCampaign(CampaignSession session, LetterActions letter, List<CampaignScreen<?>> screens, Executor uiThread) {
        this.session = session;
        this.letter = letter;
        this.screens = List.copyOf(screens);
        if (screens.isEmpty() || new HashSet<>(screens.stream().map(CampaignScreen::id).toList()).size() != screens.size()) {
            throw new IllegalArgumentException("a campaign needs at least one screen, each with its own id");
        }
        unsubscribe = session.changes().subscribe(change ->
                uiThread.execute(() -> this.screens.forEach(screen -> screen.campaignChanged(change))));
    }

    public CampaignSession session() {
        return session;
    }

    public List<CampaignScreen<?>> screens() {
        return screens;
    }

    public CampaignScreen<?> screen(String id) {
        return screens.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no screen '" + id + "'"));
    }

    /** The view-model of a screen, as its screen hands it out. */
    public <M> M viewModel(String id, Class<M> type) {
        return type.cast(screen(id).viewModel());
    }

    /** Save, export, print and the recovery copy of the letter, whichever screen shows. */
    public LetterActions letter() {
        return letter;
    }

    /** The campaign is no longer shown: its screens hear of no more changes. */
    void close() {
        unsubscribe.run();
    }
}
