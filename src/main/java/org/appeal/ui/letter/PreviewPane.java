package org.appeal.ui.letter;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.appeal.app.PreviewRasterizer;
import org.appeal.ui.common.Messages;

import java.util.List;

/**
 * The letter screen's right side: the PDF preview's pages, whether they are up to date, and the
 * zoom bar (fit width, 100 %, smaller and larger, also as Ctrl+minus, Ctrl+plus, Ctrl+0). A click on
 * a page is handed on as a point of the page (see {@link PreviewClicks}).
 */
final class PreviewPane {
    private static final List<KeyCombination> ZOOM_IN = List.of(
            new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
            new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN));
    private static final List<KeyCombination> ZOOM_OUT = List.of(
            new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN));
    private static final KeyCombination ZOOM_ACTUAL = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);

    private final LetterEditorViewModel model;
    private final LetterPreview preview;
    private final Messages messages;
    private final PreviewZoom zoom = new PreviewZoom();
    private final VBox pageBox = new VBox(16);
    private final ScrollPane scroll = new ScrollPane(pageBox);
    // Held here, so that it lives as long as this pane (and its view) and no longer.
    private final ListChangeListener<PreviewRasterizer.Page> pagesFromModel = change -> showPages();
    private PageClick onPageClick = (page, y) -> { };

    /** A click on a page: the page (from 0) and the height, in points from its top. */
    interface PageClick {
        void clicked(int pageIndex, double y);
    }

    PreviewPane(LetterEditorViewModel model, Messages messages) {
        this.model = model;
        this.preview = model.preview();
        this.messages = messages;
    }

    void onPageClick(PageClick action) {
        onPageClick = action;
    }

    PreviewZoom zoom() {
        return zoom;
    }

    /** Zooms if the key is one of the zoom shortcuts; false if it is not. */
    boolean zoomKey(KeyEvent e) {
        if (ZOOM_IN.stream().anyMatch(k -> k.match(e))) {
            zoomIn();
        } else if (ZOOM_OUT.stream().anyMatch(k -> k.match(e))) {
            zoomOut();
        } else if (ZOOM_ACTUAL.match(e)) {
            zoom.actualSize();
        } else {
            return false;
        }
        return true;
    }

    private double pageWidthPoints() {
        return preview.pages().isEmpty() ? 595.3 : preview.widthInPoints(preview.pages().get(0));
    }

    private double fitWidth() {
        return Math.max(100, scroll.getWidth() - 56);
    }

    private void zoomIn() {
        zoom.zoomIn(pageWidthPoints(), fitWidth());
    }

    private void zoomOut() {
        zoom.zoomOut(pageWidthPoints(), fitWidth());
    }

    Node build() {
        pageBox.setId("previewPages");
        pageBox.setAlignment(Pos.TOP_CENTER);
        pageBox.setPadding(new Insets(16));
        pageBox.getStyleClass().add("preview-pages");
        scroll.setId("preview");
        scroll.setFitToWidth(true);
        // Zoomed wider than the pane, the pages keep their width and the pane scrolls sideways.
        pageBox.setMinWidth(Region.USE_PREF_SIZE);
        scroll.getStyleClass().add("preview");
        preview.pages().addListener(new WeakListChangeListener<>(pagesFromModel));
        showPages();

        Label state = new Label();
        state.setId("previewState");
        // An unreadable date is no up-to-date preview: it still shows the last date that could be read.
        state.textProperty().bind(Bindings.createStringBinding(
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
        level.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(zoom.shownPercent(pageWidthPoints(), fitWidth())) + " %", zoom.percentProperty(),
                scroll.widthProperty(), preview.pages()));
        ToolBar bar = new ToolBar(
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

    private Button zoomButton(String id, String text, String tipKey, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(messages.get(tipKey));
        button.setTooltip(new Tooltip(messages.get(tipKey)));
        button.setOnAction(e -> action.run());
        return button;
    }

    private void showPages() {
        pageBox.getChildren().clear();
        for (PreviewRasterizer.Page page : preview.pages()) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(page.image(), null));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            double points = preview.widthInPoints(page);
            view.fitWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> zoom.width(points, fitWidth()), zoom.percentProperty(), scroll.widthProperty()));
            view.getStyleClass().add("preview-page");
            view.setCursor(Cursor.HAND);
            view.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                    // The image keeps the page's proportions: its shown width is the page's width in points.
                    onPageClick.clicked(page.number() - 1, e.getY() * points / view.getBoundsInLocal().getWidth());
                }
            });
            view.setAccessibleText(messages.get("preview.page", page.number(), page.count()));
            view.setAccessibleHelp(messages.get("preview.clickHelp"));
            StackPane frame = new StackPane(view);
            frame.getStyleClass().add("preview-page-frame");
            pageBox.getChildren().add(frame);
        }
    }
}
