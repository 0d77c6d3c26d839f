package org.appeal.ui.evidence;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.appeal.ui.common.DialogButtons;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.TypedDay;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Adds or edits a source: the key letters cite it by, title, issuing body, symbol, date, web
 * address, and the document (.txt, .md, .pdf) its text is read from. What is wrong is said under
 * the fields while typing; OK waits until nothing blocks.
 */
public final class SourceDialog {
    private final Messages messages;
    private final Window owner;
    private final EvidenceViewModel model;

    public SourceDialog(Messages messages, Window owner, EvidenceViewModel model) {
        this.messages = messages;
        this.owner = owner;
        this.model = model;
    }

    public Optional<SourceForm> show(SourceForm start) {
        Dialog<SourceForm> dialog = new Dialog<>();
        DialogButtons buttons = DialogButtons.of(messages);
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(messages.get("source.dialogTitle"));
        dialog.setHeaderText(start.isNew() ? messages.get("source.new") : start.title());
        dialog.getDialogPane().setId("source-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(buttons.ok(), buttons.cancel());
        dialog.getDialogPane().getStylesheets().add(SourceDialog.class.getResource("/org/appeal/ui/appeal.css")
                .toExternalForm());
        ObjectProperty<SourceForm> form = new SimpleObjectProperty<>(start);
        Set<String> taken = model.takenKeys();

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setMinWidth(380);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), wide);

        Label fileName = new Label(start.hasText() ? messages.get("source.textKept") : messages.get("source.noFile"));
        fileName.setId("sourceFileName");
        fileName.setWrapText(true);
        Button chooseFile = new Button(messages.get("source.chooseFile"));
        chooseFile.setId("sourceChooseFile");
        chooseFile.setOnAction(e -> model.chooseSourceFile().ifPresent(file -> {
            SourceForm f = form.get();
            form.set(new SourceForm(f.isNew(), f.key(), f.title(), f.issuingBody(), f.symbol(), f.date(), f.url(),
                    Optional.of(file), f.hasText()));
            fileName.setText(file.toString());
        }));
        HBox fileRow = new HBox(8, chooseFile, fileName);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        row(grid, 0, "source.file", chooseFile, fileRow);

        TextField key = field("sourceKey", start.key(), f -> v -> with(f, "key", v), form);
        key.setDisable(!start.isNew());
        key.setPromptText(messages.get("source.keyPrompt"));
        TextField title = field("sourceTitle", start.title(), f -> v -> with(f, "title", v), form);
        title.setPromptText(messages.get("source.titlePrompt"));
        TextField issuer = field("sourceIssuer", start.issuingBody(), f -> v -> with(f, "issuer", v), form);
        TextField symbol = field("sourceSymbol", start.symbol(), f -> v -> with(f, "symbol", v), form);
        TextField date = field("sourceDate", start.date(), f -> v -> with(f, "date", v), form);
        date.setPromptText(new TypedDay(messages.locale()).example());
        TextField url = field("sourceUrl", start.url(), f -> v -> with(f, "url", v), form);
        url.setPromptText("https://");
        row(grid, 1, "source.key", key, key);
        row(grid, 2, "source.title", title, title);
        row(grid, 3, "source.issuer", issuer, issuer);
        row(grid, 4, "source.symbol", symbol, symbol);
        row(grid, 5, "source.date", date, date);
        row(grid, 6, "source.url", url, url);

        Label findings = new Label();
        findings.setId("sourceFindings");
        findings.setWrapText(true);
        findings.getStyleClass().add("findings");
        findings.setMinHeight(54);
        grid.add(findings, 0, 7, 2, 1);
        dialog.getDialogPane().setContent(grid);

        Node ok = dialog.getDialogPane().lookupButton(buttons.ok());
        ok.setId("sourceOk");
        ok.setAccessibleText(messages.get("source.ok"));
        Map<String, Control> controls = Map.of("key", key, "title", title, "date", date, "url", url, "file", chooseFile);
        Runnable judge = () -> {
            SourceForm now = form.get();
            List<SourceForm.Finding> found = now.check(messages, taken);
            findings.setText(found.stream().map(f -> messages.get("source." + f.field()) + ": " + f.message())
                    .collect(Collectors.joining("\n")));
            controls.forEach((name, control) -> {
                control.getStyleClass().removeAll("invalid-field", "odd-field");
                found.stream().filter(f -> f.field().equals(name)).findFirst().ifPresent(f -> control.getStyleClass()
                        .add(f.severity() == SourceForm.Severity.ERROR ? "invalid-field" : "odd-field"));
            });
            ok.setDisable(!now.canSave(messages, taken));
            if (now.isNew() && now.key().isBlank()) {
                key.setPromptText(now.effectiveKey().isEmpty() ? messages.get("source.keyPrompt") : now.effectiveKey());
            }
        };
        form.addListener((o, a, b) -> judge.run());
        judge.run();

        dialog.setResultConverter(button -> button == buttons.ok() ? form.get() : null);
        Platform.runLater((start.isNew() ? chooseFile : title)::requestFocus);
        return dialog.showAndWait();
    }

    private static SourceForm with(SourceForm f, String field, String value) {
        return new SourceForm(f.isNew(), field.equals("key") ? value : f.key(), field.equals("title") ? value : f.title(),
                field.equals("issuer") ? value : f.issuingBody(), field.equals("symbol") ? value : f.symbol(),
                field.equals("date") ? value : f.date(), field.equals("url") ? value : f.url(), f.textFile(), f.hasText());
    }

    private static TextField field(String id, String value,
                                   Function<SourceForm, Function<String, SourceForm>> change,
                                   ObjectProperty<SourceForm> form) {
        TextField field = new TextField(value);
        field.setId(id);
        field.textProperty().addListener((o, a, b) -> form.set(change.apply(form.get()).apply(b)));
        return field;
    }

    private void row(GridPane grid, int row, String key, Control labelled, Node shown) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(labelled);
        labelled.setAccessibleText(messages.get(key));
        grid.add(label, 0, row);
        grid.add(shown, 1, row);
    }
}
