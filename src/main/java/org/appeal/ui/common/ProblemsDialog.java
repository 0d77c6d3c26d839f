package org.appeal.ui.common;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every problem at once, in a window that can be resized and scrolled, each problem in plain words
 * with where it is below them; the list (or the selected problems) can be copied to send to a
 * colleague or paste into a support message. Used for bundle imports, sign-on sheets and source files.
 */
public final class ProblemsDialog {
    private final Messages messages;
    private final Window owner;

    public ProblemsDialog(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /**
     * @param title  the window's title ("The campaign could not be imported")
     * @param header one sentence above the list: what happened, and that nothing changed
     */
    public void show(String title, String header, List<ListedProblem> problems) {
        Dialog<Void> dialog = new Dialog<>();
        DialogButtons buttons = DialogButtons.of(messages);
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(title);
        dialog.getDialogPane().setId("problems-dialog");
        dialog.getDialogPane().getButtonTypes().add(buttons.close());
        dialog.getDialogPane().lookupButton(buttons.close()).setId("problemsClose");

        Label heading = new Label(header);
        heading.setId("problemsHeader");
        heading.setWrapText(true);
        Label count = new Label(messages.get("problems.count", problems.size()));
        count.setId("problemsCount");

        ListView<ListedProblem> list = new ListView<>();
        list.setId("problemsList");
        list.setAccessibleText(messages.get("problems.list"));
        list.getItems().setAll(problems);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ListedProblem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Text plain = new Text(item.plain());
                plain.getStyleClass().add("problem-plain");
                Text where = new Text(item.where());
                where.getStyleClass().add("problem-where");
                // Wrapped to the list's width: a long message is read in full, never cut with "...".
                plain.wrappingWidthProperty().bind(l.widthProperty().subtract(40));
                where.wrappingWidthProperty().bind(l.widthProperty().subtract(40));
                VBox box = new VBox(2, plain, where);
                box.setPadding(new Insets(2, 0, 4, 0));
                setGraphic(box);
                setAccessibleText(item.text());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copy(list.getSelectionModel().getSelectedItems().isEmpty() ? list.getItems()
                        : list.getSelectionModel().getSelectedItems());
                e.consume();
            }
        });

        Button copy = new Button(messages.get("problems.copy"));
        copy.setId("problemsCopy");
        copy.setOnAction(e -> copy(list.getItems()));
        HBox actions = new HBox(8, count, copy);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(count, Priority.ALWAYS);
        count.setMaxWidth(Double.MAX_VALUE);

        VBox content = new VBox(8, heading, list, actions);
        content.setPadding(new Insets(10));
        content.setPrefSize(760, 420);
        content.setMinSize(360, 220);
        dialog.getDialogPane().setContent(content);
        dialog.showAndWait();
    }

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    /** The text of the problems, one after the other, on the system clipboard. */
    static String copy(List<ListedProblem> problems) {
        String text = problems.stream().map(ListedProblem::text).collect(Collectors.joining("\n")) + "\n";
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        return text;
    }
}
