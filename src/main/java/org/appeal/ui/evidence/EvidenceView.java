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
import javafx.scene.layout.FlowPane;
import org.appeal.domain.Evidence;
import org.appeal.domain.Pinpoints;
import org.appeal.domain.Source;
import org.appeal.ui.common.Messages;

import java.util.Optional;
import java.util.function.Function;

/** The evidence screen: a source's text with paragraph numbers, and the quotes taken from it. */
public final class EvidenceView {
    private final SplitPane root;

    /**
     * @param sourceEditor   shows the source form and returns it as edited (empty when cancelled)
     * @param evidenceEditor shows a quote for editing and returns it as edited (empty when cancelled)
     */
    public EvidenceView(EvidenceViewModel model, Messages messages, Window owner,
                        Function<SourceForm, Optional<SourceForm>> sourceEditor,
                        Function<Evidence, Optional<Evidence>> evidenceEditor) {
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
        Button addSource = button("addSource", messages.get("source.add"));
        addSource.setOnAction(e -> model.editSource(SourceForm.blank(), sourceEditor));
        Button editSource = button("editSource", messages.get("source.edit"));
        editSource.disableProperty().bind(model.sourceProperty().isNull());
        editSource.setOnAction(e -> model.editSource(SourceForm.of(model.sourceProperty().get()), sourceEditor));
        Button removeSource = button("removeSource", messages.get("source.remove"));
        removeSource.disableProperty().bind(model.sourceProperty().isNull());
        removeSource.setOnAction(e -> model.removeSource(model.sourceProperty().get()));
        Button citeSource = button("copySourceCitation", messages.get("source.copyCitation"));
        citeSource.disableProperty().bind(model.sourceProperty().isNull());
        citeSource.setOnAction(e -> model.citationCopied(copy(EvidenceViewModel.citation(model.sourceProperty().get().id()))));
        FlowPane sourceActions = new FlowPane(8, 6, addSource, editSource, removeSource, citeSource);
        VBox left = new VBox(8, sourceActions, new HBox(8, sourceLabel, sources), text, new HBox(8, add), hint);
        left.setPadding(new Insets(10));

        TableView<EvidenceViewModel.Item> table = new TableView<>(model.items());
        table.setId("evidenceTable");
        table.setAccessibleText(messages.get("nav.evidence"));
        // JavaFX's own "No content in table" is English whatever the interface speaks.
        table.setPlaceholder(new Label(messages.get("evidence.none")));
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
        Button editEvidence = button("editEvidence", messages.get("evidence.edit"));
        editEvidence.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        editEvidence.setOnAction(e -> model.editEvidence(table.getSelectionModel().getSelectedItem().evidence(),
                evidenceEditor));
        Button removeEvidence = button("removeEvidence", messages.get("evidence.remove"));
        removeEvidence.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        removeEvidence.setOnAction(e -> model.removeEvidence(table.getSelectionModel().getSelectedItem().evidence()));
        Button citeEvidence = button("copyEvidenceCitation", messages.get("evidence.copyCitation"));
        citeEvidence.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        citeEvidence.setOnAction(e -> model.citationCopied(copy(EvidenceViewModel.citation(
                table.getSelectionModel().getSelectedItem().evidence().citationKey()))));
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<EvidenceViewModel.Item> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.editEvidence(row.getItem().evidence(), evidenceEditor);
                }
            });
            return row;
        });
        VBox right = new VBox(8, new Label(messages.get("evidence.library")),
                new FlowPane(8, 6, editEvidence, removeEvidence, citeEvidence), table, detail, status);
        right.setPadding(new Insets(10));

        root = new SplitPane(left, right);
        root.setDividerPositions(0.45);
        root.setId("evidence-screen");
    }

    private static Button button(String id, String text) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(text);
        return button;
    }

    /** The citation on the clipboard, to paste into the letter body. */
    private static String copy(String citation) {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(citation);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        return citation;
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
