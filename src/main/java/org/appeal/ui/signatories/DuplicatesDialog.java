package org.appeal.ui.signatories;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.appeal.domain.DuplicateSuggestion;
import org.appeal.domain.Signatory;
import org.appeal.ui.common.DialogButtons;
import org.appeal.ui.common.Messages;

/**
 * Suggested duplicates, each pair side by side. Nothing is merged until the user picks which
 * record to keep.
 */
public final class DuplicatesDialog {
    private final Messages messages;
    private final Window owner;

    public DuplicatesDialog(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    public void show(SignatoriesViewModel model) {
        Dialog<Void> dialog = new Dialog<>();
        DialogButtons buttons = DialogButtons.of(messages);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("duplicates.title"));
        dialog.setHeaderText(messages.get("duplicates.header"));
        dialog.getDialogPane().setId("duplicates-dialog");
        dialog.getDialogPane().getButtonTypes().add(buttons.close());
        ListView<DuplicateSuggestion> list = new ListView<>(model.suggestions());
        list.setId("duplicateList");
        list.setPrefSize(760, 360);
        list.setPlaceholder(new Label(messages.get("duplicates.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DuplicateSuggestion s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    return;
                }
                GridPane pair = new GridPane();
                pair.setHgap(16);
                pair.add(describe(s.a()), 0, 0);
                pair.add(describe(s.b()), 1, 0);
                Button keepA = new Button(messages.get("duplicates.keep", s.a().name()));
                keepA.setId("keep-" + s.a().id());
                keepA.setOnAction(e -> model.merge(s, s.a()));
                Button keepB = new Button(messages.get("duplicates.keep", s.b().name()));
                keepB.setId("keep-" + s.b().id());
                keepB.setOnAction(e -> model.merge(s, s.b()));
                pair.add(keepA, 0, 1);
                pair.add(keepB, 1, 1);
                Label why = new Label(s.explanation());
                why.getStyleClass().add("hint");
                VBox box = new VBox(4, why, pair);
                box.setPadding(new Insets(4));
                setGraphic(box);
            }
        });
        dialog.getDialogPane().setContent(new VBox(8, list, new HBox(new Label(messages.get("duplicates.explain")))));
        dialog.showAndWait();
    }

    private Label describe(Signatory s) {
        String details = s.name() + (s.acronym().isBlank() ? "" : " (" + s.acronym() + ")")
                + (s.title().isBlank() ? "" : "\n" + s.title())
                + "\n" + messages.get("duplicates.details", s.id(), s.signedOnDate().map(Object::toString)
                .orElse(messages.get("signatories.unknown")), s.position());
        Label label = new Label(details);
        label.setMinWidth(340);
        label.setWrapText(true);
        return label;
    }
}
