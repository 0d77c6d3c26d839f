package org.appeal.ui.timeline;

import javafx.scene.Node;
import org.appeal.app.CampaignChange;
import org.appeal.ui.screen.CampaignScreen;
import org.appeal.ui.screen.ScreenContext;

/** The target state's resolution timeline. */
public final class TimelineScreen implements CampaignScreen<TimelineViewModel> {
    private final ScreenContext context;
    private final TimelineViewModel model;

    public TimelineScreen(ScreenContext context) {
        this.context = context;
        model = new TimelineViewModel(context.session(), context.executor(), context.dialogs(), context.messages());
    }

    @Override
    public String id() {
        return "timeline";
    }

    @Override
    public Node node() {
        return new TimelineView(model, context.messages(), context.services().openUrl()).node();
    }

    @Override
    public TimelineViewModel viewModel() {
        return model;
    }

    @Override
    public void campaignChanged(CampaignChange change) {
        model.campaignChanged(change);
    }
}
