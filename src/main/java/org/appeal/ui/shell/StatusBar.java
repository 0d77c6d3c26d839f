package org.appeal.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.appeal.ui.common.FxUiExecutor;
import org.appeal.ui.common.Messages;
import org.appeal.ui.screen.StatusLine;

/**
 * The bottom of the window: the status line, and the running job's progress (what it says of
 * itself, such as letters/s and the time left of an export, and its bar) with its Cancel. Built once.
 */
final class StatusBar {
    private final Messages messages;
    private final Button cancel;
    private final HBox bar;

    StatusBar(StatusLine status, FxUiExecutor executor, Messages messages) {
        this.messages = messages;
        Label text = new Label();
        text.setId("status");
        text.textProperty().bind(status.textProperty());
        Label said = new Label();
        said.setId("taskMessage");
        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.setPrefWidth(160);
        cancel = new Button(messages.get("status.cancel"));
        cancel.setId("cancelTask");
        cancel.setVisible(false);
        progress.visibleProperty().bind(Bindings.createBooleanBinding(() -> running(executor.currentTask().get()),
                executor.currentTask()));
        follow(executor.currentTask().get(), said, progress, cancel);
        executor.currentTask().addListener((o, old, task) -> follow(task, said, progress, cancel));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar = new HBox(10, text, spacer, said, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
    }

    Node node() {
        return bar;
    }

    void relabel() {
        cancel.setText(messages.get("status.cancel"));
    }

    private static void follow(Task<?> task, Label said, ProgressBar progress, Button cancel) {
        if (task != null) {
            said.textProperty().bind(task.messageProperty());
            said.visibleProperty().bind(task.runningProperty());
            progress.progressProperty().bind(task.progressProperty());
            progress.visibleProperty().bind(task.runningProperty());
            cancel.visibleProperty().bind(task.runningProperty());
            cancel.setOnAction(e -> task.cancel());
        }
    }

    private static boolean running(Task<?> task) {
        return task != null && task.isRunning();
    }
}
