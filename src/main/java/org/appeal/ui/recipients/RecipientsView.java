package org.appeal.ui.recipients;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import org.appeal.ui.common.RowDragReorder;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.appeal.domain.Recipient;
import org.appeal.ui.common.Messages;

import java.util.function.Function;

/** The recipients screen: a table of TO and CC recipients with add and edit. */
public final class RecipientsView {
    private final VBox root;

    public RecipientsView(RecipientsViewModel model, Messages messages, RecipientDialog dialog) {
        TableView<Recipient> table = new TableView<>(model.recipients());
        table.setId("recipients");
        table.setAccessibleText(messages.get("nav.recipients"));
        // JavaFX's own "No content in table" is English whatever the interface speaks.
        table.setPlaceholder(new Label(messages.get("recipients.none")));
        table.getColumns().add(column(messages.get("recipient.role"), r -> r.role().name(), 60));
        table.getColumns().add(column(messages.get("recipient.name"), Recipient::name, 170));
        table.getColumns().add(column(messages.get("recipient.title"), Recipient::title, 200));
        table.getColumns().add(column(messages.get("recipient.office"), Recipient::office, 260));
        table.getColumns().add(column(messages.get("recipient.fax"), Recipient::fax, 140));
        table.getColumns().add(column(messages.get("recipient.email"), Recipient::email, 160));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        RowDragReorder<Recipient> drag = new RowDragReorder<>(model::move, new SimpleBooleanProperty(true));
        table.setRowFactory(t -> {
            TableRow<Recipient> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.edit(RecipientForm.of(row.getItem()), dialog::show);
                }
            });
            drag.install(row);
            return row;
        });
        // Alt+Up and Alt+Down move the selected recipient, Delete removes it.
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Recipient selected = table.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                model.moveUp(selected);
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                model.moveDown(selected);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                model.remove(selected);
                e.consume();
            }
        });
        model.recipients().addListener((ListChangeListener<Recipient>) c -> Platform.runLater(() -> reselect(table, model)));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button add = new Button(messages.get("recipient.add"));
        add.setId("addRecipient");
        add.setOnAction(e -> model.edit(model.newForm(), dialog::show));
        Button edit = new Button(messages.get("recipient.edit"));
        edit.setId("editRecipient");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> model.edit(RecipientForm.of(table.getSelectionModel().getSelectedItem()), dialog::show));

        Button remove = new Button(messages.get("recipient.remove"));
        remove.setId("removeRecipient");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(table.getSelectionModel().getSelectedItem()));
        Button up = new Button(messages.get("recipient.moveUp"));
        up.setId("moveRecipientUp");
        up.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        up.setOnAction(e -> model.moveUp(table.getSelectionModel().getSelectedItem()));
        Button down = new Button(messages.get("recipient.moveDown"));
        down.setId("moveRecipientDown");
        down.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        down.setOnAction(e -> model.moveDown(table.getSelectionModel().getSelectedItem()));
        for (Button b : java.util.List.of(add, edit, remove, up, down)) {
            b.setAccessibleText(b.getText());
        }

        Label hint = new Label(messages.get("recipient.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        root = new VBox(8, new FlowPane(8, 6, add, edit, remove, up, down), table, hint);
        root.setPadding(new Insets(10));
        root.setId("recipients-screen");
    }

    private static void reselect(TableView<Recipient> table, RecipientsViewModel model) {
        String id = model.focusIdProperty().get();
        if (id == null) {
            return;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id().equals(id)) {
                if (table.getSelectionModel().getSelectedIndex() != i) {
                    table.getSelectionModel().clearAndSelect(i);
                }
                return;
            }
        }
    }

    private static TableColumn<Recipient, String> column(String title, Function<Recipient, String> value, double width) {
        TableColumn<Recipient, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    public Node node() {
        return root;
    }
}
