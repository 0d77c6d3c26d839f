package org.appeal.ui.letter;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * The letter body's editing control, as the letter screen uses it: a plain {@code TextArea} now
 * ({@link TextAreaBodyEditor}), a rich code area later, without the screen noticing.
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

    int caretPosition();

    void undo();

    void redo();

    void focus();

    boolean isFocused();
}
