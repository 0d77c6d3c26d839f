package org.appeal.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.appeal.ui.screen.CampaignScreen;

/** The open campaign's area: the navigator on the left, the one screen shown on the right, chosen by id. */
final class ScreenRouter {
    private final OpenCampaign campaign;
    private final SplitPane content = new SplitPane();
    private CampaignScreen<?> current;

    ScreenRouter(OpenCampaign campaign) {
        this.campaign = campaign;
        this.current = campaign.screens().get(0);
    }

    /** The area with a (new) navigator and the screen shown so far, anew after the language changed. */
    Node layout(Node navigator) {
        content.getItems().setAll(navigator, current.node());
        content.setDividerPositions(0.19);
        return content;
    }

    /** A new navigator (another title, another list) beside the screen shown, which keeps its place and focus. */
    void replaceNavigator(Node navigator) {
        if (content.getItems().size() == 2) {
            double[] dividers = content.getDividerPositions();
            content.getItems().set(0, navigator);
            content.setDividerPositions(dividers);
        }
    }

    void show(String id) {
        current = campaign.screen(id);
        if (content.getItems().size() == 2) {
            content.getItems().set(1, current.node());
        }
    }

    CampaignScreen<?> current() {
        return current;
    }
}
