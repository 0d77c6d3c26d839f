package org.appeal.ui.shell;

import org.appeal.app.CampaignSession;
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
import java.util.function.Consumer;

/**
 * The window's workspace work: opening a workspace (importing the sample into an empty one),
 * opening a campaign, importing a bundle. All of it runs in the background with the status bar's
 * progress and Cancel, so the window never freezes; the window is told what to show when it is done.
 */
final class WorkspaceController {
    /** What the window shows: whether a workspace is open, its campaigns, the campaign open for editing (or none). */
    record Shown(boolean hasWorkspace, List<Campaign> campaigns, CampaignSession session) {
        static final Shown NOTHING = new Shown(false, List.of(), null);

        Shown {
            campaigns = List.copyOf(campaigns);
        }
    }

    private record Opened(OpenWorkspace workspace, List<Campaign> campaigns, CampaignSession session,
                          Optional<String> sampleProblem) {
    }

    private final AppServices services;
    private final UiExecutor executor;
    private final Messages messages;
    private final SettingsKeeper settings;
    private final Runnable beforeLeaving;
    private final Consumer<Shown> show;
    private OpenWorkspace workspace;

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
            return new Opened(ws, ws.campaigns(), session, sampleProblem);
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
        executor.submit(messages.get("task.openCampaign"), progress -> new Opened(ws, ws.campaigns(),
                ws.openCampaign(campaignId), Optional.empty()), this::shown,
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
                    return new Opened(ws, ws.campaigns(), ws.openCampaign(id), Optional.empty());
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

    private void shown(Opened done) {
        workspace = done.workspace();
        if (done.session() != null) {
            settings.change(s -> s.withLastCampaign(done.session().campaignId()));
        }
        show.accept(new Shown(true, done.campaigns(), done.session()));
    }
}
