package org.appeal.ui.letter;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import org.appeal.compose.BodyCheck;
import org.appeal.compose.BodySyntax;
import org.appeal.ui.common.Messages;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.util.UndoUtils;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The body in a RichTextFX code area: references, directives, citations and markup coloured as
 * they are typed; what the vocabulary does not know underlined at once, with the nearest name one
 * click away; line numbers that match the problem list; hover showing what a reference prints for
 * the recipient in preview; completion after {@code $} and {@code @}; the formatting shortcuts; a
 * paste of a word processor's HTML written as body markup ({@link PastingCodeArea}).
 * What it offers and explains comes from the {@link BodyAssistant}; reading the text is the pure
 * {@link BodySyntax}, fast enough (a few milliseconds for a three-page letter, see bench/app) to
 * run on every keystroke on the FX thread.
 */
public final class RichBodyEditor implements BodyEditor {
    private final CodeArea area = new PastingCodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    private final BodyMarks marks;
    private final CompletionPopup completion;
    private final BodyHover hover;
    private final BodyContextMenu contextMenu;
    private Consumer<String> onHighlighted = text -> { };
    private boolean replacingAll;

    public RichBodyEditor(BodyAssistant assistant, Messages messages) {
        area.setId("body");
        area.setAccessibleText(messages.get("letter.body"));
        area.setWrapText(true);
        area.getStyleClass().addAll("body-editor", "rich-body");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        // Typing merges into one undo step until a pause of this long: a word typed slowly (or on a busy
        // machine) still goes back in one Ctrl+Z.
        area.setUndoManager(UndoUtils.plainTextUndoManager(area, Duration.ofMillis(1500)));
        scroll.setId("body-scroll");
        marks = new BodyMarks(area, assistant);
        // The order of these sets the order of their key filters: the completion list's keys come first.
        completion = new CompletionPopup(area, assistant, messages, this::replace);
        hover = new BodyHover(area, assistant, messages, marks, this::fix);
        FormattingShortcuts.install(area, this::format, () -> marks.issueAt(area.getCaretPosition())
                .ifPresent(issue -> issue.bestFix().ifPresent(best -> fix(issue, best))));
        contextMenu = new BodyContextMenu(area, messages, marks, this::fix);
        BodyInputMethod.install(area, marks::showComposing);
        area.textProperty().addListener((o, old, text) -> {
            highlight();
            if (!replacingAll) {
                completion.textChanged(old, text);
            }
        });
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
        return marks.issues();
    }

    /** The body as last read (references, keys, tokens). */
    public BodySyntax.Reading reading() {
        return marks.reading();
    }

    /** Runs after every highlight with the text it highlighted (bench/app times keystroke to highlight). */
    public void setOnHighlighted(Consumer<String> action) {
        onHighlighted = action;
    }

    /** Words the spelling check does not know, as found for {@code forText}; ignored if the text moved on. */
    public void showMisspelled(String forText, List<TextRange> words) {
        marks.showMisspelled(forText, words);
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
        hover.hide();
        area.requestFocus();
    }

    private void highlight() {
        String text = area.getText();
        marks.read(text);
        onHighlighted.accept(text);
    }

    /** The editor's marks are worked out again (the campaign's keys or the vocabulary's values changed). */
    public void recheck() {
        highlight();
    }

    /** Whether the completion list shows, and what it offers (for tests and the user guide's screenshots). */
    public List<BodyAssistant.Item> completionsShown() {
        return completion.shown();
    }

    /** Shows what hovering the character at {@code offset} shows, next to it; false when there is nothing. */
    public boolean showHoverAt(int offset) {
        return hover.showAt(offset);
    }

    /** The text hovering shows now, label by label (empty when the hover is not showing). */
    public List<String> hoverShown() {
        return hover.shown();
    }

    /** The message of an issue, in the interface's language. */
    public String issueMessage(BodyCheck.Issue issue) {
        return hover.issueMessage(issue);
    }

    /** Adds items to the body's context menu each time it opens (spelling suggestions). */
    public void addContextItems(Consumer<ContextMenu> items) {
        contextMenu.addItems(items);
    }
}
