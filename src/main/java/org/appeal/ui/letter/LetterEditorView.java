package org.appeal.ui.letter;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.appeal.compose.Problem;
import org.appeal.ui.common.Messages;
import org.appeal.ui.screen.EditActions;

/**
 * The letter editor screen: fields and body on the left, the PDF preview on the right, warnings
 * below. The view-model outlives a view (a new one is built when the language changes), so the view
 * listens to it only weakly.
 */
public final class LetterEditorView {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REPLACE = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);

    private final LetterEditorViewModel model;
    private final Messages messages;
    private final BodyEditor body;
    private final SplitPane root;
    // Held here, so that they live as long as this view and no longer.
    private final ChangeListener<String> bodyFromModel;
    private final ChangeListener<TextRange> selectFromModel;

    private final Node tools;
    private final FindBar find;
    private final PreviewPane preview;

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
        this.preview = new PreviewPane(model, messages);
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
        root = new SplitPane(editor(), preview.build());
        root.setOrientation(Orientation.HORIZONTAL);
        root.setDividerPositions(0.48);
        root.setId("letter-screen");
        model.selectionRequestProperty().addListener(new WeakChangeListener<>(selectFromModel));
        if (find != null) {
            root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (FIND.match(e)) {
                    find.openFind();
                    e.consume();
                } else if (REPLACE.match(e)) {
                    find.openReplace();
                    e.consume();
                }
            });
        }
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (preview.zoomKey(e)) {
                e.consume();
            }
        });
    }

    /** What a click on a page of the preview does (select the paragraph under it in the body). */
    void onPreviewClick(PreviewPane.PageClick action) {
        preview.onPageClick(action);
    }

    /** The preview's zoom (fit width, a percentage of the real size). */
    public PreviewZoom zoom() {
        return preview.zoom();
    }

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
        Node form = new LetterFields(model, messages).build();
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

        ListView<Problem> warnings = new ListView<>(model.preview().problems());
        warnings.setId("warnings");
        warnings.setAccessibleText(messages.get("letter.warnings"));
        warnings.setPrefHeight(110);
        warnings.setPlaceholder(new Label(messages.get("letter.noWarnings")));
        warnings.setCellFactory(list -> new ProblemCell(messages));
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
}
