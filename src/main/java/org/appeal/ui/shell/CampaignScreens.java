package org.appeal.ui.shell;

import javafx.application.Platform;
import javafx.util.Duration;
import org.appeal.ui.common.FxDebouncer;
import org.appeal.ui.delivery.DeliveryScreen;
import org.appeal.ui.evidence.EvidenceScreen;
import org.appeal.ui.letter.LetterScreen;
import org.appeal.ui.recipients.RecipientsScreen;
import org.appeal.ui.screen.ScreenContext;
import org.appeal.ui.settings.CampaignSettingsScreen;
import org.appeal.ui.signatories.SignatoriesScreen;
import org.appeal.ui.timeline.TimelineScreen;

import java.util.List;

/** The screens of a campaign, in navigator order: the one place where a new screen is listed. */
final class CampaignScreens {
    /** The preview waits for this pause in typing. */
    private static final Duration RENDER_PAUSE = Duration.millis(250);

    private CampaignScreens() {
    }

    static OpenCampaign open(ScreenContext context) {
        LetterScreen letter = new LetterScreen(context, new FxDebouncer(RENDER_PAUSE));
        return new OpenCampaign(context.session(), letter.actions(), List.of(
                letter,
                new RecipientsScreen(context),
                new SignatoriesScreen(context),
                new EvidenceScreen(context),
                new TimelineScreen(context),
                new org.appeal.ui.versions.VersionsScreen(context),
                new DeliveryScreen(context),
                new CampaignSettingsScreen(context)),
                Platform::runLater);
    }
}
