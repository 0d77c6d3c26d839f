package org.appeal.ui.signatories;

import javafx.scene.Node;
import org.appeal.app.CampaignChange;
import org.appeal.ui.screen.CampaignScreen;
import org.appeal.ui.screen.ScreenContext;

/** The sign-on list, with its import wizard, duplicates and withdrawals. */
public final class SignatoriesScreen implements CampaignScreen<SignatoriesViewModel> {
    private final ScreenContext context;
    private final SignatoriesViewModel model;

    public SignatoriesScreen(ScreenContext context) {
        this.context = context;
        model = new SignatoriesViewModel(context.session(), context.executor(), context.dialogs(), context.messages(),
                context.editedLetter()::draft, context.status());
    }

    @Override
    public String id() {
        return "signatories";
    }

    @Override
    public Node node() {
        return new SignatoriesView(model, context.messages(),
                dropped -> new ImportWizard(context.messages(), context.owner(), context.dialogs()).show(model, dropped),
                () -> new DuplicatesDialog(context.messages(), context.owner()).show(model),
                s -> new WithdrawalDialog(context.messages(), context.owner()).ask(s),
                form -> new SignatoryDialog(context.messages(), context.owner(), model).show(form)).node();
    }

    @Override
    public SignatoriesViewModel viewModel() {
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
