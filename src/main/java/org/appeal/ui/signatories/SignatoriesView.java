package org.appeal.ui.signatories;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.appeal.domain.Signatory;
import org.appeal.ui.common.Messages;

import java.io.File;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** The signatories screen. */
public final class SignatoriesView {
    private final VBox root;

    /**
     * @param openWizard opens the import wizard, on a dropped file if there is one
     * @param askWithdrawal asks on which day a signatory withdrew (empty when cancelled)
     */
    public SignatoriesView(SignatoriesViewModel model, Messages messages, Consumer<Optional<File>> openWizard,
                           Runnable openDuplicates, Function<Signatory, Optional<LocalDate>> askWithdrawal) {
        DatePicker asOf = org.appeal.ui.common.ShownDates.on(new DatePicker(), messages);
        asOf.setId("signatoriesAsOf");
        asOf.valueProperty().bindBidirectional(model.asOfProperty());
        asOf.setAccessibleText(messages.get("signatories.asOf"));
        CheckBox onlyInLetter = new CheckBox(messages.get("signatories.onlyInLetter"));
        onlyInLetter.setId("onlyInLetter");
        onlyInLetter.selectedProperty().bindBidirectional(model.onlyInLetterProperty());
        TextField search = new TextField();
        search.setId("signatorySearch");
        search.setPromptText(messages.get("signatories.search"));
        search.setAccessibleText(messages.get("signatories.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        ChoiceBox<SignatoriesViewModel.Order> order = new ChoiceBox<>();
        order.setId("signatoryOrder");
        order.getItems().setAll(SignatoriesViewModel.Order.values());
        order.setConverter(new StringConverter<>() {
            @Override
            public String toString(SignatoriesViewModel.Order o) {
                return o == null ? "" : messages.get("signatories.order." + o.name().toLowerCase());
            }

            @Override
            public SignatoriesViewModel.Order fromString(String s) {
                return null;
            }
        });
        order.valueProperty().bindBidirectional(model.orderProperty());
        HBox filters = new HBox(8, new Label(messages.get("signatories.asOf")), asOf, onlyInLetter,
                new Label(messages.get("signatories.sortBy")), order, search);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);

        TableView<Signatory> table = new TableView<>(model.shown());
        table.setId("signatories");
        table.setAccessibleText(messages.get("nav.signatories"));
        table.getColumns().add(column(messages.get("signatories.kind"), s -> messages.get("signatories.kind." + s.kind().name().toLowerCase()), 90));
        table.getColumns().add(column(messages.get("signatories.name"), Signatory::name, 300));
        table.getColumns().add(column(messages.get("signatories.acronym"), Signatory::acronym, 80));
        table.getColumns().add(column(messages.get("signatories.title"), Signatory::title, 260));
        table.getColumns().add(column(messages.get("signatories.country"), Signatory::country, 100));
        table.getColumns().add(column(messages.get("signatories.signedOn"),
                s -> s.signedOnDate().map(LocalDate::toString).orElse(messages.get("signatories.unknown")), 100));
        table.getColumns().add(column(messages.get("signatories.withdrawnOn"),
                s -> s.withdrawnOnDate().map(LocalDate::toString).orElse(""), 100));
        table.getColumns().add(column(messages.get("signatories.approved"),
                s -> messages.get("signatories.consent." + model.consent(s).name().toLowerCase()), 170));
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button importSheet = new Button(messages.get("signatories.import"));
        importSheet.setId("importSheet");
        importSheet.setOnAction(e -> openWizard.accept(Optional.empty()));
        Button duplicates = new Button();
        duplicates.setId("showDuplicates");
        duplicates.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("signatories.duplicates", model.suggestions().size()), model.suggestions()));
        duplicates.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.suggestions()));
        duplicates.setOnAction(e -> openDuplicates.run());
        Button withdraw = new Button(messages.get("signatories.withdraw"));
        withdraw.setId("withdrawSignatory");
        withdraw.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        withdraw.setOnAction(e -> {
            Signatory selected = table.getSelectionModel().getSelectedItem();
            askWithdrawal.apply(selected).ifPresent(day -> model.withdraw(selected, day));
        });
        Label summary = new Label();
        summary.setId("signatoriesSummary");
        summary.textProperty().bind(model.summaryProperty());
        Button approve = new Button(messages.get("signatories.recordApproval"));
        approve.setId("recordApproval");
        approve.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        approve.setOnAction(e -> model.recordApproval(java.util.List.copyOf(table.getSelectionModel().getSelectedItems())));
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        HBox actions = new HBox(8, importSheet, duplicates, withdraw, approve);

        Label hint = new Label(messages.get("signatories.hint"));
        hint.getStyleClass().add("hint");
        root = new VBox(8, actions, filters, summary, table, hint);
        root.setPadding(new Insets(10));
        root.setId("signatories-screen");
        // A sign-on sheet can be dropped straight on the screen.
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                openWizard.accept(Optional.of(e.getDragboard().getFiles().get(0)));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private static TableColumn<Signatory, String> column(String title, Function<Signatory, String> value, double width) {
        TableColumn<Signatory, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    public Node node() {
        return root;
    }
}
