package org.appeal.ui.sign;

import javafx.geometry.Insets;
import org.appeal.ui.common.ChoiceLabels;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.DialogButtons;
import org.appeal.ui.common.Messages;

import java.nio.file.Path;
import java.util.function.Consumer;

/** File → Sign a PDF: the letter, the organisation's certificate file and its password, reason and place. */
public final class SignPdfDialog {
    private final Messages messages;
    private final Window owner;
    private final DialogService dialogs;

    public SignPdfDialog(Messages messages, Window owner, DialogService dialogs) {
        this.messages = messages;
        this.owner = owner;
        this.dialogs = dialogs;
    }

    public void show(SignPdfViewModel model, Consumer<Path> signed) {
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogButtons buttons = DialogButtons.of(messages);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("sign.title"));
        dialog.setHeaderText(messages.get("sign.header"));
        dialog.getDialogPane().setId("sign-dialog");
        ButtonType signButton = new ButtonType(messages.get("sign.apply"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(signButton, buttons.cancel());
        javafx.scene.Node apply = dialog.getDialogPane().lookupButton(signButton);
        apply.setId("signApply");
        apply.disableProperty().bind(model.ready().not().or(model.signingProperty()));

        TextField pdf = pathField("signPdf", model.pdfProperty());
        Button choosePdf = chooser("signChoosePdf", () -> dialogs.chooseOpenFile(messages.get("sign.pdf"), "pdf",
                model.folderFor(model.pdfProperty())).ifPresent(model.pdfProperty()::set));
        TextField keystore = pathField("signKeystore", model.keystoreProperty());
        Button chooseKeystore = chooser("signChooseKeystore", () -> dialogs.chooseOpenFile(messages.get("sign.keystore"),
                "p12", model.folderFor(model.keystoreProperty())).ifPresent(model.keystoreProperty()::set));
        PasswordField password = new PasswordField();
        password.setId("signPassword");
        password.setAccessibleText(messages.get("sign.password"));
        TextField reason = new TextField();
        reason.setId("signReason");
        reason.textProperty().bindBidirectional(model.reasonProperty());
        TextField location = new TextField();
        location.setId("signLocation");
        location.textProperty().bindBidirectional(model.locationProperty());
        javafx.scene.control.ChoiceBox<org.appeal.compose.sign.SignatureLevel> level = new javafx.scene.control.ChoiceBox<>(
                javafx.collections.FXCollections.observableArrayList(org.appeal.compose.sign.SignatureLevel.values()));
        level.setId("signLevel");
        level.setAccessibleText(messages.get("sign.level"));
        level.setConverter(ChoiceLabels.of(level.getItems(), value -> messages.get("sign.level." + value.name())));
        level.valueProperty().bindBidirectional(model.levelProperty());
        TextField timestampServer = new TextField();
        timestampServer.setId("signTsa");
        timestampServer.setAccessibleText(messages.get("sign.tsa"));
        timestampServer.setPromptText("https://");
        timestampServer.textProperty().bindBidirectional(model.timestampServerProperty());
        timestampServer.disableProperty().bind(level.valueProperty().isEqualTo(org.appeal.compose.sign.SignatureLevel.B));
        CheckBox visible = new CheckBox(messages.get("sign.visible"));
        visible.setId("signVisible");
        visible.selectedProperty().bindBidirectional(model.visibleProperty());
        TextField out = pathField("signOut", model.outProperty());
        Button chooseOut = chooser("signChooseOut", () -> dialogs.chooseSaveFile(messages.get("sign.out"),
                model.outProperty().get() == null ? "signed.pdf" : model.outProperty().get().getFileName().toString(),
                "pdf", model.folderFor(model.outProperty())).ifPresent(model.outProperty()::set));

        pdf.setAccessibleText(messages.get("sign.pdf"));
        keystore.setAccessibleText(messages.get("sign.keystore"));
        out.setAccessibleText(messages.get("sign.out"));
        reason.setAccessibleText(messages.get("sign.reason"));
        location.setAccessibleText(messages.get("sign.location"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setMinWidth(380);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), wide, new ColumnConstraints());
        grid.addRow(0, new Label(messages.get("sign.pdf")), pdf, choosePdf);
        grid.addRow(1, new Label(messages.get("sign.keystore")), keystore, chooseKeystore);
        grid.addRow(2, new Label(messages.get("sign.password")), password);
        grid.addRow(3, new Label(messages.get("sign.reason")), reason);
        grid.addRow(4, new Label(messages.get("sign.location")), location);
        grid.addRow(5, new Label(messages.get("sign.level")), level);
        grid.addRow(6, new Label(messages.get("sign.tsa")), timestampServer);
        grid.add(visible, 1, 7);
        grid.addRow(8, new Label(messages.get("sign.out")), out, chooseOut);
        dialog.getDialogPane().setContent(grid);

        // Sign keeps the dialog open until the PDF is signed: after a wrong password every field
        // stays, and only the password is cleared to be typed again.
        apply.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            char[] typed = password.getText().toCharArray();
            model.sign(typed, file -> {
                password.clear();
                dialog.setResult(signButton);
                dialog.close();
                signed.accept(file);
            }, () -> {
                password.clear();
                password.requestFocus();
            });
        });
        dialog.setResizable(true);
        dialog.showAndWait();
        password.clear();
    }

    private TextField pathField(String id, javafx.beans.property.ObjectProperty<Path> property) {
        TextField field = new TextField();
        field.setId(id);
        field.setEditable(false);
        field.textProperty().bind(property.map(Path::toString).orElse(""));
        return field;
    }

    private Button chooser(String id, Runnable action) {
        Button button = new Button(messages.get("sign.choose"));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
