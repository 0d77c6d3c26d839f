package org.appeal.ui.signatories;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import org.appeal.app.CampaignSession;
import org.appeal.store.ImportException;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.ProblemWording;
import org.appeal.ui.common.UiExecutor;
import org.appeal.ui.screen.StatusLine;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Importing a sign-on sheet: a dry run first (what would be added, updated, rejected), then the
 * import in one transaction; the problems in plain words, what was done on the status line.
 */
final class SheetImport {
    private final CampaignSession session;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final StatusLine status;
    private final StringProperty notice;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    /** @param notice where the screen shows what the import did */
    SheetImport(CampaignSession session, UiExecutor executor, DialogService dialogs, Messages messages,
                StatusLine status, StringProperty notice) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.status = status;
        this.notice = notice;
    }

    void plan(Path sheet, SheetImportChoices choices, Consumer<SheetImportPreview> show) {
        busy.set(true);
        executor.submit(messages.get("task.planImport"), progress -> session.planSheet(sheet, choices.options()),
                plan -> {
                    busy.set(false);
                    show.accept(SheetImportPreview.of(plan, messages));
                },
                failure -> {
                    busy.set(false);
                    failed(sheet, failure);
                });
    }

    void apply(Path sheet, SheetImportChoices choices) {
        busy.set(true);
        executor.submit(messages.get("task.import"), progress -> session.importSheet(sheet, choices.options()),
                plan -> {
                    busy.set(false);
                    String done = plan.applied()
                            ? messages.get("import.done", plan.counts().added(), plan.counts().updated(),
                                    plan.rejectedRows())
                            : messages.get("import.notDone");
                    notice.set(done);
                    status.show(done);
                }, failure -> {
                    busy.set(false);
                    failed(sheet, failure);
                });
    }

    /** A sheet that cannot be read at all: every problem it has, in plain words first. */
    private void failed(Path sheet, Throwable failure) {
        if (failure instanceof ImportException e) {
            ProblemWording wording = new ProblemWording(messages);
            dialogs.problems(messages.get("import.failedTitle"), messages.get("problems.sheetHeader", fileName(sheet)),
                    e.problems().stream().map(wording::of).toList());
        } else {
            dialogs.error(messages.get("import.failedTitle"), failure.getMessage());
        }
    }

    void showProblems(Path sheet, SheetImportPreview preview) {
        String name = fileName(sheet);
        ProblemWording wording = new ProblemWording(messages);
        dialogs.problems(messages.get("import.problemsTitle"), messages.get("problems.sheetRowsHeader", name,
                preview.problems().size()), preview.problems().stream().map(p -> wording.of(name, p)).toList());
    }

    private static String fileName(Path sheet) {
        return sheet.getFileName() == null ? sheet.toString() : sheet.getFileName().toString();
    }

    BooleanProperty busyProperty() { return busy; }
}
