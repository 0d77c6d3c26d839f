package org.appeal.ui.settings;

import javafx.scene.Node;
import org.appeal.app.CampaignChange;
import org.appeal.ui.screen.CampaignScreen;
import org.appeal.ui.screen.EditActions;
import org.appeal.ui.screen.ScreenContext;

/** What {@code campaign.yaml} says, edited in the window: the campaign's settings and its letters'. */
public final class CampaignSettingsScreen implements CampaignScreen<CampaignSettingsViewModel> {
    private final ScreenContext context;
    private final CampaignSettingsViewModel model;
    private CampaignSettingsView view;

    public CampaignSettingsScreen(ScreenContext context) {
        this.context = context;
        model = new CampaignSettingsViewModel(context.session(), context.services().templates(), context.executor(),
                context.dialogs(), context.messages(), context.status());
    }

    @Override
    public String id() {
        return "settings";
    }

    /** Kept while the campaign is open, so the chosen letter stays chosen between screens. */
    @Override
    public Node node() {
        if (view == null) {
            view = new CampaignSettingsView(model, context.messages(), context.owner());
        }
        return view.node();
    }

    @Override
    public CampaignSettingsViewModel viewModel() {
        return model;
    }

    @Override
    public void campaignChanged(CampaignChange change) {
        model.campaignChanged(change);
    }

    @Override
    public EditActions editActions() {
        if (view == null) {
            return new EditActions() {
                @Override
                public boolean undo() {
                    return model.undo();
                }

                @Override
                public boolean redo() {
                    return model.redo();
                }
            };
        }
        return view.editActions();
    }

    @Override
    public void relabel() {
        view = null;
    }
}
