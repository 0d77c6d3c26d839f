package org.appeal.ui;

import javafx.application.Application;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.appeal.AppealHome;
import org.appeal.app.AppSettings;
import org.appeal.app.BundleLoader;
import org.appeal.app.PdfPrinter;
import org.appeal.app.PreviewRasterizer;
import org.appeal.app.SettingsFile;
import org.appeal.app.delivery.MailAccount;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.ui.common.FxDialogService;
import org.appeal.ui.common.FxUiExecutor;
import org.appeal.ui.common.Messages;
import org.appeal.ui.screen.AppServices;
import org.appeal.ui.shell.MainWindow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** The desktop app. Started by {@link org.appeal.Main} when it is given no command. */
public final class AppealApp extends Application {
    /** Preview resolution: sharp enough to read at the editor's size, fast enough for a live preview. */
    static final float PREVIEW_DPI = 80f;

    private FxUiExecutor executor;
    private MainWindow window;
    private MailAccount mail;

    @Override
    public void start(Stage stage) {
        long started = System.nanoTime();
        AppealHome home = AppealHome.locate();
        // Fonts and the template engine take a few hundred milliseconds: build them while the window is made.
        CompletableFuture<FontLibrary> fonts = CompletableFuture.supplyAsync(FontLibrary::new);
        CompletableFuture<Renderer> renderer = fonts.thenApply(f -> new Renderer(new TemplateEngine(home.templates()), f));
        loadUiFont();
        SettingsFile settingsFile = SettingsFile.standard();
        AppSettings settings = settingsFile.load();
        Messages messages = new Messages(settings.language().isEmpty() ? Locale.getDefault()
                : Locale.forLanguageTag(settings.language()));
        executor = new FxUiExecutor();
        FxDialogService dialogs = new FxDialogService(() -> stage, messages);
        AppServices services = new AppServices(renderer.join(), fonts.join(), new PreviewRasterizer(PREVIEW_DPI),
                (pdf, job) -> new PdfPrinter().print(pdf, job), templates(home.templates()),
                home.root().resolve("seeds").resolve("sample-campaign"), BundleLoader.STANDARD, settingsFile, dialogs,
                url -> getHostServices().showDocument(url),
                MailAccount.forUser(settingsFile.path(), System.getenv(), Path.of(System.getProperty("user.home"))));
        mail = services.mail();
        window = new MainWindow(stage, services, executor, messages, settings);
        // The workspace opens in the background: the window shows first, the campaign when it is read.
        window.openOrReport(settings.workspace(), () -> report("campaign shown", started));
        stage.setOnShown(e -> report("window shown", started));
        stage.show();
    }

    private static void report(String what, long started) {
        if (Boolean.getBoolean("appeal.reportStartup")) {
            System.out.printf("appeal: %s after %d ms%n", what, (System.nanoTime() - started) / 1_000_000);
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
        if (mail != null) {
            mail.passwords().forgetAll();
        }
    }

    /** Nanum Gothic for the interface, so Hangul shows on machines without a Korean system font. */
    private static void loadUiFont() {
        try (InputStream font = AppealApp.class.getResourceAsStream("/fonts/NanumGothic.ttf")) {
            if (font != null) {
                Font.loadFont(font, 13);
            }
        } catch (IOException e) {
            // The system font still shows Latin text; Hangul may show as boxes.
        }
    }

    static List<String> templates(Path root) {
        try (Stream<Path> files = Files.list(root)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html.vm")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
