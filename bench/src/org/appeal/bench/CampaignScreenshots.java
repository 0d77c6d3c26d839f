package org.appeal.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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
import org.appeal.compose.sign.PdfSigner;
import org.appeal.compose.sign.SignatureAppearance;
import org.appeal.compose.sign.SignatureVerifier;
import org.appeal.compose.sign.SigningKey;
import org.appeal.compose.sign.SigningProfile;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.ui.common.FxDialogService;
import org.appeal.ui.common.FxUiExecutor;
import org.appeal.ui.common.Messages;
import org.appeal.ui.letter.LetterEditorViewModel;
import org.appeal.ui.letter.LetterPreview;
import org.appeal.ui.screen.AppServices;
import org.appeal.ui.shell.MainWindow;
import org.appeal.ui.sign.VerifyPdfDialog;
import org.appeal.ui.sign.VerifyPdfViewModel;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Opens the real main window on the sample campaign in a fresh workspace and walks through what
 * "Your first letter" in docs/user-guide.md shows: the New campaign dialog, the campaign settings
 * screen, the copy dialog, the quit dialog and the Verify a PDF dialog, taking a screenshot of the
 * whole display at each step with ImageMagick's {@code import -window root} into docs/images/.
 * Needs a display (Xvfb) and keytool (for a made-up certificate to sign the PDF verified).
 * Usage (from the project folder): bench/campaign-screenshots
 */
public final class CampaignScreenshots extends Application {
    private static final String PASSWORD = "made-up-password";
    private Stage stage;
    private MainWindow window;
    private Path temp;
    private Messages messages;
    private FxDialogService dialogs;
    private final FxUiExecutor executor = new FxUiExecutor();

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        temp = Files.createTempDirectory("appeal-campaign-shots");
        try (InputStream font = CampaignScreenshots.class.getResourceAsStream("/fonts/NanumGothic.ttf")) {
            if (font != null) {
                Font.loadFont(font, 13);
            }
        }
        Workspace workspace = Workspace.open(WorkspaceLocation.sqlite(temp.resolve("workspace.db")));
        new CampaignStore(workspace).importCampaign(new BundleReader().read(Path.of("seeds/sample-campaign")));
        FontLibrary fonts = new FontLibrary();
        messages = new Messages(Locale.ENGLISH);
        dialogs = new FxDialogService(() -> stage, messages);
        AppServices services = new AppServices(new Renderer(new TemplateEngine(Path.of("templates")), fonts), fonts,
                new PreviewRasterizer(80f), (pdf, job) -> false, List.of("letter.html.vm", "briefing.html.vm"),
                Path.of("seeds/sample-campaign"), BundleLoader.STANDARD,
                new SettingsFile(temp.resolve("settings.properties")), dialogs, url -> { });
        window = new MainWindow(stage, services, executor, messages, AppSettings.DEFAULTS.withWindow(1280, 800));
        window.openOrReport(temp.resolve("workspace.db").toString(), () -> { });
        stage.show();
        Thread tour = new Thread(() -> {
            try {
                tour(fonts);
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

    private void tour(FontLibrary fonts) throws Exception {
        until(() -> window.campaign().isPresent());
        until(this::previewShown);
        pause(1000);

        fx(() -> menuItem("menu-newCampaign").fire(), true);
        until(() -> dialogNode("#newCampaignTitle").isPresent());
        fx(() -> {
            text("#newCampaignTitle", "2026 Appeal on made-up examples");
            text("#newCampaignTargetState", "Republic of Korea");
        });
        pause(1000);
        shot("new-campaign-dialog.png", "#newCampaignTitle");
        closeDialogs();

        show("settings");
        fx(() -> ((ListView<?>) stage.getScene().lookup("#settingsLetters")).getSelectionModel().select(0));
        pause(1500);
        shot("campaign-settings.png");

        fx(() -> menuItem("menu-copyCampaign").fire(), true);
        until(() -> dialogNode("#copyTitle").isPresent());
        pause(1000);
        shot("copy-campaign-dialog.png", "#copyTitle");
        closeDialogs();

        show("letter");
        fx(() -> {
            TextInputControl subject = (TextInputControl) stage.getScene().lookup("#subject");
            subject.setText(subject.getText() + " (draft)");
        });
        until(this::previewShown);
        pause(1000);
        fx(() -> menuItem("menu-quit").fire(), true);
        until(() -> dialogNode("#quitCancel").isPresent());
        pause(1000);
        shot("quit-dialog.png", "#quitCancel");
        fx(() -> ((ButtonBase) dialogNode("#quitCancel").orElseThrow()).fire());
        pause(1000);

        Path signed = signedLetter(fonts);
        fx(() -> new VerifyPdfViewModel(new SignatureVerifier(), executor, dialogs, messages)
                .verify(signed, result -> new VerifyPdfDialog(messages, stage).show(result)), true);
        until(() -> dialogNode("#verifyReport").isPresent());
        pause(1000);
        shot("verify-dialog.png", "#verifyReport");
        closeDialogs();
    }

    /** The letter's preview PDF signed with a made-up certificate that keytool makes for the purpose. */
    private Path signedLetter(FontLibrary fonts) throws Exception {
        Path keystore = temp.resolve("made-up-ngo.p12");
        Process keytool = new ProcessBuilder("keytool", "-genkeypair", "-alias", "appeal", "-keyalg", "RSA",
                "-keysize", "2048", "-dname", "CN=Example Rights Watch (made up), O=Example Rights Watch",
                "-validity", "30", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD).inheritIO().start();
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed");
        }
        CompletableFuture<byte[]> pdf = new CompletableFuture<>();
        Platform.runLater(() -> pdf.complete(window.campaign().orElseThrow().viewModel("letter", LetterEditorViewModel.class)
                .preview().lastGoodLetter().orElseThrow().pdf()));
        byte[] signed = new PdfSigner(fonts).sign(pdf.get(30, TimeUnit.SECONDS), SigningKey.load(keystore, PASSWORD.toCharArray()),
                SignatureAppearance.invisible("We support this letter", "Seoul"), SigningProfile.BASELINE_B);
        Path out = temp.resolve("2025-10-28_President_Lee-Jae-myung-signed.pdf");
        Files.write(out, signed);
        return out;
    }

    private boolean previewShown() {
        LetterPreview preview = window.campaign().orElseThrow().viewModel("letter", LetterEditorViewModel.class).preview();
        return preview.stateProperty().get() == LetterPreview.State.UP_TO_DATE && !preview.pages().isEmpty();
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) stage.getScene().lookup("#menubar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no menu item " + id));
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
        shot(name, List.of());
    }

    /** The dialog holding {@code node}, with a margin of the window behind it. */
    private static void shot(String name, String node) throws Exception {
        CompletableFuture<List<String>> crop = new CompletableFuture<>();
        Platform.runLater(() -> {
            Window w = dialogNode(node).orElseThrow().getScene().getWindow();
            int margin = 24;
            int x = Math.max(0, (int) w.getX() - margin);
            int y = Math.max(0, (int) w.getY() - margin);
            crop.complete(List.of("-crop", ((int) w.getWidth() + 2 * margin) + "x" + ((int) w.getHeight() + 2 * margin)
                    + "+" + x + "+" + y, "+repage"));
        });
        shot(name, crop.get(30, TimeUnit.SECONDS));
    }

    private static void shot(String name, List<String> options) throws Exception {
        Path out = Path.of("docs/images").resolve(name);
        List<String> command = new java.util.ArrayList<>(List.of("import", "-window", "root"));
        command.addAll(options);
        command.add(out.toString());
        Process p = new ProcessBuilder(command).inheritIO().start();
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
