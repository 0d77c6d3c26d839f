package org.appeal.ui.settings;

import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.appeal.domain.Addressing;
import org.appeal.domain.CampaignData;
import org.appeal.domain.CitationSettings;
import org.appeal.ui.common.DialogButtons;
import org.appeal.ui.common.Messages;
import org.appeal.ui.screen.EditActions;

import java.util.Locale;
import java.util.Optional;

/**
 * The campaign settings screen: the campaign's own settings above, its letters and the chosen
 * letter's settings below. A text is saved when its field is left or confirmed with Enter; a
 * choice is saved when made.
 */
public final class CampaignSettingsView {
    private final CampaignSettingsViewModel model;
    private final Messages messages;
    private final Window owner;
    private final ScrollPane root;
    private final ListView<CampaignSettingsViewModel.LetterRow> letters;
    private final ComboBox<String> letterLanguage = new ComboBox<>();
    private final ComboBox<String> letterLayout = new ComboBox<>();
    private final ComboBox<String> translationOf = new ComboBox<>();
    private final ChoiceBox<CitationSettings.Way> way = new ChoiceBox<>();
    private final ChoiceBox<CitationSettings.Style> style = new ChoiceBox<>();
    private final CheckBox bibliography = new CheckBox();
    private final ChoiceBox<Addressing> addressing = new ChoiceBox<>();
    private final TextField title = new TextField();
    private final TextField targetState = new TextField();
    private final TextField coalition = new TextField();
    /** Set while the letter form is filled from the model, so filling it is not taken for a choice. */
    private boolean filling;

    public CampaignSettingsView(CampaignSettingsViewModel model, Messages messages, Window owner) {
        this.model = model;
        this.messages = messages;
        this.owner = owner;
        letters = new ListView<>(model.letters());
        VBox content = new VBox(12, heading("settings.campaign"), campaignForm(), heading("settings.letters"),
                lettersPart(), letterForm(), hint());
        content.setPadding(new Insets(12));
        content.setMaxWidth(760);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("settings-screen");
    }

    public Node node() {
        return root;
    }

    /**
     * The screen's own undo when no text field holds typing of its own; a field with unsaved
     * typing undoes that first, as text fields do.
     */
    public EditActions editActions() {
        return new EditActions() {
            @Override
            public boolean undo() {
                return !typingInAField() && model.undo();
            }

            @Override
            public boolean redo() {
                return !typingInAField() && model.redo();
            }
        };
    }

    private boolean typingInAField() {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        return (focused == title && model.typedDiffers("title"))
                || (focused == targetState && model.typedDiffers("targetState"))
                || (focused == coalition && model.typedDiffers("coalition"));
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("settings-heading");
        label.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        return label;
    }

    private Node campaignForm() {
        GridPane grid = grid();
        textRow(grid, 0, "settings.title", title, "settingsTitle", model.titleProperty(), model::commitTitle);
        ComboBox<String> language = new ComboBox<>();
        language.getItems().setAll(CampaignSettingsViewModel.LANGUAGES);
        language.setConverter(languageNames(false));
        language.setId("settingsLanguage");
        language.setValue(model.languageProperty().get());
        model.languageProperty().addListener((o, a, chosen) -> language.setValue(chosen));
        language.valueProperty().addListener((o, a, chosen) -> {
            if (chosen != null && !chosen.equals(model.languageProperty().get())) {
                model.languageProperty().set(chosen);
                model.commitLanguage();
            }
        });
        row(grid, 1, "settings.language", language);
        textRow(grid, 2, "settings.targetState", targetState, "settingsTargetState", model.targetStateProperty(),
                model::commitTargetState);
        textRow(grid, 3, "settings.coalition", coalition, "settingsCoalition", model.coalitionProperty(),
                model::commitCoalition);
        return grid;
    }

    private void textRow(GridPane grid, int row, String key, TextField field, String id, StringProperty value,
                         Runnable commit) {
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        row(grid, row, key, field);
    }

    private Node lettersPart() {
        letters.setId("settingsLetters");
        letters.setAccessibleText(messages.get("settings.letters"));
        letters.setPrefHeight(130);
        letters.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CampaignSettingsViewModel.LetterRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : describe(row));
            }
        });
        Button add = button("addLetter", "settings.addLetter");
        add.setOnAction(e -> model.addLetter(this::askName));
        Button rename = button("renameLetter", "settings.renameLetter");
        rename.setOnAction(e -> selected().ifPresent(r -> model.renameLetter(r.name(), this::askName)));
        Button remove = button("removeLetter", "settings.removeLetter");
        remove.setOnAction(e -> selected().ifPresent(r -> model.removeLetter(r.name())));
        letters.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            boolean further = row != null && !row.main();
            rename.setDisable(!further);
            remove.setDisable(!further);
            fill(row);
        });
        // The list is replaced after every save: the same letter stays chosen (or the main one).
        String[] chosen = {null};
        letters.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                chosen[0] = row.name();
            }
        });
        model.letters().addListener((ListChangeListener<CampaignSettingsViewModel.LetterRow>) c -> reselect(chosen[0]));
        reselect(null);
        return new VBox(6, letters, new HBox(8, add, rename, remove));
    }

    private void reselect(String name) {
        int index = 0;
        for (int i = 0; i < model.letters().size(); i++) {
            if (model.letters().get(i).name().equals(name)) {
                index = i;
            }
        }
        if (!model.letters().isEmpty()) {
            letters.getSelectionModel().select(index);
            fill(letters.getSelectionModel().getSelectedItem());
        }
    }

    private String describe(CampaignSettingsViewModel.LetterRow row) {
        String name = row.main() ? messages.get("settings.mainLetter") : row.name();
        String subject = row.subject().isBlank() ? messages.get("settings.noSubject") : row.subject();
        String language = row.language().isEmpty() ? "" : Locale.forLanguageTag(row.language())
                .getDisplayLanguage(messages.locale()) + ", ";
        String of = row.translationOf().isEmpty() ? "" : messages.get("settings.versionOf",
                CampaignData.MAIN_LETTER.equals(row.translationOf()) ? messages.get("settings.mainLetter")
                        : row.translationOf()) + ", ";
        return name + " \u2014 " + subject + " (" + language + of + row.layout() + ")";
    }

    private Node letterForm() {
        GridPane grid = grid();
        letterLanguage.setId("letterLanguage");
        letterLanguage.getItems().add("");
        letterLanguage.getItems().addAll(CampaignSettingsViewModel.LANGUAGES);
        letterLanguage.setConverter(languageNames(true));
        letterLanguage.setDisable(!model.perLetterLanguage());
        if (!model.perLetterLanguage()) {
            letterLanguage.setTooltip(new Tooltip(messages.get("settings.letterLanguageFixed")));
        }
        letterLanguage.valueProperty().addListener((o, a, v) -> chosen(r -> model.chooseLanguage(r.name(), v)));
        row(grid, 0, "settings.letterLanguage", letterLanguage);

        letterLayout.setId("letterLayout");
        letterLayout.setItems(model.layouts());
        letterLayout.valueProperty().addListener((o, a, v) -> chosen(r -> model.chooseLayout(r.name(), v)));
        row(grid, 1, "settings.layout", letterLayout);

        way.setId("letterCitations");
        way.getItems().setAll(CitationSettings.Way.values());
        way.setConverter(named("settings.way."));
        way.valueProperty().addListener((o, a, v) -> citationsChosen());
        row(grid, 2, "settings.citations", way);

        style.setId("letterCitationStyle");
        style.getItems().setAll(CitationSettings.Style.values());
        style.setConverter(named("settings.style."));
        style.valueProperty().addListener((o, a, v) -> citationsChosen());
        row(grid, 3, "settings.citationStyle", style);

        bibliography.setId("letterBibliography");
        bibliography.setText(messages.get("settings.bibliography"));
        bibliography.setAccessibleText(messages.get("settings.bibliography"));
        bibliography.selectedProperty().addListener((o, a, v) -> citationsChosen());
        grid.add(bibliography, 1, 4);

        addressing.setId("letterAddressing");
        addressing.getItems().setAll(Addressing.values());
        addressing.setConverter(named("settings.addressing."));
        addressing.setTooltip(new Tooltip(messages.get("settings.addressingHint")));
        addressing.valueProperty().addListener((o, a, v) -> chosen(r -> model.chooseAddressing(r.name(), v)));
        row(grid, 5, "settings.addressing", addressing);
        translationOf.setId("letterTranslationOf");
        translationOf.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : name.isEmpty() ? messages.get("settings.translationOfNone")
                        : CampaignData.MAIN_LETTER.equals(name) ? messages.get("settings.mainLetter") : name;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        translationOf.valueProperty().addListener((o, a, v) -> chosen(r -> model.chooseTranslationOf(r.name(), v)));
        row(grid, 6, "settings.translationOf", translationOf);

        Label heading = new Label();
        heading.setId("letterSettingsHeading");
        heading.textProperty().bind(letters.getSelectionModel().selectedItemProperty().map(r -> messages.get(
                "settings.letterSettings", r.main() ? messages.get("settings.mainLetter") : r.name())).orElse(""));
        heading.setStyle("-fx-font-weight: bold;");
        return new VBox(6, heading, grid);
    }

    private void citationsChosen() {
        if (way.getValue() != null && style.getValue() != null) {
            CitationSettings citations = new CitationSettings(way.getValue(), style.getValue(), bibliography.isSelected());
            chosen(r -> model.chooseCitations(r.name(), citations));
        }
    }

    private void chosen(java.util.function.Consumer<CampaignSettingsViewModel.LetterRow> action) {
        if (!filling) {
            selected().ifPresent(action);
        }
    }

    private void fill(CampaignSettingsViewModel.LetterRow row) {
        filling = true;
        try {
            letterLanguage.setValue(row == null ? null : row.language());
            translationOf.getItems().setAll("");
            if (row != null && !row.main()) {
                translationOf.getItems().addAll(model.originalsFor(row.name()));
            }
            translationOf.setValue(row == null ? null : row.translationOf());
            translationOf.setDisable(row == null || row.main());
            letterLayout.setValue(row == null ? null : row.layout());
            way.setValue(row == null ? null : row.citations().way());
            style.setValue(row == null ? null : row.citations().style());
            bibliography.setSelected(row != null && row.citations().bibliography());
            addressing.setValue(row == null ? null : row.addressing());
        } finally {
            filling = false;
        }
    }

    private Optional<CampaignSettingsViewModel.LetterRow> selected() {
        return Optional.ofNullable(letters.getSelectionModel().getSelectedItem());
    }

    /** The name of a new or renamed letter, checked as it is typed. */
    private Optional<String> askName(Optional<String> current) {
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
        javafx.application.Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }

    private Label hint() {
        Label hint = new Label(messages.get("settings.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return hint;
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    private void row(GridPane grid, int row, String key, Control control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        control.setAccessibleText(messages.get(key));
        if (control instanceof TextInputControl) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        grid.add(label, 0, row);
        grid.add(control, 1, row);
    }

    private Button button(String id, String key) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setAccessibleText(messages.get(key));
        return button;
    }

    /** "English", "Korean" in the interface's language; with {@code campaigns}, empty is "the campaign's". */
    private StringConverter<String> languageNames(boolean campaigns) {
        return new StringConverter<>() {
            @Override
            public String toString(String tag) {
                if (tag == null) {
                    return "";
                }
                if (tag.isEmpty()) {
                    return campaigns ? messages.get("settings.campaignsLanguage", toString(model.languageProperty().get())) : "";
                }
                return Locale.forLanguageTag(tag).getDisplayLanguage(messages.locale());
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        };
    }

    private <E extends Enum<E>> StringConverter<E> named(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : messages.get(prefix + value.name());
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        };
    }
}
