package org.appeal.ui.evidence;

import javafx.scene.Node;
import org.appeal.app.CampaignChange;
import org.appeal.ui.screen.CampaignScreen;
import org.appeal.ui.screen.ScreenContext;

/** The evidence library: sources and the quotes taken from them. */
public final class EvidenceScreen implements CampaignScreen<EvidenceViewModel> {
    private final ScreenContext context;
    private final EvidenceViewModel model;

    public EvidenceScreen(ScreenContext context) {
        this.context = context;
        model = new EvidenceViewModel(context.session(), context.executor(), context.dialogs(), context.messages(),
                context.status());
    }

    @Override
    public String id() {
        return "evidence";
    }

    @Override
    public Node node() {
        return new EvidenceView(model, context.messages(), context.owner(),
                form -> new SourceDialog(context.messages(), context.owner(), model).show(form),
                evidence -> new EvidenceDialog(context.messages(), context.owner()).show(evidence)).node();
    }

    @Override
    public EvidenceViewModel viewModel() {
        return model;
    }

    @Override
    public void campaignChanged(CampaignChange change) {
        model.campaignChanged(change);
    }
}
