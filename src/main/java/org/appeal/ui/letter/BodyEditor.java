package org.appeal.ui.letter;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * The letter body's editing control, as the letter screen uses it: the rich code area
 * ({@link RichBodyEditor}: highlighting, marks, completion, hover) or a plain {@code TextArea}
 * ({@link TextAreaBodyEditor}), without the screen noticing. Undo, the text and the jump to a
 * problem go through here, since a code area is not a text input control.
 */
public interface BodyEditor {
    /** The control to place in the view; its id is {@code body}. */
    Node node();

    String text();

    /** The text as the user types it. */
    ObservableValue<String> textProperty();

    /** Puts in a whole new text (a recovered draft); the undo history starts over. */
    void replaceText(String text);

    /** Selects the range and scrolls it into view. */
    void select(TextRange range);

    String selectedText();

    /** The selection (a caret when nothing is selected). */
    TextRange selection();

    /** Replaces a stretch of the text as typing would (it can be undone), then selects {@code selectAfter}. */
    void replace(TextRange range, String replacement, TextRange selectAfter);

    int caretPosition();

    void undo();

    void redo();

    void focus();

    /** Whether it has the keyboard focus of its window (also while a menu of the window is open). */
    boolean isFocused();
}
