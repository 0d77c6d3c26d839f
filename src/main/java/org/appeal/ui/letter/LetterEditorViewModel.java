package org.appeal.ui.letter;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.appeal.app.CampaignChange;
import org.appeal.app.CampaignSession;
import org.appeal.compose.Problem;
import org.appeal.domain.CampaignData;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.Recipient;
import org.appeal.store.db.DraftRecovery;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.ShownDates;
import org.appeal.ui.common.UiExecutor;
import org.appeal.ui.screen.EditedLetter;
import org.appeal.ui.screen.StatusLine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The letter editor: the draft's fields, which recipient the preview addresses, saving, and the
 * recovery copy. Every edit asks the {@link LetterPreview} for a render; the edited draft is told to
 * the other screens through {@link EditedLetter}.
 */
public final class LetterEditorViewModel {
    private final CampaignSession session;
    private final LetterPreview preview;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final StatusLine status;
    private final EditedLetter edited;

    private final StringProperty subject = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> signatoriesAsOf = new SimpleObjectProperty<>();
    private final StringProperty template = new SimpleStringProperty("");
    private final ObservableList<String> templates = FXCollections.observableArrayList();
    private final ObservableList<Recipient> recipients = FXCollections.observableArrayList();
    private final ObjectProperty<Recipient> recipient = new SimpleObjectProperty<>();
    private final StringProperty body = new SimpleStringProperty("");
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObjectProperty<TextRange> selectionRequest = new SimpleObjectProperty<>();
    private final UnreadableEntries unreadable;

    private boolean loading;
    private volatile boolean discarded;

    public LetterEditorViewModel(CampaignSession session, LetterPreview preview, List<String> templateNames,
                                 UiExecutor executor, DialogService dialogs, Messages messages, StatusLine status,
                                 EditedLetter edited) {
        this.session = session;
        this.preview = preview;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.status = status;
        this.edited = edited;
        this.unreadable = new UnreadableEntries(dialogs, messages);
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
        edited.edited(draft());
    }

    private void edited() {
        if (!loading) {
            dirty.set(true);
            edited.edited(draft());
            scheduleRender();
        }
    }

    /**
     * The draft as the fields say now; how it cites, whom it addresses, its language and its own
     * layout words are not edited here and stay as the campaign has them.
     */
    public LetterDraft draft() {
        LetterDraft saved = session.data().letter();
        return new LetterDraft(subject.get(), date.get(), body.get(), template.get(), signatoriesAsOf.get(),
                saved.citations(), saved.addressing(), saved.language(), saved.words());
    }

    private LetterPreview.Request request() {
        return new LetterPreview.Request(session.data().withLetter(draft()), recipient.get());
    }

    private void scheduleRender() {
        if (!loading) {
            preview.schedule(this::request);
        }
    }

    /** Renders the letter as it stands now, without waiting for a pause. */
    public void refreshNow() {
        preview.refresh(request());
    }

    /** Selects what a problem of the body names, so it can be fixed at once. */
    public void jumpTo(Problem problem) {
        if (problem == null) {
            return;
        }
        ProblemRange.in(body.get(), problem).ifPresent(range -> {
            selectionRequest.set(null);
            selectionRequest.set(range);
        });
    }

    /**
     * A field says its entry cannot be read (a date that is no day): the letter keeps the last
     * value it could read, and saving or exporting is refused until the entry is fixed.
     *
     * @param problem why, in words; empty once the entry is readable again
     */
    public void entryProblem(String field, String problem) {
        unreadable.report(field, problem);
    }

    /** Fields whose entry is no value the letter can take, by the field's name: why, in words. */
    public ObservableMap<String, String> entryProblems() {
        return unreadable.problems();
    }

    /** Says why the letter cannot be saved or exported as it is typed, if a field cannot be read; true then. */
    boolean refusedForUnreadableEntries() {
        return unreadable.refused();
    }

    /** Ctrl+S: the draft becomes a numbered version in the workspace. */
    public void save() {
        if (refusedForUnreadableEntries()) {
            return;
        }
        LetterDraft draft = draft();
        executor.submit(messages.get("task.save"), progress -> session.saveLetter(draft), version -> {
            sent(draft);
            status.show(messages.get("status.saved", version.number()));
        }, failure -> dialogs.error(messages.get("error.saveTitle"), failure.getMessage()));
    }

    /** The draft was saved or exported as a version: unsaved only if it was edited since. */
    void sent(LetterDraft draft) {
        dirty.set(!draft.equals(draft()));
    }

    /** Autosave: a recovery copy of unsaved text, offered back after a crash. */
    public void autosave() {
        if (!dirty.get()) {
            return;
        }
        LetterDraft draft = draft();
        executor.submit(messages.get("task.autosave"), progress -> {
            if (!discarded) {  // not after the user quit without saving
                session.autosave(draft);
            }
            return draft;
        }, saved -> {
            if (!preview.isBlocked()) {
                status.show(messages.get("status.autosaved"));
            }
        }, failure -> status.show(failure.getMessage()));
    }

    /**
     * Quit → Save: the draft becomes a numbered version before the window goes (a small write, so
     * it waits for it). False, after saying why, when it cannot be saved: the window then stays.
     */
    public boolean saveNow() {
        if (refusedForUnreadableEntries()) {
            return false;
        }
        LetterDraft draft = draft();
        try {
            session.saveLetter(draft);
        } catch (RuntimeException e) {
            dialogs.error(messages.get("error.saveTitle"), String.valueOf(e.getMessage()));
            return false;
        }
        sent(draft);
        return true;
    }

    /**
     * A quit the user asked for, without saving: the recovery copy goes too, so the next start does
     * not take the quit for a crash and offer the text back.
     */
    public void discardUnsaved() {
        discarded = true;
        session.discardRecovery();
    }

    /** When the app closes: the recovery copy is written before it goes (a small write, so it waits for it). */
    public void keepForRecoveryNow() {
        session.autosave(draft());
    }

    /** At start: if a crash left unsaved text, offer it back. */
    public void offerRecovery() {
        Optional<DraftRecovery> recovery = session.recovery();
        if (recovery.isEmpty()) {
            return;
        }
        String when = ShownDates.moment(recovery.get().savedAt(), ZoneId.systemDefault(), messages);
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

    /**
     * The campaign's settings chose another layout for the letter: the field follows without the
     * letter counting as edited (the settings screen saved it already).
     */
    private void takeLayout(String layout) {
        if (layout.equals(template.get())) {
            return;
        }
        boolean wasDirty = dirty.get();
        loading = true;
        if (!templates.contains(layout)) {
            templates.add(layout);
        }
        template.set(layout);
        loading = false;
        dirty.set(wasDirty);
        edited.edited(draft());
    }

    /** The campaign was written: what the letter prints from it may have changed, so it is drawn again. */
    public void campaignChanged(CampaignChange change) {
        if (change == CampaignChange.LETTER) {
            return;  // this editor's own save or export: its fields are the letter
        }
        if (change == CampaignChange.SETTINGS) {
            takeLayout(session.data().letter().templateName());
        }
        Recipient selected = recipient.get();
        recipients.setAll(session.data().recipients());
        // A new campaign's first recipients: the letter goes to the addressee, so Export has someone to write to.
        Recipient fallback = session.data().addressee().orElse(recipients.isEmpty() ? null : recipients.get(0));
        recipient.set(selected == null ? fallback : recipients.stream().filter(r -> r.id().equals(selected.id()))
                .findFirst().orElse(fallback));
        scheduleRender();
    }

    public LetterPreview preview() { return preview; }
    public StringProperty subjectProperty() { return subject; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public ObjectProperty<LocalDate> signatoriesAsOfProperty() { return signatoriesAsOf; }
    public StringProperty templateProperty() { return template; }
    public ObservableList<String> templates() { return templates; }
    public ObservableList<Recipient> recipients() { return recipients; }
    public ObjectProperty<Recipient> recipientProperty() { return recipient; }
    public StringProperty bodyProperty() { return body; }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty; }
    /** The range of the body the view should select (set anew for each request). */
    public ObjectProperty<TextRange> selectionRequestProperty() { return selectionRequest; }
}
