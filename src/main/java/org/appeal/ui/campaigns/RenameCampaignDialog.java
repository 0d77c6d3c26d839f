package org.appeal.ui.campaigns;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.appeal.ui.common.DialogButtons;
import org.appeal.ui.common.Messages;

import java.util.Optional;

/** File → Rename campaign: the new title (the campaign's id, used in file names, stays). */
public final class RenameCampaignDialog {
    private final Messages messages;
    private final Window owner;

    public RenameCampaignDialog(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    public Optional<String> show(String current) {
        Dialog<String> dialog = new Dialog<>();
        DialogButtons buttons = DialogButtons.of(messages);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("rename.title"));
        dialog.setHeaderText(messages.get("rename.header"));
        dialog.getDialogPane().setId("rename-campaign-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(buttons.ok(), buttons.cancel());
        TextField title = new TextField(current);
        title.setId("renameTitle");
        GridPane grid = CampaignForms.grid();
        CampaignForms.row(grid, 0, messages, "rename.newTitle", title);
        dialog.getDialogPane().setContent(grid);
        Node ok = dialog.getDialogPane().lookupButton(buttons.ok());
        ok.setId("renameOk");
        ok.disableProperty().bind(title.textProperty().map(t -> t.isBlank() || t.strip().equals(current.strip())));
        dialog.setResultConverter(b -> b == buttons.ok() ? title.getText().strip() : null);
        Platform.runLater(() -> {
            title.requestFocus();
            title.selectAll();
        });
        return dialog.showAndWait();
    }
}
