package org.appeal.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.appeal.ui.common.Messages;
import org.appeal.ui.screen.EditActions;

/**
 * The campaign settings screen: the campaign's own settings above, its letters and the chosen
 * letter's settings below. A text is saved when its field is left or confirmed with Enter; a
 * choice is saved when made.
 */
public final class CampaignSettingsView {
    private final CampaignSettingsViewModel model;
    private final ScrollPane root;
    private final CampaignFieldsPane campaign;

    public CampaignSettingsView(CampaignSettingsViewModel model, Messages messages, Window owner) {
        this.model = model;
        SettingsControls controls = new SettingsControls(model, messages);
        campaign = new CampaignFieldsPane(model, controls);
        LettersList letters = new LettersList(model, messages, controls, new LetterNameDialog(model, messages, owner));
        LetterSettingsForm letter = new LetterSettingsForm(model, messages, controls, letters.selection());
        VBox content = new VBox(12, controls.heading("settings.campaign"), campaign.node(),
                controls.heading("settings.letters"), letters.node(letter::fill), letter.node(), hint(messages));
        content.setPadding(new Insets(12));
        content.setMaxWidth(760);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("settings-screen");
    }

    public Node node() {
        return root;
    }

    /**
     * The screen's own undo when no text field holds typing of its own; a field with unsaved
     * typing undoes that first, as text fields do.
     */
    public EditActions editActions() {
        return new EditActions() {
            @Override
            public boolean undo() {
                return !typingInAField() && model.undo();
            }

            @Override
            public boolean redo() {
                return !typingInAField() && model.redo();
            }
        };
    }

    private boolean typingInAField() {
        return campaign.typingIn(root.getScene() == null ? null : root.getScene().getFocusOwner());
    }

    private static Label hint(Messages messages) {
        Label hint = new Label(messages.get("settings.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return hint;
    }
}
