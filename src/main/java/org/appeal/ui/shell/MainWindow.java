package org.appeal.ui.shell;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.appeal.app.AppSettings;
import org.appeal.app.CampaignSession;
import org.appeal.domain.Campaign;
import org.appeal.store.bundle.BundleException;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.ui.common.FxDebouncer;
import org.appeal.ui.common.FxUiExecutor;
import org.appeal.ui.common.Messages;
import org.appeal.ui.letter.LetterEditorView;
import org.appeal.ui.letter.LetterEditorViewModel;
import org.appeal.ui.recipients.RecipientDialog;
import org.appeal.ui.recipients.RecipientsView;
import org.appeal.ui.recipients.RecipientsViewModel;
import org.appeal.compose.sign.PdfSigner;
import org.appeal.ui.sign.SignPdfDialog;
import org.appeal.ui.sign.SignPdfViewModel;
import org.appeal.ui.signatories.DuplicatesDialog;
import org.appeal.ui.signatories.ImportWizard;
import org.appeal.ui.signatories.SignatoriesView;
import org.appeal.ui.signatories.SignatoriesViewModel;
import org.appeal.ui.signatories.WithdrawalDialog;
import org.appeal.ui.evidence.EvidenceView;
import org.appeal.ui.evidence.EvidenceViewModel;
import org.appeal.ui.timeline.TimelineView;
import org.appeal.ui.timeline.TimelineViewModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The main window: menu, campaign navigator, the selected screen, status bar. It owns the open
 * workspace and campaign; screens get their view-models from here.
 */
public final class MainWindow {
    /** The screens of a campaign, in navigator order. */
    public enum Screen { LETTER, RECIPIENTS, SIGNATORIES, EVIDENCE, TIMELINE }

    private final Stage stage;
    private final AppServices services;
    private final FxUiExecutor executor;
    private final Messages messages;
    private AppSettings settings;

    private Workspace workspace;
    private List<Campaign> campaigns = List.of();
    private CampaignSession session;
    private LetterEditorViewModel letter;
    private RecipientsViewModel recipients;
    private SignatoriesViewModel signatories;
    private TimelineViewModel timeline;
    private EvidenceViewModel evidence;
    private LetterEditorView letterView;
    private Screen screen = Screen.LETTER;
    private final BorderPane root = new BorderPane();
    private final SplitPane content = new SplitPane();
    private final Label status = new Label();
    private final Timeline autosave;

    public MainWindow(Stage stage, AppServices services, FxUiExecutor executor, Messages messages, AppSettings settings) {
        this.stage = stage;
        this.services = services;
        this.executor = executor;
        this.messages = messages;
        this.settings = settings;
        root.setId("main-window");
        Scene scene = new Scene(root, settings.windowWidth(), settings.windowHeight());
        scene.getStylesheets().add(MainWindow.class.getResource("/org/appeal/ui/appeal.css").toExternalForm());
        stage.setScene(scene);
        autosave = new Timeline(new KeyFrame(Duration.seconds(5), e -> autosaveNow()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                autosaveNow();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (!quit()) {
                e.consume();
            }
        });
    }

    /** Opens a workspace (importing the sample campaign into an empty one) and its last campaign. */
    public void open(WorkspaceLocation location) {
        workspace = Workspace.open(location);
        CampaignStore store = new CampaignStore(workspace);
        if (store.campaigns().isEmpty() && services.sampleBundle() != null) {
            try {
                store.importCampaign(new BundleReader().read(services.sampleBundle()));
            } catch (BundleException e) {
                services.dialogs().error(messages.get("error.sampleTitle"), e.getMessage());
            }
        }
        campaigns = store.campaigns();
        String remembered = settings.lastCampaign();
        String campaignId = campaigns.stream().map(Campaign::id).filter(remembered::equals).findFirst()
                .orElse(campaigns.isEmpty() ? null : campaigns.get(0).id());
        settings = settings.withWorkspace(location.sqliteFile().map(Path::toString).orElse(location.jdbcUrl()));
        if (campaignId != null) {
            openCampaign(campaignId);
        } else {
            session = null;
            rebuild();
        }
        autosave.play();
    }

    /**
     * Opens the workspace; if it cannot be opened (a damaged file, an unreachable server), says why
     * and still shows the window, so File → Open or New workspace can get the user going again.
     */
    public void openOrReport(WorkspaceLocation location) {
        try {
            open(location);
        } catch (RuntimeException e) {
            workspace = null;
            session = null;
            letter = null;
            campaigns = List.of();
            rebuild();
            javafx.application.Platform.runLater(() -> services.dialogs().error(messages.get("error.workspaceTitle"),
                    location + "\n\n" + e.getMessage()));
        }
    }

    public void openCampaign(String campaignId) {
        session = CampaignSession.open(workspace, campaignId);
        letter = new LetterEditorViewModel(session, services.renderer(), services.rasterizer(), services.printer(),
                services.templates(), executor, new FxDebouncer(Duration.millis(250)), services.dialogs(), messages);
        recipients = new RecipientsViewModel(session, executor, services.dialogs(), messages, letter::campaignChanged);
        signatories = new SignatoriesViewModel(session, executor, services.dialogs(), messages, letter::campaignChanged,
                letter::draft);
        evidence = new EvidenceViewModel(session, executor, services.dialogs(), messages, letter::campaignChanged);
        timeline = new TimelineViewModel(session, executor, services.dialogs(), messages, letter::campaignChanged);
        settings = settings.withLastCampaign(campaignId);
        screen = Screen.LETTER;
        rebuild();
        letter.refreshNow();
    }

    /** After the window shows: unsaved text from a crash is offered back. */
    public void offerRecovery() {
        if (letter != null) {
            letter.offerRecovery();
        }
    }

    public void show(Screen which) {
        screen = which;
        if (content.getItems().size() == 2) {
            content.getItems().set(1, screenNode());
        }
    }

    public void switchLanguage(Locale locale) {
        messages.switchTo(locale);
        settings = settings.withLanguage(messages.locale().getLanguage());
        rebuild();
        if (letter != null) {
            letter.refreshNow();  // status and problem texts come back in the new language
        }
    }

    public LetterEditorViewModel letter() {
        return letter;
    }

    public RecipientsViewModel recipients() {
        return recipients;
    }

    public EvidenceViewModel evidence() {
        return evidence;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public SignatoriesViewModel signatories() {
        return signatories;
    }

    public AppSettings settings() {
        return settings.withWindow(stage.getWidth(), stage.getHeight());
    }

    private void rebuild() {
        stage.setTitle(session == null ? messages.get("app.title")
                : messages.get("app.titleWithCampaign", session.data().campaign().title()));
        root.setTop(menu());
        root.setBottom(statusBar());
        if (session == null) {
            Label empty = new Label(messages.get("app.noCampaign"));
            empty.setId("no-campaign");
            root.setCenter(empty);
            return;
        }
        letterView = new LetterEditorView(letter, messages);
        content.getItems().setAll(navigator(), screenNode());
        content.setDividerPositions(0.19);
        root.setCenter(content);
    }

    private Node screenNode() {
        return switch (screen) {
            case LETTER -> letterView.node();
            case RECIPIENTS -> new RecipientsView(recipients, messages, new RecipientDialog(messages, stage)).node();
            case SIGNATORIES -> new SignatoriesView(signatories, messages,
                    dropped -> new ImportWizard(messages, stage, services.dialogs()).show(signatories, dropped),
                    () -> new DuplicatesDialog(messages, stage).show(signatories),
                    s -> new WithdrawalDialog(messages, stage).ask(s)).node();
            case EVIDENCE -> new EvidenceView(evidence, messages, stage).node();
            case TIMELINE -> new TimelineView(timeline, messages, services.openUrl()).node();
        };
    }

    private Node navigator() {
        TreeItem<String> rootItem = new TreeItem<>(messages.get("nav.campaigns"));
        rootItem.setExpanded(true);
        TreeView<String> tree = new TreeView<>(rootItem);
        tree.setId("navigator");
        tree.setAccessibleText(messages.get("nav.campaigns"));
        tree.setShowRoot(false);
        for (Campaign campaign : campaigns) {
            TreeItem<String> item = new TreeItem<>(campaign.title().isBlank() ? campaign.id() : campaign.title());
            rootItem.getChildren().add(item);
            if (campaign.id().equals(session.campaignId())) {
                item.setExpanded(true);
                for (Screen s : Screen.values()) {
                    item.getChildren().add(new TreeItem<>(messages.get("nav." + s.name().toLowerCase())));
                }
            }
        }
        tree.setCellFactory(t -> {
            Tooltip fullText = new Tooltip();
            javafx.scene.control.TreeCell<String> cell = new javafx.scene.control.TreeCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    fullText.setText(item);
                    setTooltip(empty ? null : fullText);
                    setId(empty ? null : navId(getTreeItem()));
                }
            };
            // A row asks for no width of its own, so every row is exactly as wide as the navigator and a long
            // campaign title ends in an ellipsis (the tooltip has it whole): no horizontal scroll bar, and no
            // row reaching under the divider, whatever the font and window size.
            cell.setPrefWidth(0);
            cell.setTextOverrun(OverrunStyle.ELLIPSIS);
            return cell;
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> navigate(item, rootItem));
        return tree;
    }

    private String navId(TreeItem<String> item) {
        if (item == null || item.getParent() == null) {
            return null;
        }
        int index = item.getParent().getChildren().indexOf(item);
        return item.isLeaf() && item.getParent().getParent() != null ? "nav-" + Screen.values()[index].name().toLowerCase()
                : "nav-campaign-" + index;
    }

    private void navigate(TreeItem<String> item, TreeItem<String> rootItem) {
        if (item == null) {
            return;
        }
        if (item.getParent() == rootItem) {
            String id = campaigns.get(rootItem.getChildren().indexOf(item)).id();
            if (!id.equals(session.campaignId())) {
                openCampaign(id);
            }
        } else {
            show(Screen.values()[item.getParent().getChildren().indexOf(item)]);
        }
    }

    private MenuBar menu() {
        Menu file = new Menu(messages.get("menu.file"));
        file.setId("menu-file");
        MenuItem newWorkspace = item("menu.newWorkspace", null, e -> services.dialogs()
                .chooseSaveFile(messages.get("menu.newWorkspace"), "workspace.db", "db").ifPresent(p -> switchWorkspace(p.toString())));
        MenuItem openWorkspace = item("menu.openWorkspace", "Shortcut+O", e -> services.dialogs()
                .chooseOpenFile(messages.get("menu.openWorkspace"), "db").ifPresent(p -> switchWorkspace(p.toString())));
        Menu recent = new Menu(messages.get("menu.recent"));
        recent.setId("menu-recent");
        for (String w : settings.recentWorkspaces()) {
            MenuItem entry = new MenuItem(w);
            entry.setOnAction(e -> switchWorkspace(w));
            recent.getItems().add(entry);
        }
        recent.setDisable(settings.recentWorkspaces().isEmpty());
        MenuItem importBundle = item("menu.importBundle", null, e -> importBundle());
        MenuItem save = item("menu.save", "Shortcut+S", e -> letter.save());
        MenuItem export = item("menu.export", "Shortcut+E", e -> letter.exportSelected());
        MenuItem exportAll = item("menu.exportAll", "Shortcut+Shift+E", e -> letter.exportAll());
        MenuItem print = item("menu.print", "Shortcut+P", e -> letter.print());
        MenuItem sign = item("menu.sign", null, e -> new SignPdfDialog(messages, stage, services.dialogs()).show(
                new SignPdfViewModel(new PdfSigner(services.fonts()), executor, services.dialogs(), messages),
                signed -> {
                    if (letter != null) {
                        letter.statusProperty().set(messages.get("status.signed", signed));
                    }
                }));
        MenuItem quit = item("menu.quit", "Shortcut+Q", e -> {
            if (quit()) {
                stage.close();
            }
        });
        List.of(save, export, exportAll, print).forEach(i -> i.setDisable(session == null));
        importBundle.setDisable(workspace == null);
        file.getItems().addAll(newWorkspace, openWorkspace, recent, importBundle, new SeparatorMenuItem(), save, export,
                exportAll, print, sign, new SeparatorMenuItem(), quit);

        Menu edit = new Menu(messages.get("menu.edit"));
        edit.setId("menu-edit");
        MenuItem undo = item("menu.undo", "Shortcut+Z", e -> focusedText().ifPresent(TextInputControl::undo));
        MenuItem redo = item("menu.redo", "Shortcut+Shift+Z", e -> focusedText().ifPresent(TextInputControl::redo));
        edit.getItems().addAll(undo, redo);

        Menu view = new Menu(messages.get("menu.view"));
        view.setId("menu-view");
        Menu language = new Menu(messages.get("menu.language"));
        language.setId("menu-language");
        ToggleGroup languages = new ToggleGroup();
        for (Locale locale : Messages.LANGUAGES) {
            RadioMenuItem choice = new RadioMenuItem(locale.getDisplayLanguage(locale));
            choice.setId("language-" + locale.getLanguage());
            choice.setToggleGroup(languages);
            choice.setSelected(locale.equals(messages.locale()));
            choice.setOnAction(e -> switchLanguage(locale));
            language.getItems().add(choice);
        }
        view.getItems().add(language);
        MenuBar bar = new MenuBar(file, edit, view);
        bar.setId("menubar");
        return bar;
    }

    private MenuItem item(String key, String accelerator, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(key.replace('.', '-'));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(action);
        return item;
    }

    /** Undo and redo act on the text field being edited, as in every editor. */
    private Optional<TextInputControl> focusedText() {
        return stage.getScene().getFocusOwner() instanceof TextInputControl text ? Optional.of(text) : Optional.empty();
    }

    private Node statusBar() {
        status.setId("status");
        if (letter != null) {
            status.textProperty().bind(letter.statusProperty());
        }
        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.setPrefWidth(160);
        Button cancel = new Button(messages.get("status.cancel"));
        cancel.setId("cancelTask");
        progress.visibleProperty().bind(Bindings.createBooleanBinding(() -> running(executor.currentTask().get()),
                executor.currentTask()));
        executor.currentTask().addListener((o, old, task) -> {
            if (task != null) {
                progress.progressProperty().bind(task.progressProperty());
                progress.visibleProperty().bind(task.runningProperty());
                cancel.visibleProperty().bind(task.runningProperty());
                cancel.setOnAction(e -> task.cancel());
            }
        });
        cancel.setVisible(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, status, spacer, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static boolean running(Task<?> task) {
        return task != null && task.isRunning();
    }

    private void switchWorkspace(String pathOrUrl) {
        autosaveNow();
        try {
            open(WorkspaceLocation.parse(pathOrUrl));
        } catch (RuntimeException e) {
            services.dialogs().error(messages.get("error.workspaceTitle"), pathOrUrl + ": " + e.getMessage());
        }
    }

    private void importBundle() {
        services.dialogs().chooseFolder(messages.get("menu.importBundle")).ifPresent(folder -> {
            try {
                var data = new BundleReader().read(folder);
                new CampaignStore(workspace).importCampaign(data);
                campaigns = new CampaignStore(workspace).campaigns();
                openCampaign(data.campaign().id());
            } catch (BundleException e) {
                services.dialogs().error(messages.get("error.importTitle"), e.getMessage());
            } catch (RuntimeException e) {
                services.dialogs().error(messages.get("error.importTitle"), e.getMessage());
            }
        });
    }

    private void autosaveNow() {
        if (letter != null) {
            letter.autosave();
        }
    }

    /** Saves settings; unsaved text is kept as a recovery copy, after the user agrees to quit. */
    private boolean quit() {
        if (letter != null && letter.dirtyProperty().get()) {
            if (!services.dialogs().confirm(messages.get("quit.title"), messages.get("quit.unsaved"))) {
                return false;
            }
            session.autosave(letter.draft());
        }
        autosave.stop();
        try {
            services.settings().save(settings());
        } catch (IOException e) {
            services.dialogs().error(messages.get("error.settingsTitle"), e.getMessage());
        }
        return true;
    }

    Parent root() {
        return root;
    }
}
