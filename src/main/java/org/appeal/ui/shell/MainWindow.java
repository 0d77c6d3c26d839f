package org.appeal.ui.shell;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.appeal.app.AppSettings;
import org.appeal.ui.common.FxDebouncer;
import org.appeal.ui.common.FxUiExecutor;
import org.appeal.ui.common.Messages;
import org.appeal.ui.screen.AppServices;
import org.appeal.ui.screen.CampaignScreen;
import org.appeal.ui.screen.EditActions;
import org.appeal.ui.screen.EditedLetter;
import org.appeal.ui.screen.ScreenContext;
import org.appeal.ui.screen.StatusLine;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The main window: menu, navigator, the screen shown, status bar. It shows what the
 * {@link WorkspaceController} opened and lists the campaign's screens from {@link CampaignScreens};
 * it keeps unsaved text (every few seconds, on losing focus, at quit) and the settings.
 */
public final class MainWindow {
    private final Stage stage;
    private final AppServices services;
    private final FxUiExecutor executor;
    private final Messages messages;
    private final StatusLine status = new StatusLine();
    private final SettingsKeeper settings;
    private final WorkspaceController workspaces;
    private final MenuBuilder menus;
    private final StatusBar statusBar;
    private final BorderPane root = new BorderPane();
    private final Timeline autosave;
    private WorkspaceController.Shown shown = WorkspaceController.Shown.NOTHING;
    private OpenCampaign campaign;
    private ScreenRouter router;
    private boolean opening = true;
    private boolean closed;

    public MainWindow(Stage stage, AppServices services, FxUiExecutor executor, Messages messages, AppSettings initial) {
        this.stage = stage;
        this.services = services;
        this.executor = executor;
        this.messages = messages;
        settings = new SettingsKeeper(services.settings(), initial, new FxDebouncer(Duration.seconds(1)),
                failure -> status.show(messages.get("status.settingsFailed", failure.getMessage())));
        workspaces = new WorkspaceController(services, executor, messages, settings, this::autosaveNow, this::show);
        menus = new MenuBuilder(messages, services, executor, status, stage, workspaces, this::quitIfAgreed,
                this::switchLanguage);
        statusBar = new StatusBar(status, executor, messages);
        root.setId("main-window");
        Scene scene = new Scene(root, initial.windowWidth(), initial.windowHeight());
        scene.getStylesheets().add(MainWindow.class.getResource("/org/appeal/ui/appeal.css").toExternalForm());
        stage.setScene(scene);
        stage.widthProperty().addListener((o, a, b) -> rememberWindowSize());
        stage.heightProperty().addListener((o, a, b) -> rememberWindowSize());
        autosave = new Timeline(new KeyFrame(Duration.seconds(5), e -> autosaveNow()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !closed) {
                autosaveNow();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (!quit()) {
                e.consume();
            }
        });
        rebuild();
    }

    /**
     * Opens the workspace and its last campaign in the background, then offers back unsaved text a
     * crash left; if the workspace cannot be opened, says why and shows the window empty.
     *
     * @param workspace its file or URL as the settings have it; empty for the default file
     * @param opened    runs once the campaign shows, before the recovery copy is offered
     */
    public void openOrReport(String workspace, Runnable opened) {
        workspaces.openAtStart(workspace, () -> {
            opened.run();
            campaign().ifPresent(c -> c.letter().offerRecovery());
        });
    }

    /** The campaign shown, with its screens; empty while none is open. */
    public Optional<OpenCampaign> campaign() {
        return Optional.ofNullable(campaign);
    }

    public void switchLanguage(Locale locale) {
        messages.switchTo(locale);
        settings.change(s -> s.withLanguage(messages.locale().getLanguage()));
        campaign().ifPresent(c -> c.screens().forEach(CampaignScreen::relabel));
        statusBar.relabel();
        rebuild();
    }

    private void show(WorkspaceController.Shown next) {
        opening = false;
        if (campaign != null && campaign.session() != next.session()) {
            campaign.close();
            campaign = null;
        }
        shown = next;
        if (next.session() != null && campaign == null) {
            campaign = CampaignScreens.open(new ScreenContext(next.session(), services, executor, messages, status,
                    new EditedLetter(next.session().data().letter()), stage));
            router = new ScreenRouter(campaign);
            rebuild();
            campaign.screens().forEach(CampaignScreen::opened);
        } else {
            rebuild();
        }
    }

    private void rebuild() {
        stage.setTitle(campaign == null ? messages.get("app.title")
                : messages.get("app.titleWithCampaign", campaign.session().data().campaign().title()));
        root.setTop(menus.build(settings.current().recentWorkspaces(), campaign(),
                () -> campaign == null ? EditActions.NONE : router.current().editActions()));
        root.setBottom(statusBar.node());
        if (campaign == null) {
            Label empty = new Label(messages.get(opening ? "app.opening" : "app.noCampaign"));
            empty.setId(opening ? "opening" : "no-campaign");
            root.setCenter(empty);
            return;
        }
        root.setCenter(router.layout(new Navigator(messages, shown.campaigns(), campaign, workspaces::openCampaign,
                router::show).node()));
    }

    private void rememberWindowSize() {
        if (stage.getWidth() > 0 && stage.getHeight() > 0 && !closed) {
            settings.change(s -> s.withWindow(stage.getWidth(), stage.getHeight()));
        }
    }

    private void autosaveNow() {
        campaign().ifPresent(c -> c.letter().autosave());
    }

    private void quitIfAgreed() {
        if (quit()) {
            stage.close();
        }
    }

    /** Unsaved text is kept as a recovery copy once the user agrees to quit; the settings are written. */
    private boolean quit() {
        if (campaign != null && campaign.letter().unsaved()) {
            if (!services.dialogs().confirm(messages.get("quit.title"), messages.get("quit.unsaved"))) {
                return false;
            }
            campaign.letter().keepForRecoveryNow();
        }
        autosave.stop();
        closed = true;
        try {
            settings.close();
        } catch (IOException e) {
            services.dialogs().error(messages.get("error.settingsTitle"), e.getMessage());
        }
        return true;
    }
}
