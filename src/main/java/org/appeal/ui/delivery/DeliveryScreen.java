package org.appeal.ui.delivery;

import javafx.scene.Node;
import org.appeal.app.CampaignChange;
import org.appeal.ui.screen.CampaignScreen;
import org.appeal.ui.screen.ScreenContext;

import java.time.Clock;

/** Delivery: who still has to get the letter, what was sent, sending by e-mail and recording other sendings. */
public final class DeliveryScreen implements CampaignScreen<DeliveryViewModel> {
    private final ScreenContext context;
    private final Clock clock = Clock.systemDefaultZone();
    private final DeliveryViewModel model;
    private final MailSettingsViewModel mail;
    private DeliveryView view;

    public DeliveryScreen(ScreenContext context) {
        this.context = context;
        model = new DeliveryViewModel(context.session(), context.services().mail().passwords(), context.executor(),
                context.dialogs(), context.messages(), clock);
        mail = new MailSettingsViewModel(context.services().mail(), context.executor(), context.messages());
        mail.load();
        model.accountProperty().bind(mail.savedProperty());
    }

    @Override
    public String id() {
        return "delivery";
    }

    /** Kept between showings, so a sending's results and an edited message stay while other screens are looked at. */
    @Override
    public Node node() {
        if (view == null) {
            view = new DeliveryView(model, mail, context.messages(), context.owner(), context.dialogs(), clock);
        }
        return view.node();
    }

    @Override
    public DeliveryViewModel viewModel() {
        return model;
    }

    /** The mail account's form, for tests that reach it as the screen does. */
    public MailSettingsViewModel mailSettings() {
        return mail;
    }

    @Override
    public void campaignChanged(CampaignChange change) {
        model.campaignChanged(change);
    }

    @Override
    public void relabel() {
        view = null;
    }
}
