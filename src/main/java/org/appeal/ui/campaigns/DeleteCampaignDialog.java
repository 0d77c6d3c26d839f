package org.appeal.ui.campaigns;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.appeal.app.OpenWorkspace;
import org.appeal.ui.common.DialogButtons;
import org.appeal.ui.common.Messages;

/**
 * File → Delete campaign: says what goes with it, and when it has saved versions or a record of
 * sending, asks for its title to be typed, so that deleting it is a deliberate act.
 */
public final class DeleteCampaignDialog {
    private final Messages messages;
    private final Window owner;

    public DeleteCampaignDialog(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /** True once the user confirmed. */
    public boolean confirm(OpenWorkspace.DeletionImpact impact) {
        Dialog<Boolean> dialog = new Dialog<>();
        DialogButtons buttons = DialogButtons.of(messages);
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(messages.get("delete.title"));
        dialog.setHeaderText(messages.get("delete.header", impact.title()));
        dialog.getDialogPane().setId("delete-campaign-dialog");
        ButtonType delete = new ButtonType(messages.get("delete.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(delete, buttons.cancel());
        CampaignForms.stylesheet(dialog.getDialogPane());

        Label lost = new Label(messages.get("delete.lost", impact.savedVersions(), impact.recipients(),
                impact.signatories(), impact.sources(), impact.deliveries()));
        lost.setId("deleteImpact");
        lost.setWrapText(true);
        VBox box = new VBox(8, lost);
        box.setPrefWidth(480);
        Node ok = dialog.getDialogPane().lookupButton(delete);
        ok.setId("deleteOk");
        if (impact.deliberate()) {
            Label ask = new Label(messages.get("delete.typeTitle", impact.title()));
            ask.setWrapText(true);
            TextField typed = new TextField();
            typed.setId("deleteConfirmTitle");
            typed.setAccessibleText(messages.get("delete.typeTitle", impact.title()));
            ask.setLabelFor(typed);
            ok.disableProperty().bind(typed.textProperty().map(t -> !t.strip().equals(impact.title().strip())));
            box.getChildren().addAll(ask, typed);
            Platform.runLater(typed::requestFocus);
        } else {
            Label plain = new Label(messages.get("delete.nothingSaved"));
            plain.setWrapText(true);
            box.getChildren().add(plain);
        }
        dialog.getDialogPane().setContent(box);
        dialog.setResultConverter(b -> b == delete);
        return dialog.showAndWait().orElse(false);
    }
}
