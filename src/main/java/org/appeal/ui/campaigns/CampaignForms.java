package org.appeal.ui.campaigns;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.appeal.ui.common.ChoiceLabels;
import org.appeal.ui.common.Messages;

import java.util.List;
import java.util.Locale;

/** The layout the campaign dialogs share: a label beside each field, the label naming the field for screen readers. */
final class CampaignForms {
    private CampaignForms() {
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setMinWidth(340);
        grid.getColumnConstraints().addAll(labels, wide);
        return grid;
    }

    static void row(GridPane grid, int row, Messages messages, String key, Control control, Node shown) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        control.setAccessibleText(messages.get(key));
        if (control instanceof TextInputControl) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        grid.add(label, 0, row);
        grid.add(shown, 1, row);
    }

    static void row(GridPane grid, int row, Messages messages, String key, Control control) {
        row(grid, row, messages, key, control, control);
    }

    /** "English", "Korean", in the interface's language, for the tags in {@code items}. */
    static StringConverter<String> languageNames(List<String> items, Messages messages) {
        return ChoiceLabels.of(items, tag -> tag.isEmpty() ? "" : Locale.forLanguageTag(tag).getDisplayLanguage(messages.locale()));
    }

    static void stylesheet(javafx.scene.control.DialogPane pane) {
        pane.getStylesheets().add(CampaignForms.class.getResource("/org/appeal/ui/appeal.css").toExternalForm());
    }
}
