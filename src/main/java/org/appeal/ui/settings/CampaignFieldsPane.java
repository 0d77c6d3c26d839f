package org.appeal.ui.settings;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The campaign's own settings on the settings screen: title, language, target state and
 * coalition. A text is saved when its field is left or confirmed with Enter; the language when
 * chosen.
 */
final class CampaignFieldsPane {
    private final CampaignSettingsViewModel model;
    private final SettingsControls controls;
    private final TextField title = new TextField();
    private final TextField targetState = new TextField();
    private final TextField coalition = new TextField();

    CampaignFieldsPane(CampaignSettingsViewModel model, SettingsControls controls) {
        this.model = model;
        this.controls = controls;
    }

    Node node() {
        GridPane grid = controls.grid();
        textRow(grid, 0, "settings.title", title, "settingsTitle", model.titleProperty(), model::commitTitle);
        ComboBox<String> language = new ComboBox<>();
        language.getItems().setAll(CampaignSettingsViewModel.LANGUAGES);
        language.setConverter(controls.languageNames(language.getItems(), false));
        language.setId("settingsLanguage");
        language.setValue(model.languageProperty().get());
        model.languageProperty().addListener((o, a, chosen) -> language.setValue(chosen));
        language.valueProperty().addListener((o, a, chosen) -> {
            if (chosen != null && !chosen.equals(model.languageProperty().get())) {
                model.languageProperty().set(chosen);
                model.commitLanguage();
            }
        });
        controls.row(grid, 1, "settings.language", language);
        textRow(grid, 2, "settings.targetState", targetState, "settingsTargetState", model.targetStateProperty(),
                model::commitTargetState);
        textRow(grid, 3, "settings.coalition", coalition, "settingsCoalition", model.coalitionProperty(),
                model::commitCoalition);
        return grid;
    }

    /** Whether {@code focused} is one of these fields and holds typing not yet saved. */
    boolean typingIn(Node focused) {
        return (focused == title && model.typedDiffers("title"))
                || (focused == targetState && model.typedDiffers("targetState"))
                || (focused == coalition && model.typedDiffers("coalition"));
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
        controls.row(grid, row, key, field);
    }
}
