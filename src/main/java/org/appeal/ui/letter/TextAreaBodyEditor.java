package org.appeal.ui.letter;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.TextArea;

/** The body in a plain, wrapping {@link TextArea}. */
public final class TextAreaBodyEditor implements BodyEditor {
    private final TextArea area = new TextArea();

    public TextAreaBodyEditor(String accessibleText) {
        area.setId("body");
        area.setWrapText(true);
        area.setAccessibleText(accessibleText);
        area.getStyleClass().add("body-editor");
    }

    @Override
    public Node node() {
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
        area.setText(text);
    }

    @Override
    public void select(TextRange range) {
        area.selectRange(range.start(), range.end());
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
        area.selectRange(selectAfter.start(), selectAfter.end());
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
}
