package org.appeal.ui.shell;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.appeal.app.AppSettings;
import org.appeal.app.CampaignChange;
import org.appeal.app.CampaignSession;
import org.appeal.app.DocumentsFolder;
import org.appeal.domain.Campaign;
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
 * it keeps unsaved text ({@link UnsavedText}) and the settings.
 */
public final class MainWindow {
    private final Stage stage;
    private final AppServices services;
    private final FxUiExecutor executor;
    private final Messages messages;
    private final StatusLine status = new StatusLine();
    private final SettingsKeeper settings;
    private final SettingsPlaces places;
    private final WorkspaceController workspaces;
    private final MenuBuilder menus;
    private final StatusBar statusBar;
    private final BorderPane root = new BorderPane();
    private final UnsavedText unsaved;
    private WorkspaceController.Shown shown = WorkspaceController.Shown.NOTHING;
    private OpenCampaign campaign;
    private Runnable unsubscribeSettings = () -> { };
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
        places = new SettingsPlaces(settings, DocumentsFolder.standard());
        unsaved = new UnsavedText(stage, this::campaign, services, messages, status);
        workspaces = new WorkspaceController(services, executor, messages, settings, unsaved::keepNow, this::show);
        menus = new MenuBuilder(messages, services, executor, status, stage, workspaces, this::quitIfAgreed,
                this::switchLanguage, places);
        statusBar = new StatusBar(status, executor, messages);
        workspaces.reportTo(status::show);
        root.setId("main-window");
        Scene scene = new Scene(root, initial.windowWidth(), initial.windowHeight());
        scene.getStylesheets().add(MainWindow.class.getResource("/org/appeal/ui/appeal.css").toExternalForm());
        stage.setScene(scene);
        stage.widthProperty().addListener((o, a, b) -> rememberWindowSize());
        stage.heightProperty().addListener((o, a, b) -> rememberWindowSize());
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
            unsubscribeSettings.run();
            campaign = null;
        }
        shown = next;
        if (next.session() != null && campaign == null) {
            campaign = CampaignScreens.open(new ScreenContext(next.session(), services, executor, messages, status,
                    new EditedLetter(next.session().data().letter()), stage, places));
            router = new ScreenRouter(campaign);
            CampaignSession session = next.session();
            unsubscribeSettings = session.changes().subscribe(change -> {
                if (change == CampaignChange.SETTINGS) {
                    Platform.runLater(this::settingsChanged);
                }
            });
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
                () -> campaign == null ? EditActions.NONE : router.current().editActions(), shown));
        root.setBottom(statusBar.node());
        if (campaign == null) {
            Label empty = new Label(messages.get(opening ? "app.opening" : "app.noCampaign"));
            empty.setId(opening ? "opening" : "no-campaign");
            root.setCenter(empty);
            return;
        }
        root.setCenter(router.layout(navigator()));
    }

    private javafx.scene.Node navigator() {
        return new Navigator(messages, shown.campaigns(), shown.archived(), campaign, workspaces::openCampaign,
                router::show, workspaces::restore).node();
    }

    /**
     * The campaign's settings were saved (a new title, say): the window's title and the navigator
     * follow, while the screen shown keeps its place and focus.
     */
    private void settingsChanged() {
        if (campaign == null) {
            return;
        }
        Campaign now = campaign.session().data().campaign();
        shown = new WorkspaceController.Shown(shown.hasWorkspace(), shown.campaigns().stream()
                .map(c -> c.id().equals(now.id()) ? now : c).toList(), shown.archived(), shown.session());
        stage.setTitle(messages.get("app.titleWithCampaign", now.title()));
        router.replaceNavigator(navigator());
    }

    private void rememberWindowSize() {
        if (stage.getWidth() > 0 && stage.getHeight() > 0 && !closed) {
            settings.change(s -> s.withWindow(stage.getWidth(), stage.getHeight()));
        }
    }

    private void quitIfAgreed() {
        if (quit()) {
            stage.close();
        }
    }

    /** Settles unsaved text (the user may cancel) and writes the settings; whether the window may close. */
    private boolean quit() {
        if (!unsaved.settleBeforeQuit()) {
            return false;
        }
        closed = true;
        try {
            settings.close();
        } catch (IOException e) {
            services.dialogs().error(messages.get("error.settingsTitle"), e.getMessage());
        }
        return true;
    }
}
