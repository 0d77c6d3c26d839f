package org.appeal.ui.screen;

import javafx.stage.Window;
import org.appeal.app.CampaignSession;
import org.appeal.app.RecentPlaces;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;

/**
 * Everything a screen may touch: the open campaign's session (its data, its writes, its change
 * signal), the app's services, background work, the language, the status line, the letter as
 * edited, and the window that owns its dialogs. Not the workspace, not the store, not other
 * screens: news of other screens' work arrives as {@link CampaignScreen#campaignChanged}.
 *
 * @param owner  the main window, owner of the screen's dialogs (null in tests without a toolkit)
 * @param places where files were last put and taken (the export folder, the PDF just exported)
 */
public record ScreenContext(CampaignSession session, AppServices services, UiExecutor executor, Messages messages,
                           StatusLine status, EditedLetter editedLetter, Window owner, RecentPlaces places) {
    /** For a screen tested alone: places are remembered while the context lives, from the home folder. */
    public ScreenContext(CampaignSession session, AppServices services, UiExecutor executor, Messages messages,
                         StatusLine status, EditedLetter editedLetter, Window owner) {
        this(session, services, executor, messages, status, editedLetter, owner,
                RecentPlaces.inMemory(java.nio.file.Path.of(System.getProperty("user.home"))));
    }

    public DialogService dialogs() {
        return services.dialogs();
    }
}
