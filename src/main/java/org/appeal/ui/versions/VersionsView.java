package org.appeal.ui.versions;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.appeal.domain.CampaignData;
import org.appeal.ui.common.Messages;

/** Two bodies side by side, read-only, each under the choice of its letter; the differences below. */
final class VersionsView {
    private final VersionsViewModel model;
    private final Messages messages;

    VersionsView(VersionsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Node node() {
        HBox sides = new HBox(8, side("versionFirst", "versions.first", model.firstProperty(), model.firstBodyProperty()),
                side("versionSecond", "versions.second", model.secondProperty(), model.secondBodyProperty()));
        sides.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        VBox.setVgrow(sides, Priority.ALWAYS);

        Label verdict = new Label();
        verdict.setId("versionsVerdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(model.verdictProperty());
        verdict.styleProperty().bind(model.inStepProperty().map(ok -> ok ? "" : "-fx-text-fill: #a00000; -fx-font-weight: bold;"));
        ListView<String> differences = new ListView<>(model.differences());
        differences.setId("versionDifferences");
        differences.setAccessibleText(messages.get("versions.differences"));
        differences.setPrefHeight(110);
        Label hint = new Label(messages.get("versions.hint"));
        hint.setWrapText(true);

        VBox root = new VBox(8, sides, verdict, differences, hint);
        root.setId("versions-screen");
        root.setPadding(new Insets(10));
        return root;
    }

    private Node side(String id, String titleKey, StringProperty letter, StringProperty body) {
        Label title = new Label(messages.get(titleKey));
        ComboBox<String> choice = new ComboBox<>(model.letters());
        choice.setId(id);
        choice.setAccessibleText(messages.get(titleKey));
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : CampaignData.MAIN_LETTER.equals(name) ? messages.get("settings.mainLetter") : name;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        choice.valueProperty().bindBidirectional(letter);
        TextArea text = new TextArea();
        text.setId(id + "Body");
        text.setAccessibleText(messages.get(titleKey));
        text.setEditable(false);
        text.setWrapText(true);
        text.textProperty().bind(body);
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox side = new VBox(6, new HBox(8, title, choice), text);
        side.setMaxWidth(Double.MAX_VALUE);
        return side;
    }
}
