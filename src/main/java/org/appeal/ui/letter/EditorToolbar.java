package org.appeal.ui.letter;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.appeal.ui.common.Messages;

/**
 * The body's toolbar: formatting (bold, italic, underline, superscript, link), the Insert items,
 * find and replace. Each button says what it does and its shortcut in its tooltip.
 */
final class EditorToolbar {
    private final ToolBar bar = new ToolBar();

    EditorToolbar(RichBodyEditor editor, LetterInsertions insertions, FindBar find, Messages messages) {
        bar.setId("editor-toolbar");
        bar.setAccessibleText(messages.get("editor.toolbar"));
        bar.getItems().addAll(
                format(editor, messages, "bold", "B", Formatting.Format.BOLD, "-fx-font-weight: bold;"),
                format(editor, messages, "italic", "I", Formatting.Format.ITALIC, "-fx-font-style: italic;"),
                format(editor, messages, "underline", "U", Formatting.Format.UNDERLINE, "-fx-underline: true;"),
                format(editor, messages, "superscript", "x²", Formatting.Format.SUPERSCRIPT, ""),
                format(editor, messages, "link", messages.get("format.linkButton"), Formatting.Format.LINK, ""),
                new Separator());
        for (LetterInsertions.Kind kind : LetterInsertions.Kind.values()) {
            Button insert = button("insert-" + kind.id(), messages.get("menu.insert." + kind.id()),
                    messages.get("menu.insert." + kind.id()), () -> insertions.insert(kind));
            bar.getItems().add(insert);
        }
        bar.getItems().addAll(new Separator(),
                button("find-open", messages.get("find.open"), messages.get("find.openTip"), find::openFind),
                button("replace-open", messages.get("find.openReplace"), messages.get("find.openReplaceTip"),
                        find::openReplace));
    }

    Node node() {
        return bar;
    }

    /**
     * The toolbar with a line under it saying whether and how the body's spelling is checked (a line of its
     * own: in a narrow window the toolbar folds its last items away).
     */
    Node withSpelling(javafx.beans.value.ObservableValue<String> state) {
        javafx.scene.control.Label label = new javafx.scene.control.Label();
        label.setId("spelling-state");
        label.getStyleClass().add("spelling-state");
        label.textProperty().bind(state);
        return new javafx.scene.layout.VBox(2, bar, label);
    }

    private static Button format(RichBodyEditor editor, Messages messages, String id, String symbol,
                                 Formatting.Format format, String style) {
        Button b = button("format-" + id, symbol, messages.get("format." + id), () -> editor.format(format));
        b.setStyle(style);
        b.setFocusTraversable(false);  // the body keeps its selection and focus
        return b;
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(tip);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
