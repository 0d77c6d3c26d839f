package org.appeal.ui.shell;

import org.appeal.app.CampaignCopy;
import org.appeal.app.CampaignSession;
import org.appeal.app.NewCampaign;
import org.appeal.app.OpenWorkspace;
import org.appeal.domain.Campaign;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A campaign's life in the open workspace: made new or from a copy, archived, restored, deleted.
 * Each change runs in the background and ends with the campaign to show next and a line of news.
 */
final class CampaignLifecycle {
    private final UiExecutor executor;
    private final Messages messages;
    private final DialogService dialogs;
    private final Runnable beforeLeaving;
    private final Supplier<OpenWorkspace> workspace;
    private final Consumer<WorkspaceController.Opened> shown;
    private final Consumer<String> status;

    /**
     * @param workspace the workspace open now (null if none)
     * @param shown     shows what the change left open (on the FX thread)
     * @param status    the status line, for the news
     */
    CampaignLifecycle(UiExecutor executor, Messages messages, DialogService dialogs, Runnable beforeLeaving,
                      Supplier<OpenWorkspace> workspace, Consumer<WorkspaceController.Opened> shown,
                      Consumer<String> status) {
        this.executor = executor;
        this.messages = messages;
        this.dialogs = dialogs;
        this.beforeLeaving = beforeLeaving;
        this.workspace = workspace;
        this.shown = shown;
        this.status = status;
    }

    void create(NewCampaign form) {
        OpenWorkspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        beforeLeaving.run();
        executor.submit(messages.get("task.newCampaign"),
                progress -> new WorkspaceController.Opened(ws, ws.openCampaign(ws.create(form))), done -> {
                    shown.accept(done);
                    status.accept(messages.get("status.campaignCreated", form.title()));
                }, this::failed);
    }

    void copy(String sourceId, String title, Set<CampaignCopy.Part> parts) {
        OpenWorkspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        beforeLeaving.run();
        executor.submit(messages.get("task.copyCampaign"),
                progress -> new WorkspaceController.Opened(ws, ws.openCampaign(ws.copy(sourceId, title, parts))), done -> {
                    shown.accept(done);
                    status.accept(messages.get("status.campaignCopied", title));
                }, this::failed);
    }

    void archive(CampaignSession open) {
        OpenWorkspace ws = workspace.get();
        beforeLeaving.run();
        String title = open.data().campaign().title();
        executor.submit(messages.get("task.archiveCampaign"), progress -> {
            ws.archive(open.campaignId(), true, open.campaignVersion());
            return new WorkspaceController.Opened(ws, next(ws, open.campaignId()).map(ws::openCampaign).orElse(null));
        }, done -> {
            shown.accept(done);
            status.accept(messages.get("status.campaignArchived", title));
        }, this::failed);
    }

    void restore(String campaignId) {
        OpenWorkspace ws = workspace.get();
        beforeLeaving.run();
        executor.submit(messages.get("task.restoreCampaign"), progress -> {
            ws.restore(campaignId);
            return new WorkspaceController.Opened(ws, ws.openCampaign(campaignId));
        }, done -> {
            shown.accept(done);
            status.accept(messages.get("status.campaignRestored", done.session().data().campaign().title()));
        }, this::failed);
    }

    void delete(CampaignSession open, Predicate<OpenWorkspace.DeletionImpact> confirm) {
        OpenWorkspace ws = workspace.get();
        executor.submit(messages.get("task.readCampaign"), progress -> ws.deletionImpact(open.campaignId()), impact -> {
            if (!confirm.test(impact)) {
                return;
            }
            executor.submit(messages.get("task.deleteCampaign"), progress -> {
                ws.delete(open.campaignId(), open.campaignVersion());
                return new WorkspaceController.Opened(ws, next(ws, open.campaignId()).map(ws::openCampaign).orElse(null));
            }, done -> {
                shown.accept(done);
                status.accept(messages.get("status.campaignDeleted", impact.title()));
            }, this::failed);
        }, this::failed);
    }

    private void failed(Throwable failure) {
        dialogs.error(messages.get("error.campaignTitle"), failure.getMessage());
    }

    /** The campaign to open once {@code leaving} is archived or deleted: the first other one not archived. */
    private static Optional<String> next(OpenWorkspace ws, String leaving) {
        Set<String> archived = ws.archived();
        return ws.campaigns().stream().map(Campaign::id)
                .filter(id -> !id.equals(leaving) && !archived.contains(id)).findFirst();
    }
}
