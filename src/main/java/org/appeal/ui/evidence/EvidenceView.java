package org.appeal.ui.evidence;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.appeal.domain.Pinpoints;
import org.appeal.domain.Source;
import org.appeal.ui.common.Messages;

import java.util.Optional;
import java.util.function.Function;

/** The evidence screen: a source's text with paragraph numbers, and the quotes taken from it. */
public final class EvidenceView {
    private final SplitPane root;

    public EvidenceView(EvidenceViewModel model, Messages messages, Window owner) {
        ComboBox<Source> sources = new ComboBox<>(model.sources());
        sources.setId("evidenceSource");
        sources.setAccessibleText(messages.get("evidence.source"));
        sources.setMaxWidth(Double.MAX_VALUE);
        sources.valueProperty().bindBidirectional(model.sourceProperty());
        sources.setConverter(new StringConverter<>() {
            @Override
            public String toString(Source s) {
                return s == null ? "" : (s.symbol().isBlank() ? "" : s.symbol() + " · ") + s.title();
            }

            @Override
            public Source fromString(String s) {
                return null;
            }
        });
        HBox.setHgrow(sources, Priority.ALWAYS);
        TextArea text = new TextArea();
        text.setId("sourceText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setAccessibleText(messages.get("evidence.text"));
        text.textProperty().bind(model.textProperty().map(SourceText::text));
        VBox.setVgrow(text, Priority.ALWAYS);
        Button add = new Button(messages.get("evidence.add"));
        add.setId("addEvidence");
        add.disableProperty().bind(text.selectedTextProperty().isEmpty());
        add.setOnAction(e -> model.addFromSelection(text.getSelection().getStart(), text.getSelection().getEnd(),
                suggested -> askKey(messages, owner, suggested)));
        Label hint = new Label(messages.get("evidence.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Label sourceLabel = new Label(messages.get("evidence.source"));
        sourceLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        sourceLabel.setLabelFor(sources);
        VBox left = new VBox(8, new HBox(8, sourceLabel, sources), text, new HBox(8, add), hint);
        left.setPadding(new Insets(10));

        TableView<EvidenceViewModel.Item> table = new TableView<>(model.items());
        table.setId("evidenceTable");
        table.setAccessibleText(messages.get("nav.evidence"));
        table.getColumns().add(column(messages.get("evidence.key"), i -> i.evidence().citationKey(), 170));
        table.getColumns().add(column(messages.get("evidence.pinpoint"),
                i -> i.evidence().pinpoint() == null ? "" : Pinpoints.label(i.evidence().pinpoint()), 70));
        table.getColumns().add(column(messages.get("evidence.quote"), i -> i.evidence().quote(), 300));
        table.getColumns().add(column(messages.get("evidence.check"),
                i -> messages.get("evidence.check." + i.check().status().name().toLowerCase()), 150));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label status = new Label();
        status.setId("evidenceStatus");
        status.textProperty().bind(model.statusProperty());
        // The selected quote in full, with what the check found: table cells cut long quotes short.
        Label detail = new Label();
        detail.setId("evidenceDetail");
        detail.setWrapText(true);
        detail.setMinHeight(90);
        detail.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        detail.getStyleClass().add("evidence-detail");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> detail.setText(item == null ? ""
                : "[@" + item.evidence().citationKey() + "]  " + item.evidence().sourceId()
                + (item.evidence().pinpoint() == null ? "" : ", " + Pinpoints.label(item.evidence().pinpoint()))
                + "\n\u201c" + item.evidence().quote() + "\u201d"
                + (item.check().message().isBlank() ? "" : "\n" + item.check().message())));
        VBox right = new VBox(8, new Label(messages.get("evidence.library")), table, detail, status);
        right.setPadding(new Insets(10));

        root = new SplitPane(left, right);
        root.setDividerPositions(0.45);
        root.setId("evidence-screen");
    }

    private static Optional<String> askKey(Messages messages, Window owner, String suggested) {
        TextInputDialog dialog = new TextInputDialog(suggested);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("evidence.keyTitle"));
        dialog.setHeaderText(messages.get("evidence.keyHeader"));
        dialog.getEditor().setId("evidenceKey");
        dialog.getDialogPane().setId("evidence-key-dialog");
        return dialog.showAndWait();
    }

    private static TableColumn<EvidenceViewModel.Item, String> column(String title,
                                                                      Function<EvidenceViewModel.Item, String> value,
                                                                      double width) {
        TableColumn<EvidenceViewModel.Item, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    public Node node() {
        return root;
    }
}
