package org.appeal.ui.letter;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.appeal.ui.common.Messages;

import java.util.List;

/**
 * Find (Ctrl+F) and replace (Ctrl+H) in the body, over the editor: how many matches, which one is
 * selected, case and whole-word options. The matching is {@link TextSearch}; every replacement is
 * an edit of the body that Undo takes back.
 */
public final class FindBar {
    private final BodyEditor body;
    private final Messages messages;
    private final TextField find = new TextField();
    private final TextField replaceWith = new TextField();
    private final CheckBox matchCase = new CheckBox();
    private final CheckBox wholeWord = new CheckBox();
    private final Label count = new Label();
    private final HBox replaceRow;
    private final VBox root;

    public FindBar(BodyEditor body, Messages messages) {
        this.body = body;
        this.messages = messages;
        find.setId("find-text");
        find.setPromptText(messages.get("find.prompt"));
        find.setAccessibleText(messages.get("find.prompt"));
        replaceWith.setId("replace-text");
        replaceWith.setPromptText(messages.get("find.replacePrompt"));
        replaceWith.setAccessibleText(messages.get("find.replacePrompt"));
        matchCase.setId("find-case");
        matchCase.setText(messages.get("find.case"));
        wholeWord.setId("find-word");
        wholeWord.setText(messages.get("find.word"));
        count.setId("find-count");
        count.setMinWidth(90);
        Button next = button("find-next", "find.next", this::next);
        Button previous = button("find-previous", "find.previous", this::previous);
        Button close = button("find-close", "find.close", this::close);
        Button replaceOne = button("replace-one", "find.replace", this::replaceOne);
        Button replaceAll = button("replace-all", "find.replaceAll", this::replaceAll);
        HBox findRow = new HBox(6, find, previous, next, matchCase, wholeWord, count, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        replaceRow = new HBox(6, replaceWith, replaceOne, replaceAll);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(4, findRow, replaceRow);
        root.setId("find-bar");
        root.getStyleClass().add("find-bar");
        show(root, false);
        find.textProperty().addListener((o, a, b) -> update(true));
        matchCase.selectedProperty().addListener((o, a, b) -> update(true));
        wholeWord.selectedProperty().addListener((o, a, b) -> update(true));
        body.textProperty().addListener((o, a, b) -> {
            if (root.isVisible()) {
                update(false);
            }
        });
        find.setOnAction(e -> next());
        replaceWith.setOnAction(e -> replaceOne());
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
    }

    public Node node() {
        return root;
    }

    /** Ctrl+F: find, with the selected words to start from. */
    public void openFind() {
        open(false);
    }

    /** Ctrl+H: find and replace. */
    public void openReplace() {
        open(true);
    }

    private void open(boolean replacing) {
        String selected = body.selectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            find.setText(selected);
        }
        show(root, true);
        show(replaceRow, replacing);
        find.requestFocus();
        find.selectAll();
        update(false);
    }

    public void close() {
        show(root, false);
        body.focus();
    }

    private TextSearch.Query query() {
        return new TextSearch.Query(find.getText(), matchCase.isSelected(), wholeWord.isSelected());
    }

    private List<TextRange> matches() {
        return TextSearch.find(body.text(), query());
    }

    private void update(boolean selectFirst) {
        List<TextRange> matches = matches();
        if (selectFirst && !matches.isEmpty()) {
            int i = TextSearch.nextIndex(matches, body.selection().start());
            body.select(matches.get(i));
        }
        int current = matches.indexOf(body.selection());
        count.setText(find.getText().isEmpty() ? "" : matches.isEmpty() ? messages.get("find.none")
                : current >= 0 ? messages.get("find.countAt", current + 1, matches.size())
                : messages.get("find.count", matches.size()));
    }

    private void next() {
        List<TextRange> matches = matches();
        if (!matches.isEmpty()) {
            TextRange at = body.selection();
            int i = TextSearch.nextIndex(matches, matches.contains(at) ? at.end() : at.start());
            body.select(matches.get(i));
        }
        update(false);
    }

    private void previous() {
        List<TextRange> matches = matches();
        if (!matches.isEmpty()) {
            int caret = body.selection().start();
            int i = matches.size() - 1;
            while (i >= 0 && matches.get(i).start() >= caret) {
                i--;
            }
            body.select(matches.get(i < 0 ? matches.size() - 1 : i));
        }
        update(false);
    }

    /** Replaces the selected match (if a match is selected), then goes to the next. */
    private void replaceOne() {
        TextRange at = body.selection();
        if (matches().contains(at)) {
            String with = replaceWith.getText();
            body.replace(at, with, new TextRange(at.start() + with.length(), at.start() + with.length()));
        }
        next();
    }

    private void replaceAll() {
        TextSearch.Replaced replaced = TextSearch.replaceAll(body.text(), query(), replaceWith.getText());
        if (replaced.count() > 0) {
            body.replace(new TextRange(0, body.text().length()), replaced.text(), new TextRange(0, 0));
        }
        count.setText(messages.get("find.replaced", replaced.count()));
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setAccessibleText(messages.get(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
