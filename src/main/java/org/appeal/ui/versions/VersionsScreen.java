package org.appeal.ui.versions;

import javafx.scene.Node;
import org.appeal.app.CampaignChange;
import org.appeal.ui.screen.CampaignScreen;
import org.appeal.ui.screen.ScreenContext;

/** A letter's language versions side by side, with what would put a bilingual letter's notes out of step. */
public final class VersionsScreen implements CampaignScreen<VersionsViewModel> {
    private final ScreenContext context;
    private final VersionsViewModel model;

    public VersionsScreen(ScreenContext context) {
        this.context = context;
        model = new VersionsViewModel(context.session(), context.editedLetter(), context.messages());
    }

    @Override
    public String id() {
        return "versions";
    }

    @Override
    public Node node() {
        return new VersionsView(model, context.messages()).node();
    }

    @Override
    public VersionsViewModel viewModel() {
        return model;
    }

    @Override
    public void campaignChanged(CampaignChange change) {
        model.campaignChanged(change);
    }

    @Override
    public void relabel() {
        model.relabel();
    }
}
