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
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import org.appeal.ui.common.RowDragReorder;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.appeal.domain.Signatory;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.ShownDates;

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
     * @param editor     shows the signatory form and returns it as edited (empty when cancelled)
     */
    public SignatoriesView(SignatoriesViewModel model, Messages messages, Consumer<Optional<File>> openWizard,
                           Runnable openDuplicates, Function<Signatory, Optional<LocalDate>> askWithdrawal,
                           Function<SignatoryForm, Optional<SignatoryForm>> editor) {
        DatePicker asOf = ShownDates.on(new DatePicker(), messages);
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
        // JavaFX's own "No content in table" is English whatever the interface speaks.
        table.setPlaceholder(new Label(messages.get("signatories.none")));
        table.getColumns().add(column(messages.get("signatories.kind"), s -> messages.get("signatories.kind." + s.kind().name().toLowerCase()), 90));
        table.getColumns().add(column(messages.get("signatories.name"), Signatory::name, 300));
        table.getColumns().add(column(messages.get("signatories.acronym"), Signatory::acronym, 80));
        table.getColumns().add(column(messages.get("signatories.title"), Signatory::title, 260));
        table.getColumns().add(column(messages.get("signatories.country"), Signatory::country, 100));
        table.getColumns().add(column(messages.get("signatories.signedOn"),
                s -> s.signedOnDate().map(d -> ShownDates.day(d, messages)).orElse(messages.get("signatories.unknown")), 100));
        table.getColumns().add(column(messages.get("signatories.withdrawnOn"),
                s -> s.withdrawnOnDate().map(d -> ShownDates.day(d, messages)).orElse(""), 100));
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
        Button add = button("addSignatory", messages.get("signatory.add"));
        add.setOnAction(e -> model.edit(model.newForm(), editor));
        Button edit = button("editSignatory", messages.get("signatory.edit"));
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> model.edit(SignatoryForm.of(table.getSelectionModel().getSelectedItem()), editor));
        Button remove = button("removeSignatory", messages.get("signatory.remove"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(table.getSelectionModel().getSelectedItem()));
        Button up = button("moveSignatoryUp", messages.get("signatory.moveUp"));
        up.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(model.canReorderProperty().not()));
        up.setOnAction(e -> model.moveUp(table.getSelectionModel().getSelectedItem()));
        Button down = button("moveSignatoryDown", messages.get("signatory.moveDown"));
        down.disableProperty().bind(up.disableProperty());
        down.setOnAction(e -> model.moveDown(table.getSelectionModel().getSelectedItem()));
        // Alt+Up and Alt+Down move the selected signatory, Delete removes it, Enter edits it.
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Signatory selected = table.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (e.isAltDown() && e.getCode() == KeyCode.UP && model.canReorderProperty().get()) {
                model.moveUp(selected);
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN && model.canReorderProperty().get()) {
                model.moveDown(selected);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                model.remove(selected);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                model.edit(SignatoryForm.of(selected), editor);
                e.consume();
            }
        });
        RowDragReorder<Signatory> drag = new RowDragReorder<>(model::move, model.canReorderProperty());
        table.setRowFactory(t -> {
            TableRow<Signatory> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.edit(SignatoryForm.of(row.getItem()), editor);
                }
            });
            drag.install(row);
            return row;
        });
        // After a move or a save the list is read anew: the signatory moved stays selected, so that
        // Alt+Up can be pressed again.
        model.shown().addListener((javafx.collections.ListChangeListener<Signatory>) c ->
                javafx.application.Platform.runLater(() -> reselect(table, model)));
        model.focusIdProperty().addListener((o, a, b) -> reselect(table, model));

        FlowPane actionsFlow = new FlowPane(8, 6, add, edit, remove, up, down, importSheet, duplicates, withdraw, approve);
        Label notice = new Label();
        notice.setId("signatoriesNotice");
        notice.setWrapText(true);
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(model.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());

        Label hint = new Label(messages.get("signatories.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        root = new VBox(8, actionsFlow, filters, summary, notice, table, hint);
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

    private static Button button(String id, String text) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(text);
        return button;
    }

    private static void reselect(TableView<Signatory> table, SignatoriesViewModel model) {
        String id = model.focusIdProperty().get();
        if (id == null) {
            return;
        }
        for (Signatory s : table.getItems()) {
            if (s.id().equals(id)) {
                if (table.getSelectionModel().getSelectedItems().size() != 1 || table.getSelectionModel().getSelectedItem() != s) {
                    table.getSelectionModel().clearAndSelect(table.getItems().indexOf(s));
                    table.scrollTo(s);
                }
                return;
            }
        }
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
