package org.appeal.ui;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.appeal.app.AppSettings;
import org.appeal.app.BundleLoader;
import org.appeal.app.CampaignSession;
import org.appeal.app.PreviewRasterizer;
import org.appeal.app.SettingsFile;
import org.appeal.app.delivery.DeliveryRecords;
import org.appeal.app.delivery.MailSettingsFile;
import org.appeal.app.delivery.SmtpSecurity;
import org.appeal.app.delivery.SmtpSettings;
import org.appeal.app.delivery.TestMailServer;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.domain.Delivery;
import org.appeal.domain.Recipient;
import org.appeal.export.BatchExport;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.FxDialogService;
import org.appeal.ui.common.FxUiExecutor;
import org.appeal.ui.common.Messages;
import org.appeal.ui.delivery.DeliveryViewModel;
import org.appeal.ui.screen.AppServices;
import org.appeal.ui.shell.MainWindow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Opens the real main window on the sample campaign in a temp folder, with the two ministers given
 * made-up e-mail addresses, a made-up fax receipt for the unification minister, and the letters sent
 * to an in-process GreenMail that refuses one address; then shows the Delivery screen for the user
 * guide's screenshots. Not a test: run under a display (Xvfb) with the test classpath.
 * Argument: {@code screen}, {@code account} (the mail account dialog) or {@code record} (the record form).
 */
public final class DeliveryScreenshotScene {
    private DeliveryScreenshotScene() {
    }

    public static void main(String[] args) {
        Application.launch(Scene.class, args);
    }

    public static final class Scene extends Application {
        private List<Path> letters;

        @Override
        public void start(Stage stage) throws Exception {
            String mode = getParameters().getRaw().isEmpty() ? "screen" : getParameters().getRaw().get(0);
            Path temp = Files.createTempDirectory("appeal-delivery-shots");
            Workspace workspace = Workspace.open(WorkspaceLocation.sqlite(temp.resolve("workspace.db")));
            new CampaignStore(workspace).importCampaign(new BundleReader().read(Path.of("seeds/sample-campaign")));
            FontLibrary fonts = new FontLibrary();
            Renderer renderer = new Renderer(new TemplateEngine(Path.of("templates")), fonts);
            CampaignSession session = CampaignSession.open(workspace, "rok-unga80-dprk-2025");
            for (Recipient r : session.data().recipients()) {
                String email = r.id().equals("prime-minister") ? "pm-office@example.invalid"
                        : r.id().equals("foreign-minister") ? "fm-office@example.invalid" : null;
                if (email != null) {
                    session.saveRecipient(new Recipient(r.id(), r.role(), r.position(), r.formOfAddress(), r.name(),
                            r.title(), r.office(), r.addressLines(), r.fax(), email));
                }
            }
            letters = new BatchExport(renderer).export(session.data(), session.data().recipients(), temp.resolve("letters"),
                    (d, t, m) -> { }, () -> false).files();
            session.recordExport();
            if (!mode.equals("record")) {
                new DeliveryRecords(workspace).recordSending(session.data(), "letter", 1, session.data().recipients().get(0),
                        Delivery.Channel.FAX, Delivery.Status.SENT, Instant.now().minusSeconds(3600), "+82 2-770-4721",
                        "FAX-2025-1031-07", "receipt filed (a made-up example)", letters.get(0));
            }
            TestMailServer server = new TestMailServer(Set.of("fm-office@example.invalid"));
            server.start();
            Path settings = temp.resolve("settings.properties");
            MailSettingsFile.besides(settings).save(new SmtpSettings("localhost", server.port(), SmtpSecurity.NONE, "",
                    "letters@coalition.example", "Korea Rights Coalition", false));
            FxDialogService fx = new FxDialogService(() -> stage, new Messages(Locale.ENGLISH));
            DialogService dialogs = new DialogService() {
                public void error(String title, String message) { fx.error(title, message); }
                public void info(String title, String message) { fx.info(title, message); }
                public boolean confirm(String title, String message) { return fx.confirm(title, message); }
                public Optional<Path> chooseSaveFile(String t, String s, String e) { return fx.chooseSaveFile(t, s, e); }
                public Optional<Path> chooseOpenFile(String title, String extension) { return Optional.of(letters.get(3)); }
                public Optional<Path> chooseFolder(String title) { return Optional.of(temp.resolve("letters")); }
            };
            AppServices services = new AppServices(renderer, fonts, new PreviewRasterizer(80f), (pdf, job) -> false,
                    List.of("letter.html.vm"), Path.of("seeds/sample-campaign"), BundleLoader.STANDARD,
                    new SettingsFile(settings), dialogs, url -> { });
            MainWindow window = new MainWindow(stage, services, new FxUiExecutor(), new Messages(Locale.ENGLISH),
                    AppSettings.DEFAULTS);
            window.openOrReport(temp.resolve("workspace.db").toString(), () -> later(2, () -> {
                TreeCell<?> row = (TreeCell<?>) stage.getScene().lookup("#nav-delivery");
                select(row);
                later(2, () -> {
                    DeliveryViewModel model = window.campaign().orElseThrow().viewModel("delivery", DeliveryViewModel.class);
                    ((Button) stage.getScene().lookup("#deliveryChooseFolder")).fire();
                    if (mode.equals("record")) {
                        recordForm(stage);
                        return;
                    }
                    model.send(null);
                    later(6, () -> {
                        if (mode.equals("account")) {
                            accountDialog(stage);
                        } else {
                            ((TableView<?>) stage.getScene().lookup("#deliveryList")).getSelectionModel().select(1);
                        }
                    });
                });
            }));
            stage.show();
        }

        private void accountDialog(Stage stage) {
            Platform.runLater(() -> {
                Node pane = dialog("#mail-settings-dialog");
                ((TextField) pane.lookup("#mailHost")).setText("smtp.example.org");
                ((ChoiceBox<?>) pane.lookup("#mailSecurity")).getSelectionModel().select(0);
                ((TextField) pane.lookup("#mailPort")).setText("587");
                ((TextField) pane.lookup("#mailUser")).setText("letters@coalition.example");
            });
            ((Button) stage.getScene().lookup("#deliveryAccount")).fire();
        }

        private void recordForm(Stage stage) {
            TableView<?> table = (TableView<?>) stage.getScene().lookup("#deliveryRecipients");
            table.getSelectionModel().select(3);
            Platform.runLater(() -> {
                Node pane = dialog("#record-delivery-dialog");
                ((TextField) pane.lookup("#recordReference")).setText("FAX-2025-1031-12");
                ((TextArea) pane.lookup("#recordNote")).setText("Sent from the office fax; the receipt is filed.");
                ((Button) pane.lookup("#recordChooseFile")).fire();
            });
            ((Button) stage.getScene().lookup("#deliveryRecord")).fire();
        }

        private static Node dialog(String id) {
            return Window.getWindows().stream().map(w -> w.getScene().lookup(id)).filter(n -> n != null)
                    .findFirst().orElseThrow();
        }

        private static <T> void select(TreeCell<T> cell) {
            cell.getTreeView().getSelectionModel().select(cell.getTreeItem());
        }

        private static void later(double seconds, Runnable action) {
            PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
            pause.setOnFinished(e -> Platform.runLater(action));
            pause.play();
        }
    }
}
