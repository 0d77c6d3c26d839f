package org.appeal.ui.letter;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.appeal.app.PreviewRasterizer;
import org.appeal.compose.Problem;
import org.appeal.domain.Recipient;
import org.appeal.ui.common.DateField;
import org.appeal.ui.common.Messages;
import org.appeal.ui.screen.EditActions;

/**
 * The letter editor screen: fields and body on the left, the PDF preview on the right, warnings
 * below. The view-model outlives a view (a new one is built when the language changes), so the view
 * listens to it only weakly.
 */
public final class LetterEditorView {
    private final LetterEditorViewModel model;
    private final LetterPreview preview;
    private final Messages messages;
    private final BodyEditor body;
    private final VBox pageBox = new VBox(16);
    private final SplitPane root;
    // Held here, so that they live as long as this view and no longer.
    private final ChangeListener<String> bodyFromModel;
    private final ChangeListener<TextRange> selectFromModel;
    private ListChangeListener<PreviewRasterizer.Page> pagesFromModel;

    private final Node tools;
    private final FindBar find;
    private final PreviewZoom zoom = new PreviewZoom();
    private ScrollPane previewScroll;

    public LetterEditorView(LetterEditorViewModel model, Messages messages, BodyEditor body) {
        this(model, messages, body, null, null);
    }

    /**
     * @param tools the body's toolbar (formatting, Insert, find), or null for none
     * @param find  find and replace over the body (Ctrl+F, Ctrl+H), or null for none
     */
    public LetterEditorView(LetterEditorViewModel model, Messages messages, BodyEditor body, Node tools, FindBar find) {
        this.tools = tools;
        this.find = find;
        this.model = model;
        this.preview = model.preview();
        this.messages = messages;
        this.body = body;
        bodyFromModel = (o, old, text) -> {
            if (!text.equals(body.text())) {
                body.replaceText(text);
            }
        };
        selectFromModel = (o, old, range) -> {
            if (range != null) {
                body.focus();
                body.select(range);
            }
        };
        root = new SplitPane(editor(), preview());
        root.setOrientation(Orientation.HORIZONTAL);
        root.setDividerPositions(0.48);
        root.setId("letter-screen");
        model.selectionRequestProperty().addListener(new WeakChangeListener<>(selectFromModel));
        if (find != null) {
            root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (FIND.match(e)) {
                    find.openFind();
                    e.consume();
                } else if (REPLACE.match(e)) {
                    find.openReplace();
                    e.consume();
                }
            });
        }
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (ZOOM_IN.stream().anyMatch(k -> k.match(e))) {
                zoomIn();
            } else if (ZOOM_OUT.stream().anyMatch(k -> k.match(e))) {
                zoomOut();
            } else if (ZOOM_ACTUAL.match(e)) {
                zoom.actualSize();
            } else {
                return;
            }
            e.consume();
        });
    }

    private static final java.util.List<javafx.scene.input.KeyCombination> ZOOM_IN = java.util.List.of(
            new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.PLUS,
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN),
            new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.EQUALS,
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_ANY),
            new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.ADD,
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
    private static final java.util.List<javafx.scene.input.KeyCombination> ZOOM_OUT = java.util.List.of(
            new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.MINUS,
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN),
            new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.SUBTRACT,
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
    private static final javafx.scene.input.KeyCombination ZOOM_ACTUAL = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.DIGIT0, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    /** The preview's zoom (fit width, a percentage of the real size). */
    public PreviewZoom zoom() {
        return zoom;
    }

    private double pageWidthPoints() {
        return preview.pages().isEmpty() ? 595.3 : preview.widthInPoints(preview.pages().get(0));
    }

    private double fitWidth() {
        return Math.max(100, previewScroll.getWidth() - 56);
    }

    private void zoomIn() {
        zoom.zoomIn(pageWidthPoints(), fitWidth());
    }

    private void zoomOut() {
        zoom.zoomOut(pageWidthPoints(), fitWidth());
    }

    private static final javafx.scene.input.KeyCombination FIND = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
    private static final javafx.scene.input.KeyCombination REPLACE = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.H, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    public Node node() {
        return root;
    }

    /**
     * Undo and redo of the body while it has the focus; other fields undo their own typing (the
     * shell's fallback), so Ctrl+Z in the subject never undoes the body.
     */
    public EditActions editActions() {
        return new EditActions() {
            @Override
            public boolean undo() {
                if (!body.isFocused()) {
                    return false;
                }
                body.undo();
                return true;
            }

            @Override
            public boolean redo() {
                if (!body.isFocused()) {
                    return false;
                }
                body.redo();
                return true;
            }
        };
    }

    private Node editor() {
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);

        model.entryProblems().clear();  // a view built anew (another language) starts from the model's readable values
        TextField subject = new TextField();
        subject.setId("subject");
        subject.textProperty().bindBidirectional(model.subjectProperty());
        DateField date = dateField("letterDate", "letter.date", model.dateProperty());
        DateField asOf = dateField("asOfDate", "letter.asOf", model.signatoriesAsOfProperty());
        ComboBox<String> template = new ComboBox<>(model.templates());
        template.setId("template");
        template.valueProperty().bindBidirectional(model.templateProperty());
        ComboBox<Recipient> recipient = new ComboBox<>(model.recipients());
        recipient.setId("recipient");
        recipient.setConverter(new RecipientNames(messages));
        recipient.valueProperty().bindBidirectional(model.recipientProperty());
        recipient.setMaxWidth(Double.MAX_VALUE);

        addRow(form, 0, "letter.subject", subject);
        addRow(form, 1, "letter.date", date.control(), date.node());
        addRow(form, 2, "letter.asOf", asOf.control(), asOf.node());
        addRow(form, 3, "letter.template", template);
        addRow(form, 4, "letter.recipient", recipient);

        body.replaceText(model.bodyProperty().get());
        body.textProperty().addListener((o, old, text) -> {
            if (!text.equals(model.bodyProperty().get())) {
                model.bodyProperty().set(text);
            }
        });
        model.bodyProperty().addListener(new WeakChangeListener<>(bodyFromModel));
        Label bodyLabel = new Label(messages.get("letter.body"));
        bodyLabel.setLabelFor(body.node());
        VBox.setVgrow(body.node(), Priority.ALWAYS);

        ListView<Problem> warnings = new ListView<>(preview.problems());
        warnings.setId("warnings");
        warnings.setAccessibleText(messages.get("letter.warnings"));
        warnings.setPrefHeight(110);
        warnings.setPlaceholder(new Label(messages.get("letter.noWarnings")));
        warnings.setCellFactory(list -> new ProblemCell());
        warnings.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> model.jumpTo(p));
        Label warningsLabel = new Label(messages.get("letter.warnings"));

        VBox box = new VBox(6, form, bodyLabel);
        if (tools != null) {
            box.getChildren().add(tools);
        }
        if (find != null) {
            box.getChildren().add(find.node());
        }
        box.getChildren().addAll(body.node(), warningsLabel, warnings);
        box.setPadding(new Insets(10));
        return box;
    }

    /**
     * A date the letter prints: what cannot be read as a day is said under the field and told to
     * the view-model, which then refuses to save or export, and the letter keeps its last readable day.
     */
    private DateField dateField(String id, String key, javafx.beans.property.ObjectProperty<java.time.LocalDate> day) {
        DateField field = new DateField(id, messages, true);
        field.valueProperty().set(day.get());
        field.valueProperty().bindBidirectional(day);
        field.problemProperty().addListener((o, old, why) -> model.entryProblem(messages.get(key), why));
        return field;
    }

    private void addRow(GridPane form, int row, String key, javafx.scene.control.Control field) {
        addRow(form, row, key, field, field);
    }

    private void addRow(GridPane form, int row, String key, javafx.scene.control.Control field, Node shown) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        field.setAccessibleText(messages.get(key));
        form.add(label, 0, row);
        form.add(shown, 1, row);
    }

    private Node preview() {
        pageBox.setId("previewPages");
        pageBox.setAlignment(Pos.TOP_CENTER);
        pageBox.setPadding(new Insets(16));
        pageBox.getStyleClass().add("preview-pages");
        ScrollPane scroll = new ScrollPane(pageBox);
        previewScroll = scroll;
        scroll.setId("preview");
        scroll.setFitToWidth(true);
        // Zoomed wider than the pane, the pages keep their width and the pane scrolls sideways.
        pageBox.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        scroll.getStyleClass().add("preview");
        pagesFromModel = change -> showPages(scroll);
        preview.pages().addListener(new WeakListChangeListener<>(pagesFromModel));
        showPages(scroll);

        Label state = new Label();
        state.setId("previewState");
        // An unreadable date is no up-to-date preview: it still shows the last date that could be read.
        state.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.entryProblems().isEmpty()
                        ? messages.get("preview." + preview.stateProperty().get().name().toLowerCase())
                        : messages.get("preview.unreadableEntry"),
                preview.stateProperty(), model.entryProblems()));
        state.getStyleClass().add("preview-state");
        StackPane.setAlignment(state, Pos.TOP_RIGHT);
        StackPane.setMargin(state, new Insets(8, 24, 0, 0));
        BorderPane pane = new BorderPane(new StackPane(scroll, state));
        pane.setTop(zoomBar());
        return pane;
    }

    /** Fit width, 100 %, smaller and larger (Ctrl+minus, Ctrl+plus, Ctrl+0), and the size shown now. */
    private Node zoomBar() {
        Label level = new Label();
        level.setId("zoom-level");
        // Fitted, the size the fit comes to; the Fit width button is then greyed out, as it is what shows.
        level.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Math.round(zoom.shownPercent(pageWidthPoints(), fitWidth())) + " %", zoom.percentProperty(),
                previewScroll.widthProperty(), preview.pages()));
        javafx.scene.control.ToolBar bar = new javafx.scene.control.ToolBar(
                zoomButton("zoom-out", "−", "zoom.out", this::zoomOut),
                level,
                zoomButton("zoom-in", "+", "zoom.in", this::zoomIn),
                zoomButton("zoom-actual", "100 %", "zoom.actual", zoom::actualSize),
                zoomButton("zoom-fit", messages.get("zoom.fit"), "zoom.fitTip", zoom::fitWidth));
        bar.getItems().get(4).disableProperty().bind(zoom.percentProperty().isEqualTo(PreviewZoom.FIT));
        bar.setId("zoom-bar");
        bar.setAccessibleText(messages.get("zoom.bar"));
        return bar;
    }

    private javafx.scene.control.Button zoomButton(String id, String text, String tipKey, Runnable action) {
        javafx.scene.control.Button button = new javafx.scene.control.Button(text);
        button.setId(id);
        button.setAccessibleText(messages.get(tipKey));
        button.setTooltip(new javafx.scene.control.Tooltip(messages.get(tipKey)));
        button.setOnAction(e -> action.run());
        return button;
    }

    private void showPages(ScrollPane scroll) {
        pageBox.getChildren().clear();
        for (PreviewRasterizer.Page page : preview.pages()) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(page.image(), null));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            double points = preview.widthInPoints(page);
            view.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> zoom.width(points, fitWidth()), zoom.percentProperty(), scroll.widthProperty()));
            view.getStyleClass().add("preview-page");
            view.setAccessibleText(messages.get("preview.page", page.number(), page.count()));
            StackPane frame = new StackPane(view);
            frame.getStyleClass().add("preview-page-frame");
            pageBox.getChildren().add(frame);
        }
    }

    private final class ProblemCell extends ListCell<Problem> {
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

    /** "To: Lee Jae-myung" / "CC: Cho Hyun" in the recipient chooser. */
    static final class RecipientNames extends StringConverter<Recipient> {
        private final Messages messages;

        RecipientNames(Messages messages) {
            this.messages = messages;
        }

        @Override
        public String toString(Recipient r) {
            if (r == null) {
                return "";
            }
            String role = messages.get(r.role() == Recipient.Role.TO ? "recipient.to" : "recipient.cc");
            return role + ": " + (r.title().isBlank() ? "" : r.title() + " ") + r.name();
        }

        @Override
        public Recipient fromString(String s) {
            // The chooser is not editable: a recipient is picked from the list, never parsed from text.
            return null;
        }
    }
}
