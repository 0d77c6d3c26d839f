package org.appeal.ui.recipients;

import javafx.beans.property.ReadOnlyStringWrapper;
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
        table.getColumns().add(column(messages.get("recipient.role"), r -> r.role().name(), 60));
        table.getColumns().add(column(messages.get("recipient.name"), Recipient::name, 170));
        table.getColumns().add(column(messages.get("recipient.title"), Recipient::title, 200));
        table.getColumns().add(column(messages.get("recipient.office"), Recipient::office, 260));
        table.getColumns().add(column(messages.get("recipient.fax"), Recipient::fax, 140));
        table.getColumns().add(column(messages.get("recipient.email"), Recipient::email, 160));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<Recipient> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.edit(RecipientForm.of(row.getItem()), dialog::show);
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button add = new Button(messages.get("recipient.add"));
        add.setId("addRecipient");
        add.setOnAction(e -> model.edit(model.newForm(), dialog::show));
        Button edit = new Button(messages.get("recipient.edit"));
        edit.setId("editRecipient");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> model.edit(RecipientForm.of(table.getSelectionModel().getSelectedItem()), dialog::show));

        Label hint = new Label(messages.get("recipient.hint"));
        hint.getStyleClass().add("hint");
        root = new VBox(8, new HBox(8, add, edit), table, hint);
        root.setPadding(new Insets(10));
        root.setId("recipients-screen");
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
