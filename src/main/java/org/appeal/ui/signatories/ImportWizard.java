package org.appeal.ui.signatories;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.DialogButtons;
import org.appeal.ui.common.Messages;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-on sheet import in three steps on one page: pick the file (or drop it), check how its
 * columns map to fields, look at the dry run (added / updated / rejected with reasons), then import.
 * Import stays disabled until the dry run says the sheet can be applied.
 */
public final class ImportWizard {

    private final Messages messages;
    private final Window owner;
    private final DialogService dialogs;

    private final TextField file = new TextField();
    private final ChoiceBox<String> encoding = new ChoiceBox<>();
    private final CheckBox skipBadRows = new CheckBox();
    private final GridPane mapping = new GridPane();
    private final Map<String, ChoiceBox<String>> columnChoices = new LinkedHashMap<>();
    private final ListView<String> added = new ListView<>();
    private final ListView<String> updated = new ListView<>();
    private final ListView<String> rejected = new ListView<>();
    private final Label verdict = new Label();
    private SheetImportPreview plan;

    public ImportWizard(Messages messages, Window owner, DialogService dialogs) {
        this.messages = messages;
        this.owner = owner;
        this.dialogs = dialogs;
    }

    public void show(SignatoriesViewModel model, Optional<File> dropped) {
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogButtons buttons = DialogButtons.of(messages);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("import.title"));
        dialog.setHeaderText(messages.get("import.header"));
        dialog.getDialogPane().setId("import-wizard");
        ButtonType importButton = new ButtonType(messages.get("import.apply"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, buttons.cancel());
        Node apply = dialog.getDialogPane().lookupButton(importButton);
        apply.setId("importApply");
        apply.setDisable(true);

        file.setId("importFile");
        file.setEditable(false);
        file.setAccessibleText(messages.get("import.file"));
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button(messages.get("import.choose"));
        choose.setId("importChoose");
        encoding.setId("importEncoding");
        encoding.getItems().setAll(messages.get("import.detect"), "UTF-8", "CP949", "windows-1252");
        encoding.getSelectionModel().select(0);
        skipBadRows.setId("importSkipBadRows");
        skipBadRows.setText(messages.get("import.skipBadRows"));
        mapping.setId("importMapping");
        mapping.setHgap(8);
        mapping.setVgap(4);
        for (ListView<String> list : List.of(added, updated, rejected)) {
            list.setMinHeight(180);
            list.setPrefHeight(200);
            list.setPrefWidth(300);
            list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setWrapText(true);
                    setPrefWidth(0);  // wrap within the list instead of scrolling sideways
                }
            });
        }
        added.setId("importAdded");
        updated.setId("importUpdated");
        rejected.setId("importRejected");
        verdict.setId("importVerdict");
        verdict.setWrapText(true);

        Runnable replan = () -> {
            if (file.getText().isBlank()) {
                return;
            }
            apply.setDisable(true);
            model.planImport(Path.of(file.getText()), choices(), p -> {
                show(p);
                apply.setDisable(!p.canApply() || !p.hasChanges());
            });
        };
        choose.setOnAction(e -> dialogs.chooseOpenFile(messages.get("import.file"), "csv").ifPresent(p -> {
            file.setText(p.toString());
            columnChoices.clear();
            replan.run();
        }));
        encoding.setOnAction(e -> replan.run());
        skipBadRows.setOnAction(e -> replan.run());
        dropped.ifPresent(f -> {
            file.setText(f.getPath());
            replan.run();
        });
        this.replan = replan;

        GridPane results = new GridPane();
        results.setHgap(10);
        results.add(new Label(messages.get("import.added")), 0, 0);
        results.add(new Label(messages.get("import.updated")), 1, 0);
        results.add(new Label(messages.get("import.rejected")), 2, 0);
        results.add(added, 0, 1);
        results.add(updated, 1, 1);
        results.add(rejected, 2, 1);
        javafx.scene.control.ScrollPane mappingScroll = new javafx.scene.control.ScrollPane(mapping);
        mappingScroll.setPrefViewportHeight(150);
        mappingScroll.setFitToWidth(true);
        VBox content = new VBox(10,
                new HBox(8, new Label(messages.get("import.file")), file, choose),
                new HBox(8, new Label(messages.get("import.encoding")), encoding, skipBadRows),
                new Label(messages.get("import.mapping")), mappingScroll, results, verdict);
        content.setPadding(new Insets(10));
        // Sized for the whole dry run up front: the dialog does not grow once the sheet is read.
        content.setPrefSize(960, 640);
        dialog.getDialogPane().setContent(content);

        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.filter(b -> b == importButton).isPresent() && plan != null) {
            model.applyImport(Path.of(file.getText()), choices());
        }
    }

    private Runnable replan = () -> { };

    private SheetImportChoices choices() {
        String chosen = encoding.getSelectionModel().getSelectedIndex() > 0 ? encoding.getValue() : "";
        Map<String, String> mapping = new LinkedHashMap<>();
        columnChoices.forEach((header, choice) -> mapping.put(header, choice.getValue()));
        return new SheetImportChoices(chosen, skipBadRows.isSelected(), mapping);
    }

    private void show(SheetImportPreview result) {
        plan = result;
        if (columnChoices.isEmpty()) {
            buildMapping(result);
        }
        added.getItems().setAll(result.added());
        updated.getItems().setAll(result.updated());
        rejected.getItems().setAll(result.rejected());
        verdict.setText(result.verdict());
    }

    /** One row per sheet column, preset to what Appeal recognised; changing one re-runs the dry run. */
    private void buildMapping(SheetImportPreview result) {
        mapping.getChildren().clear();
        int row = 0;
        for (Map.Entry<String, String> column : result.columns().entrySet()) {
            ChoiceBox<String> choice = new ChoiceBox<>();
            choice.getItems().setAll(result.targets());
            choice.setValue(column.getValue());
            choice.setId("map-" + row);
            choice.setOnAction(e -> replan.run());
            columnChoices.put(column.getKey(), choice);
            mapping.add(new Label(column.getKey()), 0, row);
            mapping.add(new Label("→"), 1, row);
            mapping.add(choice, 2, row);
            row++;
        }
    }
}
