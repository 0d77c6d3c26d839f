package org.appeal.ui.signatories;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.appeal.domain.Signatory;
import org.appeal.ui.common.DialogButtons;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.TypedDay;

import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Adds or edits a signatory: kind, the text fields {@link SignatoryField} lists, and the signature
 * or logo image, chosen from a file and checked as a bundle's images are. What is wrong is said
 * under the fields while typing, and the field is marked; OK waits until nothing blocks.
 */
public final class SignatoryDialog {
    private static final double IMAGE_WIDTH = 180;
    private static final double IMAGE_HEIGHT = 60;

    private final Messages messages;
    private final Window owner;
    private final SignatoriesViewModel model;

    public SignatoryDialog(Messages messages, Window owner, SignatoriesViewModel model) {
        this.messages = messages;
        this.owner = owner;
        this.model = model;
    }

    public Optional<SignatoryForm> show(SignatoryForm start) {
        Dialog<SignatoryForm> dialog = new Dialog<>();
        DialogButtons buttons = DialogButtons.of(messages);
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(messages.get("signatory.dialogTitle"));
        dialog.setHeaderText(start.text(SignatoryField.NAME).isBlank() ? messages.get("signatory.new")
                : start.text(SignatoryField.NAME));
        dialog.getDialogPane().setId("signatory-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(buttons.ok(), buttons.cancel());
        dialog.getDialogPane().getStylesheets().add(SignatoryDialog.class.getResource("/org/appeal/ui/appeal.css")
                .toExternalForm());
        ObjectProperty<SignatoryForm> form = new SimpleObjectProperty<>(start);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setMinWidth(360);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), wide);

        ChoiceBox<Signatory.Kind> kind = new ChoiceBox<>();
        kind.setId("signatoryKind");
        kind.getItems().setAll(Signatory.Kind.values());
        kind.setValue(start.kind());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(Signatory.Kind k) {
                return k == null ? "" : messages.get("signatories.kind." + k.name().toLowerCase());
            }

            @Override
            public Signatory.Kind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().addListener((o, a, b) -> form.set(form.get().withKind(b)));
        int row = 0;
        row(grid, row++, "signatories.kind", kind);

        Map<SignatoryField, TextField> fields = new EnumMap<>(SignatoryField.class);
        for (SignatoryField field : SignatoryField.values()) {
            TextField text = new TextField(start.text(field));
            text.setId(field.controlId());
            text.textProperty().addListener((o, a, b) -> form.set(form.get().with(field, b)));
            fields.put(field, text);
            row(grid, row++, field.labelKey(), text);
        }
        fields.get(SignatoryField.SIGNED_ON).setPromptText(new TypedDay(messages.locale()).example());

        ImageView preview = new ImageView();
        preview.setId("signatoryImagePreview");
        preview.setFitWidth(IMAGE_WIDTH);
        preview.setFitHeight(IMAGE_HEIGHT);
        preview.setPreserveRatio(true);
        Label imageName = new Label();
        imageName.setId("signatoryImageName");
        imageName.setWrapText(true);
        Button chooseImage = new Button(messages.get("signatory.chooseImage"));
        chooseImage.setId("signatoryChooseImage");
        chooseImage.setAccessibleText(messages.get("signatory.chooseImage"));
        chooseImage.setOnAction(e -> model.chooseImage(chosen -> form.set(form.get().withChosenImage(chosen))));
        Button noImage = new Button(messages.get("signatory.noImage"));
        noImage.setId("signatoryNoImage");
        noImage.setAccessibleText(messages.get("signatory.noImage"));
        noImage.setOnAction(e -> form.set(form.get().withoutImage()));
        HBox imageButtons = new HBox(8, chooseImage, noImage);
        HBox imageRow = new HBox(12, preview, new javafx.scene.layout.VBox(6, imageName, imageButtons));
        imageRow.setAlignment(Pos.CENTER_LEFT);
        Label imageLabel = new Label(messages.get("signatory.image"));
        imageLabel.setLabelFor(chooseImage);
        grid.add(imageLabel, 0, row);
        grid.add(imageRow, 1, row++);

        // What is wrong, in words, under the fields: a tooltip is easy to miss.
        Label findings = new Label();
        findings.setId("signatoryFindings");
        findings.setWrapText(true);
        findings.getStyleClass().add("findings");
        findings.setMinHeight(54);  // room for three findings, so the dialog does not jump while typing
        grid.add(findings, 0, row, 2, 1);
        dialog.getDialogPane().setContent(grid);

        Node ok = dialog.getDialogPane().lookupButton(buttons.ok());
        ok.setId("signatoryOk");
        ok.setAccessibleText(messages.get("signatory.ok"));
        Runnable judge = () -> {
            SignatoryForm now = form.get();
            var found = now.check(messages);
            findings.setText(found.stream().map(f -> label(f.field()) + ": " + f.message())
                    .collect(Collectors.joining("\n")));
            for (SignatoryField field : SignatoryField.values()) {
                mark(fields.get(field), found.stream().filter(f -> f.field().equals(field.name())).findFirst());
            }
            mark(chooseImage, found.stream().filter(f -> f.field().equals("image")).findFirst());
            ok.setDisable(!now.canSave(messages));
            showImage(now, preview, imageName);
            noImage.setDisable(!now.hasImage());
        };
        form.addListener((o, a, b) -> judge.run());
        judge.run();

        dialog.setResultConverter(button -> button == buttons.ok() ? form.get() : null);
        Platform.runLater(fields.get(SignatoryField.NAME)::requestFocus);
        return dialog.showAndWait();
    }

    private String label(String field) {
        return field.equals("image") ? messages.get("signatory.image")
                : messages.get(SignatoryField.valueOf(field).labelKey());
    }

    private static void mark(Control control, Optional<SignatoryForm.Finding> finding) {
        control.getStyleClass().removeAll("invalid-field", "odd-field");
        finding.ifPresent(f -> control.getStyleClass().add(f.severity() == SignatoryForm.Severity.ERROR
                ? "invalid-field" : "odd-field"));
    }

    /** The chosen file when it can be printed, else the image the signatory has; its name beside it. */
    private void showImage(SignatoryForm form, ImageView preview, Label name) {
        Optional<SignatoryForm.ChosenImage> chosen = form.chosen();
        if (chosen.isPresent()) {
            boolean usable = chosen.get().problem().isEmpty();
            preview.setImage(usable ? new Image(chosen.get().file().toUri().toString(), IMAGE_WIDTH, IMAGE_HEIGHT,
                    true, true) : null);
            name.setText(String.valueOf(chosen.get().file().getFileName()));
            return;
        }
        if (form.imagePath().isEmpty()) {
            preview.setImage(null);
            name.setText(messages.get("signatory.noImageYet"));
            return;
        }
        Optional<byte[]> held = model.heldImage(form.imagePath());
        preview.setImage(held.map(bytes -> new Image(new ByteArrayInputStream(bytes), IMAGE_WIDTH, IMAGE_HEIGHT, true,
                true)).orElse(null));
        name.setText(held.isPresent() ? form.imagePath() : messages.get("signatory.imageNotHeld", form.imagePath()));
    }

    private void row(GridPane grid, int row, String key, Control control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        control.setAccessibleText(messages.get(key));
        grid.add(label, 0, row);
        grid.add(control, 1, row);
    }
}
