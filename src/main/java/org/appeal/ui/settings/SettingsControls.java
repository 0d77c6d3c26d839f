package org.appeal.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.appeal.ui.common.ChoiceLabels;
import org.appeal.ui.common.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the settings screen's parts make their controls alike: labelled rows in a two-column grid,
 * buttons and headings named in the interface's language, and choices shown by their names.
 */
final class SettingsControls {
    private final CampaignSettingsViewModel model;
    private final Messages messages;

    SettingsControls(CampaignSettingsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("settings-heading");
        label.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        return label;
    }

    GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    void row(GridPane grid, int row, String key, Control control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        control.setAccessibleText(messages.get(key));
        if (control instanceof TextInputControl) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        grid.add(label, 0, row);
        grid.add(control, 1, row);
    }

    Button button(String id, String key) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setAccessibleText(messages.get(key));
        return button;
    }

    /**
     * "English", "Korean" in the interface's language, for the tags in {@code items}; with
     * {@code campaigns}, empty is "the campaign's".
     */
    StringConverter<String> languageNames(List<String> items, boolean campaigns) {
        return ChoiceLabels.of(items, tag -> languageName(tag, campaigns));
    }

    private String languageName(String tag, boolean campaigns) {
        if (tag.isEmpty()) {
            return campaigns ? messages.get("settings.campaignsLanguage",
                    languageName(Objects.requireNonNullElse(model.languageProperty().get(), ""), false)) : "";
        }
        return Locale.forLanguageTag(tag).getDisplayLanguage(messages.locale());
    }

    /** The enum values in {@code items}, each by its message {@code prefix + name}. */
    <E extends Enum<E>> StringConverter<E> named(List<E> items, String prefix) {
        return ChoiceLabels.of(items, value -> messages.get(prefix + value.name()));
    }
}
