package org.appeal.ui.letter;

import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.appeal.ui.common.DialogButtons;
import org.appeal.ui.common.Messages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A dialog that offers things to insert in groups, each with what it prints now and a line of
 * explanation, filtered as one types: the field picker, citations, quotes, history sentences.
 */
final class InsertPicker {
    /** One choice: {@code label} is shown, {@code detail} below the list when it is chosen. */
    record Choice(String group, String label, String value, String detail, String insert) {
    }

    private final Messages messages;
    private final Window owner;

    InsertPicker(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /**
     * @param extra a control under the list (the words that cite), or null
     * @return the chosen choice, once OK is pressed
     */
    Optional<Choice> pick(String titleKey, List<Choice> choices, Node extra) {
        Dialog<Choice> dialog = new Dialog<>();
        DialogButtons buttons = DialogButtons.of(messages);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(messages.get(titleKey + ".header"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("picker");
        TextField filter = new TextField();
        filter.setId("picker-filter");
        filter.setPromptText(messages.get("picker.filter"));
        filter.setAccessibleText(messages.get("picker.filter"));
        TreeView<Object> tree = new TreeView<>(new TreeItem<>());
        tree.setId("picker-tree");
        tree.setAccessibleText(messages.get(titleKey));
        tree.setShowRoot(false);
        tree.setPrefSize(640, 360);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setId(null);
                } else if (item instanceof Choice c) {
                    setText(c.label() + (c.value().isBlank() ? "" : "   → " + shorten(c.value())));
                    setId("pick-" + c.label().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", ""));
                } else {
                    setText(messages.get("picker.group." + item));
                    setId("pick-group-" + item);
                }
            }
        });
        Label detail = new Label();
        detail.setId("picker-detail");
        detail.setWrapText(true);
        detail.setMaxWidth(640);
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> detail.setText(
                item != null && item.getValue() instanceof Choice c ? c.detail() : ""));
        fill(tree, choices, "");
        filter.textProperty().addListener((o, a, text) -> fill(tree, choices, text));
        VBox box = new VBox(8, filter, tree, detail);
        if (extra != null) {
            box.getChildren().add(extra);
        }
        VBox.setVgrow(tree, Priority.ALWAYS);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(buttons.ok(), buttons.cancel());
        Node ok = dialog.getDialogPane().lookupButton(buttons.ok());
        ok.setId("picker-ok");
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
            return item == null || !(item.getValue() instanceof Choice);
        }, tree.getSelectionModel().selectedItemProperty()));
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !ok.isDisabled()) {
                ((javafx.scene.control.Button) ok).fire();
            }
        });
        dialog.setResultConverter(button -> button == buttons.ok()
                && tree.getSelectionModel().getSelectedItem() != null
                && tree.getSelectionModel().getSelectedItem().getValue() instanceof Choice c ? c : null);
        javafx.application.Platform.runLater(filter::requestFocus);
        return dialog.showAndWait();
    }

    private static void fill(TreeView<Object> tree, List<Choice> choices, String filter) {
        String wanted = filter.strip().toLowerCase(Locale.ROOT);
        Map<String, TreeItem<Object>> groups = new LinkedHashMap<>();
        for (Choice c : choices) {
            if (!wanted.isEmpty() && !(c.label() + " " + c.value() + " " + c.detail()).toLowerCase(Locale.ROOT)
                    .contains(wanted)) {
                continue;
            }
            TreeItem<Object> group = groups.computeIfAbsent(c.group(), g -> {
                TreeItem<Object> item = new TreeItem<>(g);
                item.setExpanded(true);
                return item;
            });
            group.getChildren().add(new TreeItem<>(c));
        }
        tree.getRoot().getChildren().setAll(groups.values());
    }

    private static String shorten(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
    }
}
