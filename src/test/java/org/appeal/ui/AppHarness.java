package org.appeal.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.appeal.app.AppSettings;
import org.appeal.app.BundleLoader;
import org.appeal.app.PreviewRasterizer;
import org.appeal.app.SettingsFile;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.ui.common.FxUiExecutor;
import org.appeal.ui.common.Messages;
import org.appeal.ui.letter.LetterEditorViewModel;
import org.appeal.ui.letter.LetterPreview;
import org.appeal.ui.screen.AppServices;
import org.appeal.ui.shell.MainWindow;
import org.appeal.ui.shell.OpenCampaign;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real main window on a fresh SQLite workspace in a temp folder, holding the sample campaign;
 * dialogs are scripted and the printer is a recorder.
 * <p>
 * Tests must pass with any fonts and window sizes (bench/ui-fonts runs them under other fonts and a
 * small window): open screens with {@link #show}, click with {@link #click}, never at a node's middle
 * that a long text or a small window may have pushed out of sight, and wait for what should appear.
 * The window size can be set with {@code -Dappeal.test.window=WIDTHxHEIGHT}.
 */
final class AppHarness {
    private static final FontLibrary FONTS = new FontLibrary();
    private static final Pattern SIZE = Pattern.compile("(\\d+)x(\\d+)");

    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final List<byte[]> printed = new ArrayList<>();
    final List<String> opened = new ArrayList<>();
    final FxUiExecutor executor = new FxUiExecutor();
    MainWindow window;
    private Stage stage;

    void start(Stage stage, Path temp) {
        start(stage, temp, workspace -> { });
    }

    /** @param prepare runs on the workspace before the window opens it (the sample is already in it) */
    void start(Stage stage, Path temp, java.util.function.Consumer<org.appeal.store.db.Workspace> prepare) {
        start(stage, temp, prepare, BundleLoader.STANDARD);
    }

    /** @param bundles reads the bundles File → Import campaign bundle imports */
    void start(Stage stage, Path temp, java.util.function.Consumer<org.appeal.store.db.Workspace> prepare,
               BundleLoader bundles) {
        org.appeal.store.db.Workspace workspace = org.appeal.store.db.Workspace.open(WorkspaceLocation.sqlite(temp.resolve("workspace.db")));
        try {
            new org.appeal.store.db.CampaignStore(workspace).importCampaign(
                    new org.appeal.store.bundle.BundleReader().read(Path.of("seeds/sample-campaign")));
        } catch (org.appeal.store.bundle.BundleException e) {
            throw new IllegalStateException(e);
        }
        prepare.accept(workspace);
        Renderer renderer = new Renderer(new TemplateEngine(Path.of("templates")), FONTS);
        AppServices services = new AppServices(renderer, FONTS, new PreviewRasterizer(60f), (pdf, job) -> printed.add(pdf),
                List.of("letter.html.vm"), Path.of("seeds/sample-campaign"), bundles,
                new SettingsFile(temp.resolve("settings.properties")), dialogs, opened::add);
        window = new MainWindow(stage, services, executor, new Messages(Locale.ENGLISH), windowSize(AppSettings.DEFAULTS));
        window.openOrReport(temp.resolve("workspace.db").toString(), () -> { });
        this.stage = stage;
        stage.show();
    }

    /**
     * Closes the window as the user would (which stops the autosave timer) and waits for the work that
     * starts, so nothing writes into the test's temp folder while JUnit deletes it. Call it after each test.
     */
    void close() {
        if (stage == null) {
            return;
        }
        onFx(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            stage.close();
            return null;
        });
        // Closing loses focus, which autosaves an edited letter: wait for that. The executor stays open, as
        // TestFX's own clean-up may still make the window ask for work.
        waitUntil("work after closing finished", () -> executor.currentTask().get() == null || executor.currentTask().get().isDone());
    }

    /** The open campaign; the window opens it in the background, so wait for it (see {@link #waitForPreview}). */
    OpenCampaign campaign() {
        return window.campaign().orElseThrow(() -> new AssertionError("no campaign is open"));
    }

    /** A screen's view-model, reached as the shell reaches it: through the screen. */
    <M> M screen(String id, Class<M> type) {
        return campaign().viewModel(id, type);
    }

    LetterEditorViewModel letter() {
        return screen("letter", LetterEditorViewModel.class);
    }

    LetterPreview preview() {
        return letter().preview();
    }

    /** The status bar's text. */
    String status() {
        return ((Labeled) stage.getScene().lookup("#status")).getText();
    }

    static void waitUntil(Callable<Boolean> condition) {
        waitUntil("condition", condition);
    }

    /**
     * The condition is asked on the FX thread, so it never reads the scene half-way through a change. The
     * limit is generous: a loaded machine renders a first preview in well over 20 s, and waiting costs
     * nothing once the condition holds.
     */
    static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what + " not met within 60 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the window has opened the campaign and shows its first preview. */
    void waitForPreview() {
        waitUntil("campaign opened and preview rendered", () -> window.campaign().isPresent()
                && preview().stateProperty().get() != LetterPreview.State.RENDERING && !preview().pages().isEmpty());
    }

    /**
     * Opens a campaign screen by selecting its navigator row {@code #nav-<screen>} as a click would (no aim
     * at a row's middle, which a long title in a wide font moves), then waits until {@code #<screen>-screen}
     * shows.
     */
    void show(FxRobot robot, String screen) {
        String row = "#nav-" + screen;
        waitUntil("navigator row " + row + " present", () -> robot.lookup(row).tryQuery().isPresent());
        TreeCell<?> cell = robot.lookup(row).queryAs(TreeCell.class);
        robot.interact(() -> select(cell));
        waitUntilShowing(robot, "#" + screen + "-screen");
    }

    private static <T> void select(TreeCell<T> cell) {
        cell.getTreeView().getSelectionModel().select(cell.getTreeItem());
    }

    static void waitUntilShowing(FxRobot robot, String query) {
        waitUntil(query + " showing", () -> robot.lookup(query).match(AppHarness::showing).tryQuery().isPresent());
    }

    /** In a showing window, visible up to its scene's root, and of some size. */
    static boolean showing(Node node) {
        Scene scene = node.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getLayoutBounds().getWidth() > 0 && node.getLayoutBounds().getHeight() > 0;
    }

    /** {@link #click(FxRobot, Node)} on the first showing node the query finds (a CSS selector or a label's text). */
    static FxRobotInterface click(FxRobot robot, String query) {
        waitUntilShowing(robot, query);
        return click(robot, robot.lookup(query).match(AppHarness::showing).query());
    }

    /**
     * Scrolls the node into its scroll panes' view, then clicks the middle of the part of it that is on
     * screen: inside the node, the clips of every parent (scroll panes, lists, trees, split panes) and the
     * window. Fails saying so if none of the node is on screen.
     */
    static FxRobotInterface click(FxRobot robot, Node node) {
        robot.interact(() -> scrollIntoView(node));
        Rectangle2D area = onFx(() -> visibleArea(node)).orElseThrow(() -> new AssertionError(
                "nothing of " + node + " is on screen to click"));
        robot.targetWindow(node.getScene().getWindow());  // where write() then types, as clickOn(query) would set
        return robot.clickOn(area.getMinX() + area.getWidth() / 2, area.getMinY() + area.getHeight() / 2);
    }

    private static void scrollIntoView(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                reveal(scroll, node);
            }
        }
        node.getScene().getRoot().layout();
    }

    private static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds target = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        Bounds viewport = scroll.getViewportBounds();
        double spareWidth = content.getLayoutBounds().getWidth() - viewport.getWidth();
        if (spareWidth > 0) {
            double left = Math.max(0, Math.min(spareWidth, target.getCenterX() - viewport.getWidth() / 2));
            scroll.setHvalue(scroll.getHmin() + (scroll.getHmax() - scroll.getHmin()) * left / spareWidth);
        }
        double spareHeight = content.getLayoutBounds().getHeight() - viewport.getHeight();
        if (spareHeight > 0) {
            double top = Math.max(0, Math.min(spareHeight, target.getCenterY() - viewport.getHeight() / 2));
            scroll.setVvalue(scroll.getVmin() + (scroll.getVmax() - scroll.getVmin()) * top / spareHeight);
        }
        scroll.layout();
    }

    private static Optional<Rectangle2D> visibleArea(Node node) {
        Optional<Rectangle2D> area = onScreen(node, node.getLayoutBounds());
        // Only clips hide: a scroll pane's content, for one, reaches far beyond the nodes that hold it.
        for (Node n = node; n != null && area.isPresent(); n = n.getParent()) {
            if (n.getClip() != null) {
                area = intersection(area.get(), onScreen(n, n.getClip().getBoundsInParent()));
            }
        }
        Window window = node.getScene().getWindow();
        Scene scene = node.getScene();
        Rectangle2D sceneArea = new Rectangle2D(window.getX() + scene.getX(), window.getY() + scene.getY(),
                scene.getWidth(), scene.getHeight());
        return area.flatMap(a -> intersection(a, Optional.of(sceneArea)));
    }

    private static Optional<Rectangle2D> onScreen(Node node, Bounds local) {
        Bounds b = node.localToScreen(local);
        return b == null ? Optional.empty() : Optional.of(new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
    }

    private static Optional<Rectangle2D> intersection(Rectangle2D a, Optional<Rectangle2D> other) {
        return other.flatMap(b -> {
            double minX = Math.max(a.getMinX(), b.getMinX());
            double minY = Math.max(a.getMinY(), b.getMinY());
            double maxX = Math.min(a.getMaxX(), b.getMaxX());
            double maxY = Math.min(a.getMaxY(), b.getMaxY());
            return maxX - minX >= 1 && maxY - minY >= 1 ? Optional.of(new Rectangle2D(minX, minY, maxX - minX, maxY - minY))
                    : Optional.empty();
        });
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    /** The default window, or the size -Dappeal.test.window=WIDTHxHEIGHT asks for (bench/ui-fonts tries a small one). */
    private static AppSettings windowSize(AppSettings settings) {
        String asked = System.getProperty("appeal.test.window", "");
        if (asked.isBlank()) {
            return settings;
        }
        Matcher size = SIZE.matcher(asked.strip());
        if (!size.matches()) {
            throw new IllegalArgumentException("appeal.test.window: expected WIDTHxHEIGHT such as 900x600, got '" + asked + "'");
        }
        return settings.withWindow(Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2)));
    }
}
