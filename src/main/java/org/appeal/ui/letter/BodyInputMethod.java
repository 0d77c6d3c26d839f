package org.appeal.ui.letter;

import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodTextRun;
import org.fxmisc.richtext.CodeArea;

import java.util.function.Consumer;

/**
 * Korean (and other) input methods in the body. Like JavaFX's text fields and RichTextFX's own handler,
 * which this one replaces, it writes the syllable being composed into the text and replaces it as it
 * grows (ㅎ, 하, 한) until the input method commits it; the preview shows it meanwhile. Two things
 * differ, both found typing with ibus-hangul (docs/user-guide.md, "Typing Korean"):
 * <ul>
 * <li>An event that neither commits nor composes anything, while nothing is being composed here, is
 * ignored. JavaFX sends one to the control that gets the focus when a syllable was still open
 * elsewhere: with "안녕" half typed in the find bar, Escape gave the body the focus with "안" found and
 * selected, and RichTextFX replaced the selection with that empty composition, deleting it from the
 * letter.</li>
 * <li>The stretch still being composed is reported, to be marked as the text fields mark theirs;
 * otherwise nothing shows that it is not yet written.</li>
 * </ul>
 */
final class BodyInputMethod {
    static final TextRange NOTHING = new TextRange(0, 0);

    private final CodeArea area;
    private final Consumer<TextRange> composingShown;
    private TextRange composing = NOTHING;

    private BodyInputMethod(CodeArea area, Consumer<TextRange> composingShown) {
        this.area = area;
        this.composingShown = composingShown;
    }

    /** Handles the area's input method events; {@code composingShown} hears the stretch being composed. */
    static void install(CodeArea area, Consumer<TextRange> composingShown) {
        area.setOnInputMethodTextChanged(new BodyInputMethod(area, composingShown)::handle);
    }

    private void handle(InputMethodEvent event) {
        event.consume();
        String committed = event.getCommitted();
        String composed = event.getComposed().stream().map(InputMethodTextRun::getText).reduce("", String::concat);
        if (!area.isEditable() || area.isDisabled()
                || (composing.equals(NOTHING) && committed.isEmpty() && composed.isEmpty())) {
            return;
        }
        TextRange replaced = composing.equals(NOTHING)
                ? new TextRange(area.getSelection().getStart(), area.getSelection().getEnd()) : composing;
        int start = Math.min(replaced.start(), area.getLength());
        int end = Math.min(replaced.end(), area.getLength());
        int composedStart = start + committed.length();
        composing = composed.isEmpty() ? NOTHING : new TextRange(composedStart, composedStart + composed.length());
        // The text change marks the whole text again: with no composition, then the new one is marked.
        composingShown.accept(NOTHING);
        area.replaceText(start, end, committed + composed);
        int caret = event.getCaretPosition();
        area.moveTo(composedStart + (caret >= 0 && caret < composed.length() ? caret : composed.length()));
        composingShown.accept(composing);
    }
}
