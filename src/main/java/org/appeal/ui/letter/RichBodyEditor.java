package org.appeal.ui.letter;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.appeal.compose.BodyCheck;
import org.appeal.compose.BodySyntax;
import org.appeal.ui.common.Messages;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.util.UndoUtils;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The body in a RichTextFX code area: references, directives, citations and markup coloured as
 * they are typed; what the vocabulary does not know underlined at once, with the nearest name one
 * click away; line numbers that match the problem list; hover showing what a reference prints for
 * the recipient in preview; completion after {@code $} and {@code @}; the formatting shortcuts.
 * What it offers and explains comes from the {@link BodyAssistant}; reading the text is the pure
 * {@link BodySyntax}, fast enough (a few milliseconds for a three-page letter, see bench/app) to
 * run on every keystroke on the FX thread.
 */
public final class RichBodyEditor implements BodyEditor {
    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    private final BodyAssistant assistant;
    private final Messages messages;
    private final Popup completionPopup = new Popup();
    private final ListView<BodyAssistant.Item> completionList = new ListView<>();
    private final Popup hoverPopup = new Popup();
    private final VBox hoverBox = new VBox(4);
    private BodyAssistant.Completions completing;
    private BodySyntax.Reading reading = BodySyntax.read("");
    private List<BodyCheck.Issue> issues = List.of();
    private List<TextRange> misspelled = List.of();
    private Consumer<String> onHighlighted = text -> { };
    private boolean replacingAll;

    public RichBodyEditor(BodyAssistant assistant, Messages messages) {
        this.assistant = assistant;
        this.messages = messages;
        area.setId("body");
        area.setAccessibleText(messages.get("letter.body"));
        area.setWrapText(true);
        area.getStyleClass().addAll("body-editor", "rich-body");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        // Typing merges into one undo step until a pause of this long: a word typed slowly (or on a busy
        // machine) still goes back in one Ctrl+Z.
        area.setUndoManager(UndoUtils.plainTextUndoManager(area, Duration.ofMillis(1500)));
        scroll.setId("body-scroll");
        area.textProperty().addListener((o, old, text) -> {
            highlight();
            if (!replacingAll) {
                complete(old, text);
            }
        });
        completions();
        hover();
        shortcuts();
        area.setOnContextMenuRequested(e -> contextMenu().show(area, e.getScreenX(), e.getScreenY()));
    }

    @Override
    public Node node() {
        return scroll;
    }

    /** The code area itself (its id is {@code body}). */
    public CodeArea area() {
        return area;
    }

    @Override
    public String text() {
        return area.getText();
    }

    @Override
    public ObservableValue<String> textProperty() {
        return area.textProperty();
    }

    @Override
    public void replaceText(String text) {
        replacingAll = true;
        try {
            area.replaceText(text);
        } finally {
            replacingAll = false;
        }
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
    }

    @Override
    public void select(TextRange range) {
        area.selectRange(range.start(), range.end());
        area.requestFollowCaret();
    }

    @Override
    public String selectedText() {
        return area.getSelectedText();
    }

    @Override
    public TextRange selection() {
        return new TextRange(area.getSelection().getStart(), area.getSelection().getEnd());
    }

    @Override
    public void replace(TextRange range, String replacement, TextRange selectAfter) {
        area.replaceText(range.start(), range.end(), replacement);
        select(selectAfter);
    }

    @Override
    public int caretPosition() {
        return area.getCaretPosition();
    }

    @Override
    public void undo() {
        area.undo();
    }

    @Override
    public void redo() {
        area.redo();
    }

    @Override
    public void focus() {
        area.requestFocus();
    }

    @Override
    public boolean isFocused() {
        // The focus owner of its window, even while a menu of that window is open (Edit → Undo).
        return area.getScene() != null && area.getScene().getFocusOwner() == area;
    }

    /** What the editor marks now, in text order. */
    public List<BodyCheck.Issue> issues() {
        return issues;
    }

    /** The body as last read (references, keys, tokens). */
    public BodySyntax.Reading reading() {
        return reading;
    }

    /** Runs after every highlight with the text it highlighted (bench/app times keystroke to highlight). */
    public void setOnHighlighted(Consumer<String> action) {
        onHighlighted = action;
    }

    /** Words the spelling check does not know, as found for {@code forText}; ignored if the text moved on. */
    public void showMisspelled(String forText, List<TextRange> words) {
        if (forText.equals(area.getText())) {
            misspelled = List.copyOf(words);
            applyStyles();
        }
    }

    /** Applies a format to the selection (or puts its marks at the caret). */
    public void format(Formatting.Format format) {
        Formatting.Edit edit = Formatting.apply(area.getText(), selection(), format);
        replace(edit.range(), edit.replacement(), edit.selection());
        area.requestFocus();
    }

    /** Writes {@code text} in place of the selection, caret after it. */
    public void insert(String text) {
        TextRange at = selection();
        replace(at, text, new TextRange(at.start() + text.length(), at.start() + text.length()));
        area.requestFocus();
    }

    /** Replaces the issue's stretch with one of its fixes. */
    public void fix(BodyCheck.Issue issue, String replacement) {
        if (area.getText().regionMatches(issue.start(), issue.written(), 0, issue.written().length())) {
            replace(new TextRange(issue.start(), issue.end()), replacement,
                    new TextRange(issue.start() + replacement.length(), issue.start() + replacement.length()));
        }
        hoverPopup.hide();
        area.requestFocus();
    }

    private void highlight() {
        String text = area.getText();
        reading = BodySyntax.read(text);
        issues = assistant.issues(reading);
        misspelled = List.of();
        applyStyles();
        onHighlighted.accept(text);
    }

    /** The editor's marks are worked out again (the campaign's keys or the vocabulary's values changed). */
    public void recheck() {
        highlight();
    }

    private void applyStyles() {
        List<StyleRuns.Run> runs = BodyHighlight.runs(area.getLength(), reading, issues, misspelled);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        for (StyleRuns.Run run : runs) {
            spans.add(run.classes(), run.length());
        }
        StyleSpans<Collection<String>> built = spans.create();
        if (area.getLength() > 0) {
            area.setStyleSpans(0, built);
        }
    }

    // --- completion -------------------------------------------------------------------------------------

    private void completions() {
        completionList.setId("completions");
        completionList.setAccessibleText(messages.get("editor.completions"));
        completionList.setPrefSize(520, 220);
        completionList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(BodyAssistant.Item item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                } else {
                    String value = item.printed();
                    setText(item.insert() + (value.isBlank() ? "" : "   → " + shorten(value, 50)));
                }
            }
        });
        completionList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                acceptCompletion();
            }
        });
        completionPopup.getContent().add(completionList);
        completionPopup.setAutoHide(true);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (completionPopup.isShowing() && completionKey(e)) {
                e.consume();
            }
        });
        // Where a window system gives the popup the keyboard (some do, Monocle among them), it passes
        // typing on to the body, so the list never stands between the writer and the text.
        completionPopup.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!completionKey(e)) {
                switch (e.getCode()) {
                    case BACK_SPACE -> area.deletePreviousChar();
                    case LEFT, RIGHT, HOME, END -> completionPopup.hide();
                    default -> {
                        return;
                    }
                }
            }
            e.consume();
        });
        completionPopup.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (!typed.isEmpty() && !Character.isISOControl(typed.charAt(0)) && !e.isShortcutDown()) {
                area.replaceSelection(typed);
            }
            e.consume();
        });
    }

    /** Up, Down, Enter, Tab and Escape act on the completion list while it shows. */
    private boolean completionKey(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> move(1);
            case UP -> move(-1);
            case ENTER, TAB -> acceptCompletion();
            case ESCAPE -> completionPopup.hide();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void move(int by) {
        int size = completionList.getItems().size();
        int next = Math.floorMod(completionList.getSelectionModel().getSelectedIndex() + by, size);
        completionList.getSelectionModel().select(next);
        completionList.scrollTo(next);
    }

    /** After a character is typed: offer completions once {@code $} or {@code @} starts a name, follow the typing. */
    private void complete(String old, String text) {
        int caret = area.getCaretPosition();
        boolean typedOne = text.length() == old.length() + 1;
        if (!typedOne || !area.isFocused()) {
            completionPopup.hide();
            return;
        }
        Optional<BodyAssistant.Completions> offered = assistant.completions(text, caret);
        char typed = caret > 0 ? text.charAt(caret - 1) : ' ';
        if (offered.isEmpty() || (!completionPopup.isShowing() && typed != '$' && typed != '@'
                && offered.get().replaced().end() - offered.get().replaced().start() < 2)) {
            completionPopup.hide();
            return;
        }
        completing = offered.get();
        completionList.getItems().setAll(completing.items());
        completionList.getSelectionModel().select(0);
        completionList.scrollTo(0);
        if (!completionPopup.isShowing()) {
            Optional<Bounds> caretBounds = area.getCaretBounds();
            Point2D at = caretBounds.map(b -> new Point2D(b.getMinX(), b.getMaxY() + 2))
                    .orElseGet(() -> area.localToScreen(20, 20));
            completionPopup.show(area, at.getX(), at.getY());
        }
    }

    private void acceptCompletion() {
        BodyAssistant.Item chosen = completionList.getSelectionModel().getSelectedItem();
        completionPopup.hide();
        if (chosen == null || completing == null) {
            return;
        }
        String insert = chosen.insert();
        TextRange replaced = completing.replaced();
        int end = replaced.start() + insert.length();
        replace(replaced, insert, new TextRange(end, end));
    }

    /** Whether the completion list shows, and what it offers (for tests and the user guide's screenshots). */
    public List<BodyAssistant.Item> completionsShown() {
        return completionPopup.isShowing() ? List.copyOf(completionList.getItems()) : List.of();
    }

    // --- hover --------------------------------------------------------------------------------------------

    private void hover() {
        hoverBox.setId("hover");
        hoverBox.getStyleClass().add("editor-hover");
        hoverPopup.getContent().add(hoverBox);
        hoverPopup.setAutoHide(true);
        area.setMouseOverTextDelay(Duration.ofMillis(400));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            Optional<BodyAssistant.Hover> hover = assistant.hover(area.getText(), reading, issues, e.getCharacterIndex());
            if (hover.isEmpty()) {
                hoverPopup.hide();
                return;
            }
            showHover(hover.get(), e.getScreenPosition());
        });
        area.addEventFilter(KeyEvent.KEY_TYPED, e -> hoverPopup.hide());
    }

    /** Shows what hovering the character at {@code offset} shows, next to it; false when there is nothing. */
    public boolean showHoverAt(int offset) {
        Optional<BodyAssistant.Hover> hover = assistant.hover(area.getText(), reading, issues, offset);
        Optional<Bounds> bounds = area.getCharacterBoundsOnScreen(offset, Math.min(area.getLength(), offset + 1));
        if (hover.isEmpty() || bounds.isEmpty()) {
            return false;
        }
        showHover(hover.get(), new Point2D(bounds.get().getMinX(), bounds.get().getMaxY()));
        return true;
    }

    private void showHover(BodyAssistant.Hover hover, Point2D at) {
        hoverBox.getChildren().clear();
        Label written = new Label(hover.written());
        written.setId("hover-reference");
        written.getStyleClass().add("hover-reference");
        hoverBox.getChildren().add(written);
        if (!hover.explanation().isBlank()) {
            Label explanation = new Label(hover.explanation().replace("`", ""));
            explanation.setId("hover-explanation");
            explanation.setWrapText(true);
            explanation.setMaxWidth(420);
            hoverBox.getChildren().add(explanation);
        }
        hover.issue().ifPresentOrElse(issue -> {
            Label message = new Label(issueMessage(issue));
            message.setId("hover-issue");
            message.getStyleClass().add("hover-issue");
            message.setWrapText(true);
            message.setMaxWidth(420);
            hoverBox.getChildren().add(message);
            int n = 0;
            for (String fix : issue.fixes()) {
                Hyperlink link = new Hyperlink(messages.get("editor.didYouMean", fix));
                link.setId("hover-fix-" + n++);
                link.setAccessibleText(messages.get("editor.didYouMean", fix));
                link.setOnAction(e -> fix(issue, fix));
                hoverBox.getChildren().add(link);
            }
        }, () -> hover.printed().ifPresent(p -> {
            Label value = new Label(p.problem().orElse(messages.get("editor.prints", p.text().isEmpty()
                    ? messages.get("editor.printsNothing") : shorten(p.text(), 300))));
            value.setId("hover-value");
            value.getStyleClass().add(p.problem().isPresent() ? "hover-issue" : "hover-value");
            value.setWrapText(true);
            value.setMaxWidth(420);
            hoverBox.getChildren().add(value);
        }));
        hoverPopup.show(area, at.getX() + 4, at.getY() + 6);
    }

    /** The text hovering shows now, label by label (empty when the hover is not showing). */
    public List<String> hoverShown() {
        if (!hoverPopup.isShowing()) {
            return List.of();
        }
        return hoverBox.getChildren().stream().map(n -> n instanceof javafx.scene.control.Labeled l ? l.getText() : "")
                .toList();
    }

    /** The message of an issue, in the interface's language. */
    public String issueMessage(BodyCheck.Issue issue) {
        return switch (issue.kind()) {
            case UNKNOWN_REFERENCE -> messages.get("editor.issue.unknown", issue.written());
            case NOT_TEXT -> messages.get("editor.issue.notText", issue.written(), issue.typeName());
            case UNKNOWN_KEY -> messages.get("editor.issue.unknownKey", issue.written());
        };
    }

    // --- shortcuts and context menu -------------------------------------------------------------------------

    private void shortcuts() {
        List<Shortcut> shortcuts = List.of(
                new Shortcut(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN), Formatting.Format.BOLD),
                new Shortcut(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), Formatting.Format.ITALIC),
                new Shortcut(new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN), Formatting.Format.UNDERLINE),
                new Shortcut(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), Formatting.Format.LINK),
                new Shortcut(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        Formatting.Format.SUPERSCRIPT));
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (Shortcut s : shortcuts) {
                if (s.keys().match(e)) {
                    format(s.format());
                    e.consume();
                    return;
                }
            }
            if (new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN).match(e)) {
                issueAt(area.getCaretPosition()).flatMap(i -> i.bestFix().map(f -> {
                    fix(i, f);
                    return f;
                }));
                e.consume();
            }
        });
    }

    private record Shortcut(KeyCombination keys, Formatting.Format format) {
    }

    private Optional<BodyCheck.Issue> issueAt(int offset) {
        return issues.stream().filter(i -> i.start() <= offset && offset <= i.end()).findFirst();
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        menu.setId("body-menu");
        issueAt(area.getCaretPosition()).ifPresent(issue -> {
            for (String fix : issue.fixes()) {
                MenuItem item = new MenuItem(messages.get("editor.didYouMean", fix));
                item.setOnAction(e -> fix(issue, fix));
                menu.getItems().add(item);
            }
        });
        contextItems.forEach(extra -> extra.accept(menu));
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem cut = new MenuItem(messages.get("editor.cut"));
        cut.setOnAction(e -> area.cut());
        MenuItem copy = new MenuItem(messages.get("editor.copy"));
        copy.setOnAction(e -> area.copy());
        MenuItem paste = new MenuItem(messages.get("editor.paste"));
        paste.setOnAction(e -> area.paste());
        menu.getItems().addAll(cut, copy, paste);
        return menu;
    }

    private final java.util.List<Consumer<ContextMenu>> contextItems = new java.util.ArrayList<>();

    /** Adds items to the body's context menu each time it opens (spelling suggestions). */
    public void addContextItems(Consumer<ContextMenu> items) {
        contextItems.add(items);
    }

    private static String shorten(String text, int max) {
        String line = text.replace('\n', ' ');
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
