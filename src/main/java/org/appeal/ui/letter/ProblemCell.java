package org.appeal.ui.letter;

import javafx.scene.control.ListCell;
import org.appeal.compose.Problem;
import org.appeal.ui.common.Messages;

/** One warning under the body: blocking or not, and where in the body (line, column) it is. */
final class ProblemCell extends ListCell<Problem> {
    private final Messages messages;

    ProblemCell(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected void updateItem(Problem problem, boolean empty) {
        super.updateItem(problem, empty);
        getStyleClass().removeAll("problem-blocking", "problem-warning");
        if (empty || problem == null) {
            setText(null);
            return;
        }
        getStyleClass().add(problem.isBlocking() ? "problem-blocking" : "problem-warning");
        setWrapText(true);
        setPrefWidth(0);
        String where = ProblemRange.isInBody(problem)
                ? messages.get("problem.inBody", problem.line(), problem.column()) + ": " + problem.message()
                : problem.toString();
        setText((problem.isBlocking() ? messages.get("problem.blocking") : messages.get("problem.warning"))
                + "  " + where);
    }
}
