package org.appeal.ui.letter;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;
import org.appeal.ui.common.Messages;
import org.fxmisc.richtext.CodeArea;

import java.util.List;
import java.util.Optional;

/**
 * The body editor's completion list: offered once {@code $} or {@code @} starts a name, following
 * the typing; Up, Down, Enter, Tab and Escape act on it while it shows.
 */
final class CompletionPopup {
    /** Writes the chosen name in place of what was typed of it. */
    interface Writer {
        void replace(TextRange range, String replacement, TextRange selectAfter);
    }

    private final CodeArea area;
    private final BodyAssistant assistant;
    private final Writer writer;
    private final Popup popup = new Popup();
    private final ListView<BodyAssistant.Item> list = new ListView<>();
    private BodyAssistant.Completions completing;

    CompletionPopup(CodeArea area, BodyAssistant assistant, Messages messages, Writer writer) {
        this.area = area;
        this.assistant = assistant;
        this.writer = writer;
        list.setId("completions");
        list.setAccessibleText(messages.get("editor.completions"));
        list.setPrefSize(520, 220);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(BodyAssistant.Item item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                } else {
                    String value = item.printed();
                    setText(item.insert() + (value.isBlank() ? "" : "   → " + OneLine.shorten(value, 50)));
                }
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                accept();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (popup.isShowing() && completionKey(e)) {
                e.consume();
            }
        });
        // Where a window system gives the popup the keyboard (some do, Monocle among them), it passes
        // typing on to the body, so the list never stands between the writer and the text.
        popup.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!completionKey(e)) {
                switch (e.getCode()) {
                    case BACK_SPACE -> area.deletePreviousChar();
                    case LEFT, RIGHT, HOME, END -> popup.hide();
                    default -> {
                        return;
                    }
                }
            }
            e.consume();
        });
        popup.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (!typed.isEmpty() && !Character.isISOControl(typed.charAt(0)) && !e.isShortcutDown()) {
                area.replaceSelection(typed);
            }
            e.consume();
        });
    }

    private boolean completionKey(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> move(1);
            case UP -> move(-1);
            case ENTER, TAB -> accept();
            case ESCAPE -> popup.hide();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void move(int by) {
        int size = list.getItems().size();
        int next = Math.floorMod(list.getSelectionModel().getSelectedIndex() + by, size);
        list.getSelectionModel().select(next);
        list.scrollTo(next);
    }

    /** After a character is typed: offer completions once {@code $} or {@code @} starts a name, follow the typing. */
    void textChanged(String old, String text) {
        int caret = area.getCaretPosition();
        boolean typedOne = text.length() == old.length() + 1;
        if (!typedOne || !area.isFocused()) {
            popup.hide();
            return;
        }
        Optional<BodyAssistant.Completions> offered = assistant.completions(text, caret);
        char typed = caret > 0 ? text.charAt(caret - 1) : ' ';
        if (offered.isEmpty() || (!popup.isShowing() && typed != '$' && typed != '@'
                && offered.get().replaced().end() - offered.get().replaced().start() < 2)) {
            popup.hide();
            return;
        }
        completing = offered.get();
        list.getItems().setAll(completing.items());
        list.getSelectionModel().select(0);
        list.scrollTo(0);
        if (!popup.isShowing()) {
            Optional<Bounds> caretBounds = area.getCaretBounds();
            Point2D at = caretBounds.map(b -> new Point2D(b.getMinX(), b.getMaxY() + 2))
                    .orElseGet(() -> area.localToScreen(20, 20));
            popup.show(area, at.getX(), at.getY());
        }
    }

    private void accept() {
        BodyAssistant.Item chosen = list.getSelectionModel().getSelectedItem();
        popup.hide();
        if (chosen == null || completing == null) {
            return;
        }
        String insert = chosen.insert();
        TextRange replaced = completing.replaced();
        int end = replaced.start() + insert.length();
        writer.replace(replaced, insert, new TextRange(end, end));
    }

    List<BodyAssistant.Item> shown() {
        return popup.isShowing() ? List.copyOf(list.getItems()) : List.of();
    }
}
