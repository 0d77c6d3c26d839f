package org.appeal.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The settings edits saved while the campaign is open, for undo and redo: each holds what was
 * saved before it and after it.
 */
final class SettingsHistory {
    record Edit(SavedSettings before, SavedSettings after) {
    }

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();

    /** A new edit was saved: what was undone before it can no longer be redone. */
    void saved(Edit edit) {
        undo.push(edit);
        redo.clear();
    }

    /** The edit to undo, taken off the list; empty when nothing is left to undo. */
    Optional<Edit> takeUndo() {
        return Optional.ofNullable(undo.poll());
    }

    Optional<Edit> takeRedo() {
        return Optional.ofNullable(redo.poll());
    }

    void undone(Edit edit) {
        redo.push(edit);
    }

    void redone(Edit edit) {
        undo.push(edit);
    }

    /** Brings canUndo and canRedo up to date with the lists. */
    void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    BooleanProperty canUndoProperty() {
        return canUndo;
    }

    BooleanProperty canRedoProperty() {
        return canRedo;
    }
}
