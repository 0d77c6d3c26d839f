package org.appeal.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeCell;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.appeal.app.AppSettings;
import org.appeal.app.BundleLoader;
import org.appeal.app.PreviewRasterizer;
import org.appeal.app.SettingsFile;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.store.bundle.BundleException;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.ui.common.FxDialogService;
import org.appeal.ui.common.FxUiExecutor;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.ProblemWording;
import org.appeal.ui.common.ProblemsDialog;
import org.appeal.ui.screen.AppServices;
import org.appeal.ui.shell.MainWindow;
import org.appeal.ui.signatories.ImportWizard;
import org.appeal.ui.signatories.SignatoriesViewModel;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Opens the real main window on the sample campaign in a fresh workspace and walks through the
 * signatory, recipient, source and problems screens and dialogs, taking a screenshot of the whole
 * display at each step with ImageMagick's {@code import -window root} into docs/images/.
 * Needs a display (Xvfb); the made-up sheet and report it uses are written to a temp folder.
 * Usage (from the project folder, under Xvfb): bench/people-screenshots
 */
public final class PeopleScreenshots extends Application {
    private Stage stage;
    private MainWindow window;
    private Path temp;

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        temp = Files.createTempDirectory("appeal-shots");
        try (InputStream font = PeopleScreenshots.class.getResourceAsStream("/fonts/NanumGothic.ttf")) {
            if (font != null) {
                Font.loadFont(font, 13);
            }
        }
        Workspace workspace = Workspace.open(WorkspaceLocation.sqlite(temp.resolve("workspace.db")));
        new CampaignStore(workspace).importCampaign(new BundleReader().read(Path.of("seeds/sample-campaign")));
        FontLibrary fonts = new FontLibrary();
        Messages messages = new Messages(Locale.ENGLISH);
        FxDialogService dialogs = new FxDialogService(() -> stage, messages);
        AppServices services = new AppServices(new Renderer(new TemplateEngine(Path.of("templates")), fonts), fonts,
                new PreviewRasterizer(80f), (pdf, job) -> false, List.of("letter.html.vm"), Path.of("seeds/sample-campaign"),
                BundleLoader.STANDARD, new SettingsFile(temp.resolve("settings.properties")), dialogs, url -> { });
        window = new MainWindow(stage, services, new FxUiExecutor(), messages, AppSettings.DEFAULTS.withWindow(1280, 800));
        window.openOrReport(temp.resolve("workspace.db").toString(), () -> { });
        stage.show();
        Thread tour = new Thread(() -> {
            try {
                tour(messages);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
                System.exit(0);
            }
        }, "screenshot tour");
        tour.setDaemon(true);
        tour.start();
    }

    private void tour(Messages messages) throws Exception {
        until(() -> window.campaign().isPresent());
        pause(4000);
        Path sheet = temp.resolve("made-up-sheet.csv");
        Files.writeString(sheet, "Organisation,Date\nAmbiguous Example,05/11/2026\nClear Example,13/05/2026\n");

        show("signatories");
        fx(() -> table("#signatories").getSelectionModel().select(1));
        pause(800);
        shot("signatories-authoring.png");

        fx(() -> button("#addSignatory").fire(), true);
        until(() -> dialogNode("#signatoryName").isPresent());
        fx(() -> {
            text("#signatoryName", "북한인권시민연합");
            text("#signatoryAcronym", "NKHR");
            text("#signatoryCountry", "대한민국");
            text("#signatorySignedOn", "05/11/2026x");
        });
        pause(800);
        shot("signatory-dialog.png");
        closeDialogs();

        SignatoriesViewModel model = window.campaign().orElseThrow().viewModel("signatories", SignatoriesViewModel.class);
        fx(() -> new ImportWizard(messages, stage, new FxDialogService(() -> stage, messages)).show(model,
                Optional.of(sheet.toFile())), true);
        until(() -> dialogNode("#importRejected").isPresent());
        pause(3000);
        shot("import-wizard-date-order.png");
        closeDialogs();

        Path broken = Files.createDirectories(temp.resolve("broken-bundle"));
        Files.writeString(broken.resolve("recipients.csv"), "id,role,name\nalpha,BCC,Alpha Example\n");
        try {
            new BundleReader().read(broken);
        } catch (BundleException e) {
            ProblemWording wording = new ProblemWording(messages);
            fx(() -> new ProblemsDialog(messages, stage).show(messages.get("error.importTitle"),
                    messages.get("problems.bundleHeader", "broken-bundle", e.problems().size()),
                    e.problems().stream().map(wording::of).toList()), true);
        }
        until(() -> dialogNode("#problemsList").isPresent());
        pause(800);
        shot("problems-dialog.png");
        closeDialogs();

        show("recipients");
        fx(() -> table("#recipients").getSelectionModel().select(2));
        pause(800);
        shot("recipients-authoring.png");

        Path report = temp.resolve("made-up-report.txt");
        Files.writeString(report, "Made-up report on examples\n\nFirst, a paragraph about nothing in particular.\n\n"
                + "Second, the government of Exampleland pledged to co-sponsor the resolution.\n");
        show("evidence");
        pause(800);
        fx(() -> button("#addSource").fire(), true);
        until(() -> dialogNode("#sourceTitle").isPresent());
        fx(() -> {
            text("#sourceKey", "made-up-report");
            text("#sourceTitle", "Made-up report on examples");
            text("#sourceIssuer", "Made-up Body");
            text("#sourceDate", "2030-01-05");
            text("#sourceUrl", "example.org/report");
        });
        pause(800);
        shot("source-dialog.png");
        closeDialogs();

        fx(() -> {
            TableView<?> evidence = table("#evidenceTable");
            evidence.getSelectionModel().select(0);
        });
        pause(500);
        shot("evidence-authoring.png");
        fx(() -> button("#editEvidence").fire(), true);
        until(() -> dialogNode("#evidenceQuote").isPresent());
        pause(800);
        shot("evidence-dialog.png");
        closeDialogs();
    }

    private void show(String screen) throws Exception {
        until(() -> stage.getScene().lookup("#nav-" + screen) != null);
        fx(() -> select((TreeCell<?>) stage.getScene().lookup("#nav-" + screen)));
        until(() -> stage.getScene().lookup("#" + screen + "-screen") != null);
        pause(1500);
    }

    private static <T> void select(TreeCell<T> cell) {
        cell.getTreeView().getSelectionModel().select(cell.getTreeItem());
    }

    private TableView<?> table(String id) {
        return (TableView<?>) stage.getScene().lookup(id);
    }

    private Button button(String id) {
        return (Button) stage.getScene().lookup(id);
    }

    private void text(String id, String value) {
        ((TextInputControl) dialogNode(id).orElseThrow()).setText(value);
    }

    private static Optional<Node> dialogNode(String id) {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null && w.getScene().lookup(id) != null) {
                return Optional.of(w.getScene().lookup(id));
            }
        }
        return Optional.empty();
    }

    /** Cancels (or closes) every dialog open over the main window. */
    private void closeDialogs() throws Exception {
        fx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
                    Node cancel = pane.lookupButton(ButtonType.CANCEL);
                    Node close = pane.lookupButton(ButtonType.CLOSE);
                    if (cancel instanceof ButtonBase b) {
                        b.fire();
                    } else if (close instanceof ButtonBase b) {
                        b.fire();
                    } else {
                        ((Stage) w).close();
                    }
                }
            }
        });
        pause(800);
    }

    private static void shot(String name) throws Exception {
        Path out = Path.of("docs/images").resolve(name);
        Process p = new ProcessBuilder("import", "-window", "root", out.toString()).inheritIO().start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("import failed for " + name);
        }
        System.out.println("saved " + out);
    }

    private static void fx(Runnable work) throws Exception {
        fx(work, false);
    }

    /** @param opensDialog the work shows a modal dialog and returns only when it closes: do not wait for it */
    private static void fx(Runnable work, boolean opensDialog) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            if (opensDialog) {
                done.complete(null);
            }
            try {
                work.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }

    private static void until(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            CompletableFuture<Boolean> met = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    met.complete(condition.call());
                } catch (Exception e) {
                    met.completeExceptionally(e);
                }
            });
            if (met.get(30, TimeUnit.SECONDS)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("not met in 60 s");
    }

    private static void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }
}
