package org.appeal.ui.letter;

import org.appeal.app.LetterExport;
import org.appeal.app.RecentPlaces;
import org.appeal.app.LetterPrinter;
import org.appeal.compose.Problem;
import org.appeal.compose.RenderException;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.Recipient;
import org.appeal.domain.Signatory;
import org.appeal.export.BatchExport;
import org.appeal.export.BatchProgress;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;
import org.appeal.ui.screen.StatusLine;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the File menu and the shell do with the open letter: save, export it (through
 * {@link LetterExport}, asking what it needs to ask), print the previewed PDF, keep and offer back
 * a recovery copy.
 */
public final class LetterActions {
    private final LetterEditorViewModel editor;
    private final LetterPreview preview;
    private final LetterExport export;
    private final LetterPrinter printer;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final StatusLine status;
    private final String printJob;
    private final RecentPlaces places;

    public LetterActions(LetterEditorViewModel editor, LetterExport export, LetterPrinter printer, UiExecutor executor,
                         DialogService dialogs, Messages messages, StatusLine status, String printJob) {
        this(editor, export, printer, executor, dialogs, messages, status, printJob,
                RecentPlaces.inMemory(java.nio.file.Path.of(System.getProperty("user.home"))));
    }

    /** @param places export choosers open in the last export's folder (else the documents folder), and remember it */
    public LetterActions(LetterEditorViewModel editor, LetterExport export, LetterPrinter printer, UiExecutor executor,
                         DialogService dialogs, Messages messages, StatusLine status, String printJob,
                         RecentPlaces places) {
        this.places = places;
        this.editor = editor;
        this.preview = editor.preview();
        this.export = export;
        this.printer = printer;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.status = status;
        this.printJob = printJob;
    }

    /** Ctrl+S. */
    public void save() {
        editor.save();
    }

    /** Ctrl+E: the letter to the chosen recipient, saved first so the PDF matches a version. */
    public void exportSelected() {
        if (editor.refusedForUnreadableEntries()) {
            return;
        }
        Recipient to = editor.recipientProperty().get();
        LetterDraft draft = editor.draft();
        LetterExport.Readiness readiness = checked(draft);
        if (readiness.refused() || to == null || !agreed(readiness)) {
            return;
        }
        Optional<Path> target = dialogs.chooseSaveFile(messages.get("export.title"), export.fileName(draft, to), "pdf",
                places.exportFolder());
        if (target.isEmpty()) {
            return;
        }
        boolean unsaved = editor.dirtyProperty().get();
        executor.submit(messages.get("task.export"), progress -> export.exportOne(draft, unsaved, to, target.get()), file -> {
            editor.sent(draft);
            places.exported(file);
            status.show(messages.get("status.exported", file));
        }, failure -> dialogs.error(messages.get("export.failedTitle"), describe(failure)));
    }

    /**
     * One PDF per recipient into a folder, each addressed as the letter's addressing says; the
     * status bar shows letters/s and the time left, and its Cancel stops between letters.
     */
    public void exportAll() {
        if (editor.refusedForUnreadableEntries()) {
            return;
        }
        LetterDraft draft = editor.draft();
        LetterExport.Readiness readiness = checked(draft);
        if (readiness.refused() || !agreed(readiness)) {
            return;
        }
        Optional<Path> folder = dialogs.chooseFolder(messages.get("export.allTitle"), places.exportFolder());
        if (folder.isEmpty()) {
            return;
        }
        boolean unsaved = editor.dirtyProperty().get();
        BatchProgressText text = new BatchProgressText(messages);
        executor.submit(messages.get("task.exportAll"), progress -> export.exportAll(draft, unsaved, folder.get(),
                new BatchExport.Progress() {
                    @Override
                    public void update(int done, int total, String message) {
                        // measured() says the same step with its rate and time left
                    }

                    @Override
                    public void measured(BatchProgress p) {
                        progress.update(BatchProgressText.done(p), 2L * p.total(), text.of(p));
                    }
                }, progress::isCancelled), result -> {
            editor.sent(draft);
            if (!result.files().isEmpty()) {
                places.exported(result.files().get(result.files().size() - 1));
            }
            status.show(result.cancelled() ? messages.get("status.exportCancelled", result.files().size())
                    : messages.get("status.exportedAll", result.files().size(), folder.get()));
        }, failure -> dialogs.error(messages.get("export.failedTitle"), describe(failure)));
    }

    /** Ctrl+P: exactly the pages of the last good preview (laid out as the export is), to the system print dialog. */
    public void print() {
        if (checked(editor.draft()).refused() || preview.lastGoodLetter().isEmpty()) {
            return;
        }
        byte[] pdf = preview.lastGoodLetter().get().pdf();
        try {
            if (printer.print(pdf, printJob)) {
                status.show(messages.get("status.printed"));
            }
        } catch (Exception e) {
            dialogs.error(messages.get("print.failedTitle"), describe(e));
        }
    }

    public void autosave() {
        editor.autosave();
    }

    public boolean unsaved() {
        return editor.dirtyProperty().get();
    }

    /** Quit → Save; false when it could not be saved (the user was told why). */
    public boolean saveNow() {
        return editor.saveNow();
    }

    /** Quit → Don't save, or a quit with nothing unsaved: no recovery copy is left to be taken for a crash's. */
    public void discardUnsaved() {
        editor.discardUnsaved();
    }

    public void keepForRecoveryNow() {
        editor.keepForRecoveryNow();
    }

    public void offerRecovery() {
        editor.offerRecovery();
    }

    /** What stands in the way, judged on the preview's latest render; says why when a problem blocks. */
    private LetterExport.Readiness checked(LetterDraft draft) {
        LetterExport.Readiness readiness = export.check(draft, List.copyOf(preview.problems()));
        if (readiness.refused()) {
            dialogs.error(messages.get("export.refusedTitle"), messages.get("export.refused",
                    readiness.blocking().stream().map(Problem::toString).collect(Collectors.joining("\n"))));
        }
        return readiness;
    }

    /** Export goes ahead only when the user has seen who signed an earlier text and agrees. */
    private boolean agreed(LetterExport.Readiness readiness) {
        List<Signatory> earlier = readiness.toAskAgain();
        return earlier.isEmpty() || dialogs.confirm(messages.get("consent.confirmTitle"), messages.get("consent.confirm",
                earlier.size(), earlier.stream().map(Signatory::name).collect(Collectors.joining("\n"))));
    }

    private static String describe(Throwable failure) {
        return failure instanceof RenderException r
                ? r.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"))
                : String.valueOf(failure.getMessage());
    }
}
