package org.appeal.ui.sign;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.appeal.ui.common.DialogButtons;
import org.appeal.ui.common.Messages;

/** What File → Verify a PDF found: resizable, the report selectable and copyable. */
public final class VerifyPdfDialog {
    private final Messages messages;
    private final Window owner;

    public VerifyPdfDialog(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    public void show(VerifyPdfViewModel.Result result) {
        Dialog<Void> dialog = new Dialog<>();
        DialogButtons buttons = DialogButtons.of(messages);
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(messages.get("verify.title"));
        dialog.setHeaderText(result.pdf().getFileName() + "\n"
                + messages.get(result.allValid() ? "verify.headerValid" : "verify.headerFailed"));
        dialog.getDialogPane().setId("verify-dialog");
        dialog.getDialogPane().getButtonTypes().add(buttons.close());
        dialog.getDialogPane().lookupButton(buttons.close()).setId("verifyClose");
        TextArea report = new TextArea(result.text());
        report.setId("verifyReport");
        report.setEditable(false);
        report.setWrapText(true);  // the verdict line is longer than the dialog; a scroll bar would hide its end
        report.setAccessibleText(messages.get("verify.report"));
        report.getStyleClass().add("verify-report");
        report.setPrefColumnCount(90);
        report.setPrefRowCount(Math.min(24, result.lines().size() + 1));
        VBox.setVgrow(report, Priority.ALWAYS);
        Label label = new Label(messages.get("verify.report"));
        label.setLabelFor(report);
        dialog.getDialogPane().setContent(new VBox(6, label, report));
        dialog.getDialogPane().getStylesheets().add(VerifyPdfDialog.class.getResource("/org/appeal/ui/appeal.css").toExternalForm());
        dialog.showAndWait();
    }
}
