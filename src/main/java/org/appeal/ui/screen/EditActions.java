package org.appeal.ui.screen;

/**
 * What Edit → Undo and Redo do while a screen shows. Each returns false when it had nothing to
 * act on; the shell then lets the focused text field undo its own typing.
 */
public interface EditActions {
    /** A screen with nothing of its own to undo: text fields still undo their typing. */
    EditActions NONE = new EditActions() {
        @Override
        public boolean undo() {
            return false;
        }

        @Override
        public boolean redo() {
            return false;
        }
    };

    boolean undo();

    boolean redo();
}
