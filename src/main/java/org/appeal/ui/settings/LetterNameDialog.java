package org.appeal.ui.settings;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.appeal.ui.common.DialogButtons;
import org.appeal.ui.common.Messages;

import java.util.Optional;

/** Asks the name of a new or renamed letter, checked as it is typed: OK is off while the name would be refused. */
final class LetterNameDialog {
    private final CampaignSettingsViewModel model;
    private final Messages messages;
    private final Window owner;

    LetterNameDialog(CampaignSettingsViewModel model, Messages messages, Window owner) {
        this.model = model;
        this.messages = messages;
        this.owner = owner;
    }

    /**
     * @param current the letter's name when it is renamed; empty for a new letter
     * @return the name typed; empty when cancelled
     */
    Optional<String> ask(Optional<String> current) {
        Dialog<String> dialog = new Dialog<>();
        DialogButtons buttons = DialogButtons.of(messages);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(current.isEmpty() ? "settings.addLetter" : "settings.renameLetter"));
        dialog.setHeaderText(messages.get("settings.letterNameHeader"));
        dialog.getDialogPane().setId("letter-name-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(buttons.ok(), buttons.cancel());
        TextField name = new TextField(current.orElse(""));
        name.setId("letterName");
        name.setAccessibleText(messages.get("settings.letterName"));
        Label problem = new Label();
        problem.setId("letterNameProblem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        Node ok = dialog.getDialogPane().lookupButton(buttons.ok());
        ok.setId("letterNameOk");
        Runnable check = () -> {
            Optional<String> why = name.getText().isBlank() ? Optional.of("")
                    : model.nameProblem(name.getText(), current.orElse(null));
            problem.setText(why.orElse(""));
            ok.setDisable(why.isPresent());
        };
        name.textProperty().addListener((o, a, b) -> check.run());
        check.run();
        Label label = new Label(messages.get("settings.letterName"));
        label.setLabelFor(name);
        VBox box = new VBox(6, label, name, problem);
        box.setPadding(new Insets(12));
        box.setPrefWidth(420);
        dialog.getDialogPane().setContent(box);
        dialog.setResultConverter(b -> b == buttons.ok() ? name.getText() : null);
        Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }
}
