package org.appeal.ui.settings;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.appeal.domain.Addressing;
import org.appeal.domain.CampaignData;
import org.appeal.domain.CitationSettings;
import org.appeal.ui.common.Messages;
import org.appeal.ui.settings.CampaignSettingsViewModel.LetterRow;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The chosen letter's settings on the settings screen: its language, layout, way of citing,
 * addressing and the letter it is the version of. A choice is saved when made.
 */
final class LetterSettingsForm {
    private final CampaignSettingsViewModel model;
    private final Messages messages;
    private final SettingsControls controls;
    private final ReadOnlyObjectProperty<LetterRow> selection;
    private final ComboBox<String> letterLanguage = new ComboBox<>();
    private final ComboBox<String> letterLayout = new ComboBox<>();
    private final ComboBox<String> translationOf = new ComboBox<>();
    private final ChoiceBox<CitationSettings.Way> way = new ChoiceBox<>();
    private final ChoiceBox<CitationSettings.Style> style = new ChoiceBox<>();
    private final CheckBox bibliography = new CheckBox();
    private final ChoiceBox<Addressing> addressing = new ChoiceBox<>();
    /** Set while the form is filled from the model, so filling it is not taken for a choice. */
    private boolean filling;

    /** @param selection the letter chosen in the letters list, whose settings a choice changes */
    LetterSettingsForm(CampaignSettingsViewModel model, Messages messages, SettingsControls controls,
                       ReadOnlyObjectProperty<LetterRow> selection) {
        this.model = model;
        this.messages = messages;
        this.controls = controls;
        this.selection = selection;
    }

    Node node() {
        GridPane grid = controls.grid();
        letterLanguage.setId("letterLanguage");
        letterLanguage.getItems().add("");
        letterLanguage.getItems().addAll(CampaignSettingsViewModel.LANGUAGES);
        letterLanguage.setConverter(controls.languageNames(letterLanguage.getItems(), true));
        letterLanguage.setDisable(!model.perLetterLanguage());
        if (!model.perLetterLanguage()) {
            letterLanguage.setTooltip(new Tooltip(messages.get("settings.letterLanguageFixed")));
        }
        letterLanguage.valueProperty().addListener((o, a, v) -> chosen(r -> model.chooseLanguage(r.name(), v)));
        controls.row(grid, 0, "settings.letterLanguage", letterLanguage);

        letterLayout.setId("letterLayout");
        letterLayout.setItems(model.layouts());
        letterLayout.valueProperty().addListener((o, a, v) -> chosen(r -> model.chooseLayout(r.name(), v)));
        controls.row(grid, 1, "settings.layout", letterLayout);

        way.setId("letterCitations");
        way.getItems().setAll(CitationSettings.Way.values());
        way.setConverter(controls.named(way.getItems(), "settings.way."));
        way.valueProperty().addListener((o, a, v) -> citationsChosen());
        controls.row(grid, 2, "settings.citations", way);

        style.setId("letterCitationStyle");
        style.getItems().setAll(CitationSettings.Style.values());
        style.setConverter(controls.named(style.getItems(), "settings.style."));
        style.valueProperty().addListener((o, a, v) -> citationsChosen());
        controls.row(grid, 3, "settings.citationStyle", style);

        bibliography.setId("letterBibliography");
        bibliography.setText(messages.get("settings.bibliography"));
        bibliography.setAccessibleText(messages.get("settings.bibliography"));
        bibliography.selectedProperty().addListener((o, a, v) -> citationsChosen());
        grid.add(bibliography, 1, 4);

        addressing.setId("letterAddressing");
        addressing.getItems().setAll(Addressing.values());
        addressing.setConverter(controls.named(addressing.getItems(), "settings.addressing."));
        addressing.setTooltip(new Tooltip(messages.get("settings.addressingHint")));
        addressing.valueProperty().addListener((o, a, v) -> chosen(r -> model.chooseAddressing(r.name(), v)));
        controls.row(grid, 5, "settings.addressing", addressing);
        translationOf.setId("letterTranslationOf");
        translationOf.setConverter(letterNames());
        translationOf.valueProperty().addListener((o, a, v) -> chosen(r -> model.chooseTranslationOf(r.name(), v)));
        controls.row(grid, 6, "settings.translationOf", translationOf);

        Label heading = new Label();
        heading.setId("letterSettingsHeading");
        heading.textProperty().bind(selection.map(r -> messages.get(
                "settings.letterSettings", r.main() ? messages.get("settings.mainLetter") : r.name())).orElse(""));
        heading.setStyle("-fx-font-weight: bold;");
        return new VBox(6, heading, grid);
    }

    /** Shows {@code row}'s settings (none when null) without taking them for choices. */
    void fill(LetterRow row) {
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

    private StringConverter<String> letterNames() {
        return new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : name.isEmpty() ? messages.get("settings.translationOfNone")
                        : CampaignData.MAIN_LETTER.equals(name) ? messages.get("settings.mainLetter") : name;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }

    private void citationsChosen() {
        if (way.getValue() != null && style.getValue() != null) {
            CitationSettings citations = new CitationSettings(way.getValue(), style.getValue(), bibliography.isSelected());
            chosen(r -> model.chooseCitations(r.name(), citations));
        }
    }

    private void chosen(Consumer<LetterRow> action) {
        if (!filling) {
            Optional.ofNullable(selection.get()).ifPresent(action);
        }
    }
}
