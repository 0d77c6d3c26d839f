package org.appeal.ui.screen;

import javafx.stage.Window;
import org.appeal.app.CampaignSession;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;

/**
 * Everything a screen may touch: the open campaign's session (its data, its writes, its change
 * signal), the app's services, background work, the language, the status line, the letter as
 * edited, and the window that owns its dialogs. Not the workspace, not the store, not other
 * screens: news of other screens' work arrives as {@link CampaignScreen#campaignChanged}.
 *
 * @param owner the main window, owner of the screen's dialogs (null in tests without a toolkit)
 */
public record ScreenContext(CampaignSession session, AppServices services, UiExecutor executor, Messages messages,
                           StatusLine status, EditedLetter editedLetter, Window owner) {
    public DialogService dialogs() {
        return services.dialogs();
    }
}
