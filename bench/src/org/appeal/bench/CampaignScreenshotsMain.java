package org.appeal.bench;

/** Starts {@link CampaignScreenshots} from a class that is not an Application, as JavaFX on the class path needs. */
public final class CampaignScreenshotsMain {
    private CampaignScreenshotsMain() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(CampaignScreenshots.class, args);
    }
}
