package org.appeal.ui.shell;

import org.appeal.app.CampaignCopy;
import org.appeal.app.CampaignSession;
import org.appeal.app.NewCampaign;
import org.appeal.app.OpenWorkspace;
import org.appeal.domain.Campaign;
import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleException;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.ProblemWording;
import org.appeal.ui.common.UiExecutor;
import org.appeal.ui.screen.AppServices;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The window's workspace work: opening a workspace (importing the sample into an empty one),
 * opening a campaign, importing a bundle. All of it runs in the background with the status bar's
 * progress and Cancel, so the window never freezes; the window is told what to show when it is done.
 */
final class WorkspaceController {
    /**
     * What the window shows: whether a workspace is open, its campaigns (the archived ones only
     * when asked for), which of those are archived, the campaign open for editing (or none).
     */
    record Shown(boolean hasWorkspace, List<Campaign> campaigns, Set<String> archived, CampaignSession session) {
        static final Shown NOTHING = new Shown(false, List.of(), Set.of(), null);

        Shown {
            campaigns = List.copyOf(campaigns);
            archived = Set.copyOf(archived);
        }

        Shown(boolean hasWorkspace, List<Campaign> campaigns, CampaignSession session) {
            this(hasWorkspace, campaigns, Set.of(), session);
        }

        boolean openIsArchived() {
            return session != null && archived.contains(session.campaignId());
        }
    }

    /** What a background opening or change leaves open. */
    record Opened(OpenWorkspace workspace, List<Campaign> campaigns, Set<String> archived,
                          CampaignSession session, Optional<String> sampleProblem) {
        Opened(OpenWorkspace workspace, CampaignSession session) {
            this(workspace, workspace.campaigns(), workspace.archived(), session, Optional.empty());
        }
    }

    private final AppServices services;
    private final UiExecutor executor;
    private final Messages messages;
    private final SettingsKeeper settings;
    private final Runnable beforeLeaving;
    private final Consumer<Shown> show;
    private OpenWorkspace workspace;
    private boolean showArchived;
    private final CampaignLifecycle lifecycle;
    private Consumer<String> status = message -> { };

    /**
     * @param beforeLeaving keeps unsaved work before another campaign or workspace replaces it
     * @param show          shows what was opened (on the FX thread)
     */
    WorkspaceController(AppServices services, UiExecutor executor, Messages messages, SettingsKeeper settings,
                        Runnable beforeLeaving, Consumer<Shown> show) {
        this.services = services;
        this.executor = executor;
        this.messages = messages;
        this.settings = settings;
        this.beforeLeaving = beforeLeaving;
        this.show = show;
        this.lifecycle = new CampaignLifecycle(executor, messages, services.dialogs(), beforeLeaving,
                () -> workspace, this::shown, message -> status.accept(message));
    }

    /** Where news of campaigns made, archived or deleted is told (the status line). */
    void reportTo(Consumer<String> statusLine) {
        this.status = statusLine;
    }

    boolean hasWorkspace() {
        return workspace != null;
    }

    /**
     * At start: the workspace and the campaign opened last. If it cannot be opened (a damaged file,
     * an unreachable server), says why and leaves the window empty, so File → Open or New workspace
     * can get the user going again.
     *
     * @param remembered the workspace's file or URL as the settings have it; empty for the default file
     * @param opened     runs once a campaign has opened
     */
    void openAtStart(String remembered, Runnable opened) {
        WorkspaceLocation location;
        try {
            location = remembered.isEmpty() ? WorkspaceLocation.defaultSqlite() : WorkspaceLocation.parse(remembered);
        } catch (RuntimeException e) {
            nothingOpen(remembered, e);
            return;
        }
        open(location, opened, failure -> nothingOpen(location.toString(), failure));
    }

    private void nothingOpen(String where, Throwable why) {
        workspace = null;
        show.accept(Shown.NOTHING);
        services.dialogs().error(messages.get("error.workspaceTitle"), where + "\n\n" + why.getMessage());
    }

    /** File → Open, New or a recent workspace; if it cannot be opened, the one open stays. */
    void switchTo(String pathOrUrl) {
        WorkspaceLocation location;
        try {
            location = WorkspaceLocation.parse(pathOrUrl);
        } catch (RuntimeException e) {
            services.dialogs().error(messages.get("error.workspaceTitle"), pathOrUrl + ": " + e.getMessage());
            return;
        }
        beforeLeaving.run();
        open(location, () -> { }, failure -> services.dialogs().error(messages.get("error.workspaceTitle"),
                pathOrUrl + ": " + failure.getMessage()));
    }

    void chooseNew() {
        services.dialogs().chooseSaveFile(messages.get("menu.newWorkspace"), "workspace.db", "db")
                .ifPresent(p -> switchTo(p.toString()));
    }

    void chooseExisting() {
        services.dialogs().chooseOpenFile(messages.get("menu.openWorkspace"), "db").ifPresent(p -> switchTo(p.toString()));
    }

    private void open(WorkspaceLocation location, Runnable opened, Consumer<Throwable> failed) {
        String remembered = settings.current().lastCampaign();
        executor.submit(messages.get("task.openWorkspace"), progress -> {
            OpenWorkspace ws = OpenWorkspace.open(location, services.bundles());
            Optional<String> sampleProblem = Optional.empty();
            try {
                ws.importSampleIfEmpty(services.sampleBundle());
            } catch (BundleException e) {
                sampleProblem = Optional.of(e.getMessage());
            }
            CampaignSession session = ws.campaignToOpen(remembered).map(ws::openCampaign).orElse(null);
            return new Opened(ws, ws.campaigns(), ws.archived(), session, sampleProblem);
        }, done -> {
            settings.change(s -> s.withWorkspace(done.workspace().label()));
            shown(done);
            done.sampleProblem().ifPresent(problem -> services.dialogs().error(messages.get("error.sampleTitle"), problem));
            if (done.session() != null) {
                opened.run();
            }
        }, failed);
    }

    /** The navigator's choice: another campaign of the workspace. */
    void openCampaign(String campaignId) {
        OpenWorkspace ws = workspace;
        beforeLeaving.run();
        executor.submit(messages.get("task.openCampaign"), progress -> new Opened(ws, ws.openCampaign(campaignId)), this::shown,
                failure -> services.dialogs().error(messages.get("error.workspaceTitle"), failure.getMessage()));
    }

    /**
     * File → Import campaign bundle: read (the slow part; Cancel stops it before anything is
     * written), then written in one transaction and opened.
     */
    void importBundle() {
        OpenWorkspace ws = workspace;
        if (ws == null) {
            return;
        }
        services.dialogs().chooseFolder(messages.get("menu.importBundle")).ifPresent(folder ->
                executor.submit(messages.get("task.importBundle"), progress -> {
                    CampaignData data = ws.readBundle(folder);
                    if (progress.isCancelled()) {
                        return null;
                    }
                    String id = ws.importCampaign(data);
                    return new Opened(ws, ws.openCampaign(id));
                }, done -> {
                    if (workspace == ws) {  // not if another workspace was opened meanwhile
                        beforeLeaving.run();
                        shown(done);
                    }
                }, failure -> importFailed(folder, failure)));
    }

    /** A bundle's problems all at once, in plain words first; anything else as the one message it is. */
    private void importFailed(java.nio.file.Path folder, Throwable failure) {
        if (failure instanceof BundleException bundle) {
            ProblemWording wording = new ProblemWording(messages);
            services.dialogs().problems(messages.get("error.importTitle"),
                    messages.get("problems.bundleHeader", folder.getFileName() == null ? folder : folder.getFileName(),
                            bundle.problems().size()),
                    bundle.problems().stream().map(wording::of).toList());
        } else {
            services.dialogs().error(messages.get("error.importTitle"), failure.getMessage());
        }
    }

    /** File → New campaign: made in the background, then opened on its Letter screen. */
    void create(NewCampaign form) {
        lifecycle.create(form);
    }

    /** File → New campaign from a copy: the copy is made in one transaction and opened. */
    void copy(String sourceId, String title, Set<CampaignCopy.Part> parts) {
        lifecycle.copy(sourceId, title, parts);
    }

    /**
     * Archives the open campaign (kept whole, out of the list) and opens the next one; refused
     * when someone changed the campaign since it was opened.
     */
    void archive(CampaignSession open) {
        lifecycle.archive(open);
    }

    /** Restores an archived campaign (View → Show archived, or the open one) and opens it. */
    void restore(String campaignId) {
        lifecycle.restore(campaignId);
    }

    /**
     * File → Delete campaign: what would be lost is read first, {@code confirm} asks (the dialog),
     * then the campaign goes in one transaction, refused if someone changed it since it was opened.
     */
    void delete(CampaignSession open, Predicate<OpenWorkspace.DeletionImpact> confirm) {
        lifecycle.delete(open, confirm);
    }

    /** View → Show archived: the list shows archived campaigns too (marked), or hides them again. */
    void showArchived(boolean show, CampaignSession open) {
        showArchived = show;
        OpenWorkspace ws = workspace;
        if (ws == null) {
            return;
        }
        executor.submit(messages.get("task.openWorkspace"), progress -> new Opened(ws, open), this::shown,
                failure -> services.dialogs().error(messages.get("error.workspaceTitle"), failure.getMessage()));
    }

    boolean showingArchived() {
        return showArchived;
    }

    private void shown(Opened done) {
        workspace = done.workspace();
        if (done.session() != null) {
            settings.change(s -> s.withLastCampaign(done.session().campaignId()));
        }
        // An archived campaign stays listed while it is the one open, so the window can say what it shows.
        List<Campaign> listed = done.campaigns().stream().filter(c -> showArchived || !done.archived().contains(c.id())
                || done.session() != null && c.id().equals(done.session().campaignId())).toList();
        show.accept(new Shown(true, listed, done.archived(), done.session()));
    }
}
