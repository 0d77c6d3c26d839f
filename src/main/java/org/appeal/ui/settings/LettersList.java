package org.appeal.ui.settings;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.appeal.compose.PlainText;
import org.appeal.domain.CampaignData;
import org.appeal.ui.common.Messages;
import org.appeal.ui.settings.CampaignSettingsViewModel.LetterRow;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The campaign's letters on the settings screen, the main one first, with the buttons that add,
 * rename and remove further letters. The same letter stays chosen when the list is replaced
 * after a save.
 */
final class LettersList {
    private final CampaignSettingsViewModel model;
    private final Messages messages;
    private final SettingsControls controls;
    private final LetterNameDialog names;
    private final ListView<LetterRow> letters;
    private Consumer<LetterRow> chosen = row -> { };

    LettersList(CampaignSettingsViewModel model, Messages messages, SettingsControls controls, LetterNameDialog names) {
        this.model = model;
        this.messages = messages;
        this.controls = controls;
        this.names = names;
        letters = new ListView<>(model.letters());
    }

    /** The letter chosen in the list; null when none. */
    ReadOnlyObjectProperty<LetterRow> selection() {
        return letters.getSelectionModel().selectedItemProperty();
    }

    Optional<LetterRow> selected() {
        return Optional.ofNullable(letters.getSelectionModel().getSelectedItem());
    }

    /** @param show shows the chosen letter's settings, each time a letter is chosen or the list replaced */
    Node node(Consumer<LetterRow> show) {
        this.chosen = show;
        letters.setId("settingsLetters");
        letters.setAccessibleText(messages.get("settings.letters"));
        letters.setPrefHeight(130);
        letters.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LetterRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : describe(row));
            }
        });
        Button add = controls.button("addLetter", "settings.addLetter");
        add.setOnAction(e -> model.addLetter(names::ask));
        Button rename = controls.button("renameLetter", "settings.renameLetter");
        rename.setOnAction(e -> selected().ifPresent(r -> model.renameLetter(r.name(), names::ask)));
        Button remove = controls.button("removeLetter", "settings.removeLetter");
        remove.setOnAction(e -> selected().ifPresent(r -> model.removeLetter(r.name())));
        selection().addListener((o, a, row) -> {
            boolean further = row != null && !row.main();
            rename.setDisable(!further);
            remove.setDisable(!further);
            chosen.accept(row);
        });
        // The list is replaced after every save: the same letter stays chosen (or the main one).
        String[] last = {null};
        selection().addListener((o, a, row) -> {
            if (row != null) {
                last[0] = row.name();
            }
        });
        model.letters().addListener((ListChangeListener<LetterRow>) c -> reselect(last[0]));
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
            chosen.accept(letters.getSelectionModel().getSelectedItem());
        }
    }

    private String describe(LetterRow row) {
        String name = row.main() ? messages.get("settings.mainLetter") : row.name();
        // The subject may hold the body's inline markup ("80<sup>th</sup>"); the list shows its words.
        String plain = PlainText.of(row.subject());
        String subject = plain.isEmpty() ? messages.get("settings.noSubject") : plain;
        String language = row.language().isEmpty() ? "" : Locale.forLanguageTag(row.language())
                .getDisplayLanguage(messages.locale()) + ", ";
        String of = row.translationOf().isEmpty() ? "" : messages.get("settings.versionOf",
                CampaignData.MAIN_LETTER.equals(row.translationOf()) ? messages.get("settings.mainLetter")
                        : row.translationOf()) + ", ";
        return name + " \u2014 " + subject + " (" + language + of + row.layout() + ")";
    }
}
