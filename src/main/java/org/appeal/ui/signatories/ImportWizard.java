package org.appeal.ui.signatories;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
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
 * columns map to fields and in which order its dates write day, month and year, look at the dry
 * run (added / updated / rejected with reasons), then import. Import stays disabled until the dry
 * run says the sheet can be applied. The window can be resized; the sheet is read in the background.
 */
public final class ImportWizard {

    private final Messages messages;
    private final Window owner;
    private final DialogService dialogs;

    private final TextField file = new TextField();
    private final ChoiceBox<String> encoding = new ChoiceBox<>();
    private final ChoiceBox<DateOrderChoice> dateOrder = new ChoiceBox<>();
    private final CheckBox skipBadRows = new CheckBox();
    private final GridPane mapping = new GridPane();
    private final Map<String, ChoiceBox<String>> columnChoices = new LinkedHashMap<>();
    private final ListView<String> added = new ListView<>();
    private final ListView<String> updated = new ListView<>();
    private final ListView<String> rejected = new ListView<>();
    private final Label verdict = new Label();
    private final Button showProblems = new Button();
    private SheetImportPreview plan;
    private Runnable replan = () -> { };

    public ImportWizard(Messages messages, Window owner, DialogService dialogs) {
        this.messages = messages;
        this.owner = owner;
        this.dialogs = dialogs;
    }

    public void show(SignatoriesViewModel model, Optional<File> dropped) {
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogButtons buttons = DialogButtons.of(messages);
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(messages.get("import.title"));
        dialog.setHeaderText(messages.get("import.header"));
        dialog.getDialogPane().setId("import-wizard");
        ButtonType importButton = new ButtonType(messages.get("import.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, buttons.cancel());
        Node apply = dialog.getDialogPane().lookupButton(importButton);
        apply.setId("importApply");
        apply.setAccessibleText(messages.get("import.apply"));
        apply.setDisable(true);

        file.setId("importFile");
        file.setEditable(false);
        file.setAccessibleText(messages.get("import.file"));
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button(messages.get("import.choose"));
        choose.setId("importChoose");
        choose.setAccessibleText(messages.get("import.choose"));
        encoding.setId("importEncoding");
        encoding.setAccessibleText(messages.get("import.encoding"));
        encoding.getItems().setAll(messages.get("import.detect"), "UTF-8", "CP949", "windows-1252");
        encoding.getSelectionModel().select(0);
        dateOrder.setId("importDateOrder");
        dateOrder.setAccessibleText(messages.get("import.dateOrder"));
        dateOrder.getItems().setAll(DateOrderChoice.values());
        dateOrder.setValue(DateOrderChoice.UNDECIDED);
        dateOrder.setConverter(labels(o -> messages.get(o.messageKey())));
        skipBadRows.setId("importSkipBadRows");
        skipBadRows.setText(messages.get("import.skipBadRows"));
        mapping.setId("importMapping");
        mapping.setHgap(8);
        mapping.setVgap(4);
        for (ListView<String> list : List.of(added, updated, rejected)) {
            list.setMinHeight(120);
            list.setPrefHeight(200);
            list.setPrefWidth(300);
            list.setCellFactory(l -> new ListCell<>() {
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
        added.setAccessibleText(messages.get("import.added"));
        updated.setId("importUpdated");
        updated.setAccessibleText(messages.get("import.updated"));
        rejected.setId("importRejected");
        rejected.setAccessibleText(messages.get("import.rejected"));
        verdict.setId("importVerdict");
        verdict.setWrapText(true);
        showProblems.setId("importShowProblems");
        showProblems.setText(messages.get("import.showProblems"));
        showProblems.setAccessibleText(messages.get("import.showProblems"));
        showProblems.setDisable(true);
        showProblems.setOnAction(e -> {
            if (plan != null) {
                model.showProblems(Path.of(file.getText()), plan);
            }
        });
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("importBusy");
        busy.setAccessibleText(messages.get("import.busy"));
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.busyProperty());
        Label busyText = new Label(messages.get("import.busy"));
        busyText.visibleProperty().bind(model.busyProperty());

        replan = () -> {
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
        dateOrder.setOnAction(e -> replan.run());
        skipBadRows.setOnAction(e -> replan.run());
        dropped.ifPresent(f -> {
            file.setText(f.getPath());
            replan.run();
        });

        GridPane results = new GridPane();
        results.setHgap(10);
        results.add(new Label(messages.get("import.added")), 0, 0);
        results.add(new Label(messages.get("import.updated")), 1, 0);
        results.add(new Label(messages.get("import.rejected")), 2, 0);
        results.add(added, 0, 1);
        results.add(updated, 1, 1);
        results.add(rejected, 2, 1);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints third = new ColumnConstraints();
            third.setPercentWidth(100.0 / 3);
            third.setHgrow(Priority.ALWAYS);
            results.getColumnConstraints().add(third);
        }
        RowConstraints labels = new RowConstraints();
        RowConstraints lists = new RowConstraints();
        lists.setVgrow(Priority.ALWAYS);
        results.getRowConstraints().addAll(labels, lists);
        VBox.setVgrow(results, Priority.ALWAYS);
        ScrollPane mappingScroll = new ScrollPane(mapping);
        mappingScroll.setPrefViewportHeight(150);
        mappingScroll.setFitToWidth(true);
        Label orderLabel = new Label(messages.get("import.dateOrder"));
        orderLabel.setLabelFor(dateOrder);
        HBox fileRow = new HBox(8, new Label(messages.get("import.file")), file, choose, busy, busyText);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        HBox options = new HBox(8, new Label(messages.get("import.encoding")), encoding, orderLabel, dateOrder,
                skipBadRows);
        options.setAlignment(Pos.CENTER_LEFT);
        HBox verdictRow = new HBox(8, verdict, showProblems);
        verdictRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(verdict, Priority.ALWAYS);
        verdict.setMaxWidth(Double.MAX_VALUE);
        VBox content = new VBox(10, fileRow, options, new Label(messages.get("import.mapping")), mappingScroll,
                results, verdictRow);
        content.setPadding(new Insets(10));
        // Sized for the whole dry run up front; the user can make it larger or smaller.
        content.setPrefSize(980, 660);
        content.setMinSize(520, 400);
        dialog.getDialogPane().setContent(content);

        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.filter(b -> b == importButton).isPresent() && plan != null) {
            model.applyImport(Path.of(file.getText()), choices());
        }
    }

    private static <T> StringConverter<T> labels(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private SheetImportChoices choices() {
        String chosen = encoding.getSelectionModel().getSelectedIndex() > 0 ? encoding.getValue() : "";
        Map<String, String> mapped = new LinkedHashMap<>();
        columnChoices.forEach((header, choice) -> mapped.put(header, choice.getValue()));
        return new SheetImportChoices(chosen, skipBadRows.isSelected(), mapped, dateOrder.getValue());
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
        showProblems.setDisable(result.problems().isEmpty());
    }

    /**
     * One row per sheet column, preset to what Appeal recognised and named in words ("Signed on",
     * "Ignore"); changing one re-runs the dry run.
     */
    private void buildMapping(SheetImportPreview result) {
        mapping.getChildren().clear();
        int row = 0;
        for (Map.Entry<String, String> column : result.columns().entrySet()) {
            ChoiceBox<String> choice = new ChoiceBox<>();
            choice.getItems().setAll(result.targets());
            choice.setValue(column.getValue());
            choice.setConverter(labels(target -> SheetImportPreview.label(target, messages)));
            choice.setId("map-" + row);
            choice.setAccessibleText(messages.get("import.columnReadAs", column.getKey()));
            choice.setOnAction(e -> replan.run());
            columnChoices.put(column.getKey(), choice);
            mapping.add(new Label(column.getKey()), 0, row);
            mapping.add(new Label("→"), 1, row);
            mapping.add(choice, 2, row);
            row++;
        }
    }
}
