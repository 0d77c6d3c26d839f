package org.appeal.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.TableRow;
import javafx.scene.input.MouseDragEvent;

/**
 * Lets the rows of a table be dragged onto each other to reorder them: dropped on the upper half of
 * a row, the dragged one goes before it; on the lower half, after it. A line shows where it will go.
 * It uses the scene's own press-drag-release gesture, not the system's drag and drop, so nothing
 * leaves the window and files dropped on the screen keep their own meaning.
 *
 * @param <T> the table's items
 */
public final class RowDragReorder<T> {
    /** What a drop asks for. */
    @FunctionalInterface
    public interface Move<T> {
        void move(T dragged, T target, boolean after);
    }

    private static final String ABOVE = "drop-above";
    private static final String BELOW = "drop-below";

    private final Move<T> move;
    private final ObservableBooleanValue enabled;
    private T dragged;

    /** @param enabled whether rows may be moved now (not while the table shows another order) */
    public RowDragReorder(Move<T> move, ObservableBooleanValue enabled) {
        this.move = move;
        this.enabled = enabled;
    }

    /** Makes the row a handle and a target; call it in the table's row factory. */
    public void install(TableRow<T> row) {
        row.setOnDragDetected(e -> {
            if (enabled.get() && !row.isEmpty()) {
                dragged = row.getItem();
                row.startFullDrag();
                e.consume();
            }
        });
        row.setOnMouseDragOver(e -> mark(row, e));
        row.setOnMouseDragExited(e -> row.getStyleClass().removeAll(ABOVE, BELOW));
        row.setOnMouseDragReleased(e -> {
            row.getStyleClass().removeAll(ABOVE, BELOW);
            T moving = dragged;
            dragged = null;
            if (moving != null && !row.isEmpty() && row.getItem() != moving) {
                move.move(moving, row.getItem(), after(row, e));
            }
            e.consume();
        });
        row.setOnMouseReleased(e -> dragged = null);
    }

    private void mark(TableRow<T> row, MouseDragEvent e) {
        row.getStyleClass().removeAll(ABOVE, BELOW);
        if (dragged != null && !row.isEmpty() && row.getItem() != dragged) {
            row.getStyleClass().add(after(row, e) ? BELOW : ABOVE);
        }
    }

    private static boolean after(TableRow<?> row, MouseDragEvent e) {
        return e.getY() > row.getHeight() / 2;
    }
}
