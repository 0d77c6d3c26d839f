package org.appeal.ui.letter;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.appeal.app.CampaignSession;
import org.appeal.app.PreviewRasterizer;
import org.appeal.compose.Problem;
import org.appeal.compose.RenderException;
import org.appeal.compose.RenderOptions;
import org.appeal.compose.RenderedLetter;
import org.appeal.compose.Renderer;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Consent;
import org.appeal.domain.Signatory;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.Recipient;
import org.appeal.export.BatchExport;
import org.appeal.export.ExportFileNames;
import org.appeal.store.AtomicFile;
import org.appeal.store.db.DraftRecovery;
import org.appeal.ui.common.Debouncer;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The letter editor: the draft's fields, a live preview of the exact PDF, and what the renderer
 * reports. Every edit schedules a render after a short pause; a newer edit supersedes a render in
 * flight; while the text has a blocking problem the last good preview stays.
 */
public final class LetterEditorViewModel {
    /** What the preview shows right now. */
    public enum PreviewState { RENDERING, UP_TO_DATE, BLOCKED }

    private final CampaignSession session;
    private final Renderer renderer;
    private final PreviewRasterizer rasterizer;
    private final LetterPrinter printer;
    private final UiExecutor executor;
    private final Debouncer debouncer;
    private final DialogService dialogs;
    private final Messages messages;

    private final StringProperty subject = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> signatoriesAsOf = new SimpleObjectProperty<>();
    private final StringProperty template = new SimpleStringProperty("");
    private final ObservableList<String> templates = FXCollections.observableArrayList();
    private final ObservableList<Recipient> recipients = FXCollections.observableArrayList();
    private final ObjectProperty<Recipient> recipient = new SimpleObjectProperty<>();
    private final StringProperty body = new SimpleStringProperty("");

    private final ObservableList<PreviewRasterizer.Page> pages = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<PreviewState> previewState = new SimpleObjectProperty<>(PreviewState.RENDERING);
    private final ReadOnlyBooleanWrapper blocked = new ReadOnlyBooleanWrapper();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Problem> jumpRequest = new SimpleObjectProperty<>();
    /** Milliseconds from the end of the typing pause to the first page of the new preview on screen. */
    private final LongProperty lastPreviewMillis = new SimpleLongProperty(-1);

    private RenderedLetter lastGood;
    private long generation;
    private UiExecutor.Job inFlight;
    private boolean loading;

    public LetterEditorViewModel(CampaignSession session, Renderer renderer, PreviewRasterizer rasterizer,
                                 LetterPrinter printer, List<String> templateNames, UiExecutor executor,
                                 Debouncer debouncer, DialogService dialogs, Messages messages) {
        this.session = session;
        this.renderer = renderer;
        this.rasterizer = rasterizer;
        this.printer = printer;
        this.executor = executor;
        this.debouncer = debouncer;
        this.dialogs = dialogs;
        this.messages = messages;
        templates.setAll(templateNames);
        load(session.data());
        List.of(subject, template, body).forEach(p -> p.addListener((o, a, b) -> edited()));
        List.of(date, signatoriesAsOf).forEach(p -> p.addListener((o, a, b) -> edited()));
        recipient.addListener((o, a, b) -> scheduleRender());
    }

    private void load(CampaignData data) {
        loading = true;
        LetterDraft letter = data.letter();
        subject.set(letter.subject());
        date.set(letter.date());
        signatoriesAsOf.set(letter.signatoriesAsOf());
        if (!templates.contains(letter.templateName())) {
            templates.add(letter.templateName());
        }
        template.set(letter.templateName());
        body.set(letter.body());
        recipients.setAll(data.recipients());
        recipient.set(data.addressee().orElse(recipients.isEmpty() ? null : recipients.get(0)));
        loading = false;
        dirty.set(false);
    }

    private void edited() {
        if (!loading) {
            dirty.set(true);
            scheduleRender();
        }
    }

    /**
     * The draft as the fields say now; how it cites, its language and its own layout words are not
     * edited here and stay as the campaign has them.
     */
    public LetterDraft draft() {
        LetterDraft saved = session.data().letter();
        return new LetterDraft(subject.get(), date.get(), body.get(), template.get(), signatoriesAsOf.get(),
                saved.citations(), saved.language(), saved.words());
    }

    private CampaignData current() {
        return session.data().withLetter(draft());
    }

    private void scheduleRender() {
        if (!loading) {
            debouncer.schedule(this::refreshNow);
        }
    }

    /** Renders the letter as it stands and replaces the preview, page by page, unless a newer edit comes first. */
    public void refreshNow() {
        long mine = ++generation;
        if (inFlight != null) {
            inFlight.cancel();
        }
        CampaignData data = current();
        Recipient to = recipient.get();
        long started = System.nanoTime();
        previewState.set(PreviewState.RENDERING);
        inFlight = executor.submit(messages.get("task.preview"), progress -> {
            RenderedLetter letter;
            try {
                letter = renderer.render(data, to, RenderOptions.DEFAULT);
            } catch (RenderException e) {
                return new Outcome(null, e.problems());
            }
            rasterizer.rasterize(letter.pdf(), page -> progress.publish(() -> showPage(mine, page, started)), () -> progress.isCancelled() || mine != generation);
            return new Outcome(letter, letter.warnings());
        }, outcome -> finished(mine, outcome), failure -> {
            if (mine == generation) {
                previewState.set(PreviewState.BLOCKED);
                status.set(messages.get("status.previewFailed", failure.getMessage()));
            }
        });
    }

    private record Outcome(RenderedLetter letter, List<Problem> problems) {
    }

    private void showPage(long mine, PreviewRasterizer.Page page, long started) {
        if (mine != generation) {
            return;
        }
        if (page.number() == 1) {
            lastPreviewMillis.set((System.nanoTime() - started) / 1_000_000);
        }
        if (pages.size() >= page.number()) {
            pages.set(page.number() - 1, page);
        } else {
            pages.add(page);
        }
        if (page.number() == page.count() && pages.size() > page.count()) {
            pages.remove(page.count(), pages.size());
        }
    }

    private void finished(long mine, Outcome outcome) {
        if (mine != generation) {
            return;
        }
        problems.setAll(outcome.problems());
        toAskAgain().ifPresent(problems::add);
        boolean isBlocked = outcome.letter() == null;
        blocked.set(isBlocked);
        if (isBlocked) {
            previewState.set(PreviewState.BLOCKED);
            status.set(messages.get("status.blocked", outcome.problems().size()));
        } else {
            lastGood = outcome.letter();
            previewState.set(PreviewState.UP_TO_DATE);
            status.set(messages.get("status.previewReady", pages.size()));
        }
    }

    /** Asks the view to put the caret where a problem is (problems of the body only). */
    public void jumpTo(Problem problem) {
        if (problem != null && problem.line() > 0) {
            jumpRequest.set(null);
            jumpRequest.set(problem);
        }
    }

    public static boolean isInBody(Problem problem) {
        return Renderer.BODY_NAME.equals(problem.where()) && problem.line() > 0;
    }

    /** Ctrl+S: the draft becomes a numbered version in the workspace. */
    public void save() {
        LetterDraft draft = draft();
        executor.submit(messages.get("task.save"), progress -> session.saveLetter(draft), version -> {
            dirty.set(!draft.equals(draft()));
            status.set(messages.get("status.saved", version.number()));
        }, failure -> dialogs.error(messages.get("error.saveTitle"), failure.getMessage()));
    }

    /** Autosave: a recovery copy of unsaved text, offered back after a crash. */
    public void autosave() {
        if (!dirty.get()) {
            return;
        }
        LetterDraft draft = draft();
        executor.submit(messages.get("task.autosave"), progress -> {
            session.autosave(draft);
            return draft;
        }, saved -> {
            if (!blocked.get()) {
                status.set(messages.get("status.autosaved"));
            }
        }, failure -> status.set(failure.getMessage()));
    }

    /** At start: if a crash left unsaved text, offer it back. */
    public void offerRecovery() {
        Optional<DraftRecovery> recovery = session.recovery();
        if (recovery.isEmpty()) {
            return;
        }
        String when = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(java.time.ZoneId.systemDefault()).format(recovery.get().savedAt());
        if (dialogs.confirm(messages.get("recovery.title"), messages.get("recovery.message", when))) {
            LetterDraft draft = recovery.get().draft();
            subject.set(draft.subject());
            date.set(draft.date());
            signatoriesAsOf.set(draft.signatoriesAsOf());
            template.set(draft.templateName());
            body.set(draft.body());
            dirty.set(true);
        } else {
            session.discardRecovery();
        }
    }

    /** Another screen changed the campaign (recipients, signatories): reload them and redraw. */
    public void campaignChanged() {
        Recipient selected = recipient.get();
        recipients.setAll(session.data().recipients());
        recipient.set(selected == null ? null : recipients.stream().filter(r -> r.id().equals(selected.id()))
                .findFirst().orElse(recipients.isEmpty() ? null : recipients.get(0)));
        scheduleRender();
    }

    private List<Signatory> signedEarlierText() {
        LetterDraft draft = draft();
        List<Signatory> listed = session.data().signatories().asOf(draft.signatoriesAsOf()).organisations();
        List<Signatory> all = new java.util.ArrayList<>(listed);
        all.addAll(session.data().signatories().asOf(draft.signatoriesAsOf()).individuals());
        return Consent.toAskAgain(draft, all, session.approvals());
    }

    /** A warning, not a block: people who signed an earlier text should be asked again. */
    private Optional<Problem> toAskAgain() {
        List<Signatory> earlier = signedEarlierText();
        return earlier.isEmpty() ? Optional.empty() : Optional.of(Problem.warning("signatories",
                messages.get("consent.askAgain", earlier.size(),
                        earlier.stream().map(Signatory::name).collect(Collectors.joining(", ")))));
    }

    /** Export goes ahead only when the user has seen who signed an earlier text and agrees. */
    private boolean confirmedDespiteEarlierApprovals() {
        List<Signatory> earlier = signedEarlierText();
        return earlier.isEmpty() || dialogs.confirm(messages.get("consent.confirmTitle"), messages.get("consent.confirm",
                earlier.size(), earlier.stream().map(Signatory::name).collect(Collectors.joining("\n"))));
    }

    private boolean refuseWhileBlocked() {
        if (!blocked.get()) {
            return false;
        }
        dialogs.error(messages.get("export.refusedTitle"), messages.get("export.refused",
                problems.stream().filter(Problem::isBlocking).map(Problem::toString).collect(Collectors.joining("\n"))));
        return true;
    }

    /** Ctrl+E: the letter to the chosen recipient, saved first so the PDF matches a version. */
    public void exportSelected() {
        if (refuseWhileBlocked() || recipient.get() == null || !confirmedDespiteEarlierApprovals()) {
            return;
        }
        Recipient to = recipient.get();
        String suggested = new ExportFileNames().next(draft(), to);
        Optional<Path> target = dialogs.chooseSaveFile(messages.get("export.title"), suggested, "pdf");
        if (target.isEmpty()) {
            return;
        }
        LetterDraft draft = draft();
        boolean saveFirst = dirty.get();
        executor.submit(messages.get("task.export"), progress -> {
            RenderedLetter letter = renderer.render(session.data().withLetter(draft), to, RenderOptions.DEFAULT);
            AtomicFile.write(target.get(), letter.pdf());
            recordExport(draft, saveFirst);
            return target.get();
        }, file -> {
            dirty.set(!draft.equals(draft()));
            status.set(messages.get("status.exported", file));
        }, failure -> dialogs.error(messages.get("export.failedTitle"), describe(failure)));
    }

    /** One PDF per recipient into a folder, with progress and cancel. */
    public void exportAll() {
        if (refuseWhileBlocked() || !confirmedDespiteEarlierApprovals()) {
            return;
        }
        Optional<Path> folder = dialogs.chooseFolder(messages.get("export.allTitle"));
        if (folder.isEmpty()) {
            return;
        }
        LetterDraft draft = draft();
        boolean saveFirst = dirty.get();
        CampaignData data = current();
        executor.submit(messages.get("task.exportAll"), progress -> {
            BatchExport.Result result = new BatchExport(renderer).export(data, data.recipients(), folder.get(),
                    progress::update, progress::isCancelled);
            if (!result.cancelled()) {
                recordExport(draft, saveFirst);
            }
            return result;
        }, result -> {
            dirty.set(!draft.equals(draft()));
            status.set(result.cancelled() ? messages.get("status.exportCancelled", result.files().size())
                    : messages.get("status.exportedAll", result.files().size(), folder.get()));
        }, failure -> dialogs.error(messages.get("export.failedTitle"), describe(failure)));
    }

    private void recordExport(LetterDraft draft, boolean saveFirst) {
        if (saveFirst) {
            session.saveLetter(draft);
        } else {
            session.recordExport();
        }
    }

    /** Ctrl+P: the exact PDF of the last good preview to the system print dialog. */
    public void print() {
        if (refuseWhileBlocked() || lastGood == null) {
            return;
        }
        byte[] pdf = lastGood.pdf();
        try {
            if (printer.print(pdf, session.data().campaign().title())) {
                status.set(messages.get("status.printed"));
            }
        } catch (Exception e) {
            dialogs.error(messages.get("print.failedTitle"), describe(e));
        }
    }

    private static String describe(Throwable failure) {
        return failure instanceof RenderException r
                ? r.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"))
                : String.valueOf(failure.getMessage());
    }

    public StringProperty subjectProperty() { return subject; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public ObjectProperty<LocalDate> signatoriesAsOfProperty() { return signatoriesAsOf; }
    public StringProperty templateProperty() { return template; }
    public ObservableList<String> templates() { return templates; }
    public ObservableList<Recipient> recipients() { return recipients; }
    public ObjectProperty<Recipient> recipientProperty() { return recipient; }
    public StringProperty bodyProperty() { return body; }
    public ObservableList<PreviewRasterizer.Page> pages() { return pages; }
    public ObservableList<Problem> problems() { return problems; }
    public ObjectProperty<PreviewState> previewStateProperty() { return previewState; }
    public ReadOnlyBooleanProperty blockedProperty() { return blocked.getReadOnlyProperty(); }
    public BooleanProperty dirtyProperty() { return dirty; }
    public StringProperty statusProperty() { return status; }
    public ObjectProperty<Problem> jumpRequestProperty() { return jumpRequest; }
    public LongProperty lastPreviewMillisProperty() { return lastPreviewMillis; }
    public Optional<RenderedLetter> lastGoodLetter() { return Optional.ofNullable(lastGood); }
}
