package org.appeal.ui.recipients;

import javafx.scene.Node;
import org.appeal.app.CampaignChange;
import org.appeal.ui.screen.CampaignScreen;
import org.appeal.ui.screen.ScreenContext;

/** The letter's TO and CC recipients. */
public final class RecipientsScreen implements CampaignScreen<RecipientsViewModel> {
    private final ScreenContext context;
    private final RecipientsViewModel model;

    public RecipientsScreen(ScreenContext context) {
        this.context = context;
        model = new RecipientsViewModel(context.session(), context.executor(), context.dialogs(), context.messages());
    }

    @Override
    public String id() {
        return "recipients";
    }

    @Override
    public Node node() {
        return new RecipientsView(model, context.messages(), new RecipientDialog(context.messages(), context.owner())).node();
    }

    @Override
    public RecipientsViewModel viewModel() {
        return model;
    }

    @Override
    public void campaignChanged(CampaignChange change) {
        model.campaignChanged(change);
    }
}
