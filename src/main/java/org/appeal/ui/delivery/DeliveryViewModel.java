package org.appeal.ui.delivery;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.appeal.app.CampaignSession;
import org.appeal.app.delivery.CoverNote;
import org.appeal.app.delivery.DeliveryRecords;
import org.appeal.app.delivery.EmailDelivery;
import org.appeal.app.delivery.LetterAttachments;
import org.appeal.app.delivery.MailPasswords;
import org.appeal.app.delivery.SmtpSettings;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Delivery;
import org.appeal.domain.DeliveryLedger;
import org.appeal.domain.EmailAddress;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.Recipient;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Delivery screen's state, for one letter: who still has to get it, what was sent (filtered by
 * status), the e-mail to send with each recipient's own PDF, and the results. It never touches a
 * Node, so it is tested without the toolkit; the view binds to its properties. Labels are the
 * view's; errors from services and mail servers are shown in their own words under a bundle title.
 */
public final class DeliveryViewModel {
    /** One recipient's line: its standing, its newest delivery, and why an e-mail cannot go to it (empty if it can). */
    public record RecipientRow(Recipient recipient, DeliveryLedger.State state, Delivery latest, String emailProblem,
                               boolean earlierVersionOnly) {
        public boolean emailable() {
            return emailProblem.isEmpty();
        }
    }

    private final CampaignSession session;
    private final DeliveryRecords records;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final StringProperty letter = new SimpleStringProperty(CampaignData.MAIN_LETTER);
    private final ObservableList<RecipientRow> recipients = FXCollections.observableArrayList();
    private final ObservableList<Delivery> deliveries = FXCollections.observableArrayList();
    private final ObservableSet<Delivery.Status> statusFilter = FXCollections.observableSet();
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Path> exportFolder = new SimpleObjectProperty<>();
    private final ObjectProperty<SmtpSettings> account = new SimpleObjectProperty<>();
    private final SendingPassword password;
    private final EmailSending sending;
    private DeliveryRecords.Overview overview;

    /** For the screen: the record of the session's own workspace. */
    public DeliveryViewModel(CampaignSession session, MailPasswords passwords, UiExecutor executor, DialogService dialogs,
                             Messages messages, Clock clock) {
        this(session, new DeliveryRecords(session.workspace()), passwords, executor, dialogs, messages, clock);
    }

    public DeliveryViewModel(CampaignSession session, DeliveryRecords records, MailPasswords passwords,
                             UiExecutor executor, DialogService dialogs, Messages messages, Clock clock) {
        this.session = session;
        this.records = records;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.password = new SendingPassword(passwords, dialogs, messages);
        this.sending = new EmailSending(new EmailDelivery(session.workspace(), clock), password, executor, dialogs,
                messages);
        letter.addListener((o, a, b) -> {
            resetCoverNote();
            refresh();
        });
        statusFilter.addListener((javafx.collections.SetChangeListener<Delivery.Status>) change -> showDeliveries());
        resetCoverNote();
        refresh();
    }

    /** Reads the record again (after another client's change, or a sending). */
    public void refresh() {
        CampaignData data = session.data();
        String name = letter.get();
        executor.submit(messages.get("task.delivery"), p -> records.overview(data, name), this::show,
                failure -> dialogs.error(messages.get("delivery.failedTitle"), String.valueOf(failure.getMessage())));
    }

    private void show(DeliveryRecords.Overview loaded) {
        overview = loaded;
        recipients.setAll(loaded.ledger().entries().stream().map(e -> new RecipientRow(e.recipient(), e.state(),
                e.latest().orElse(null), EmailAddress.problem(e.recipient().email()).orElse(""),
                loaded.newestVersion().map(e::hasOnlyEarlierVersions).orElse(false))).toList());
        showDeliveries();
    }

    private void showDeliveries() {
        if (overview != null) {
            deliveries.setAll(overview.ledger().deliveries(statusFilter.isEmpty()
                    ? Set.of() : EnumSet.copyOf(statusFilter)));
        }
    }

    /** The subject and text taken from the letter again, dropping the user's edits. */
    public void resetCoverNote() {
        CampaignData data = session.data();
        LetterDraft draft = data.letter(letter.get()).orElse(data.letter());
        CoverNote note = CoverNote.from(data, draft);
        subject.set(note.subject());
        text.set(note.text());
    }

    public CoverNote coverNote() {
        return new CoverNote(subject.get(), text.get());
    }

    /** What the message would be for this recipient, placeholders filled in; empty while the note has problems. */
    public Optional<CoverNote.Filled> preview(Recipient recipient) {
        CoverNote note = coverNote();
        CampaignData data = session.data();
        return note.problems().isEmpty()
                ? Optional.of(note.fill(data, data.letter(letter.get()).orElse(data.letter()), recipient))
                : Optional.empty();
    }

    /** The recipients still to get the letter that have an e-mail address: whom "Send" goes to. */
    public List<Recipient> toSend() {
        return recipients.stream().filter(r -> r.state() != DeliveryLedger.State.SENT
                        && r.state() != DeliveryLedger.State.CONFIRMED && r.emailable())
                .map(RecipientRow::recipient).toList();
    }

    /** Whether the view must ask for the password before {@link #send(char[])}: the account logs in and none is known. */
    public boolean needsPassword() {
        return password.needed(account.get());
    }

    /**
     * Sends the letter, from the export folder, to every recipient in {@link #toSend()}.
     *
     * @param typed the password the user just typed, or null to use the one kept for this run; wiped here
     */
    public void send(char[] typed) {
        SmtpSettings settings = account.get();
        Path folder = exportFolder.get();
        CoverNote note = coverNote();
        if (settings == null || folder == null || !note.problems().isEmpty() || sending.sendingProperty().get()) {
            if (!note.problems().isEmpty()) {
                dialogs.error(messages.get("delivery.messageTitle"), String.join("\n", note.problems()));
            }
            SendingPassword.wipe(typed);
            return;
        }
        CampaignData data = session.data();
        String name = letter.get();
        LetterDraft draft = data.letter(name).orElse(data.letter());
        Set<String> wanted = toSend().stream().map(Recipient::id).collect(Collectors.toSet());
        Integer version = overview == null ? null : overview.newestVersion().orElse(null);
        sending.start(new EmailSending.Order(data, name, draft, wanted, version, note, settings, folder), typed,
                this::refresh);
    }

    /**
     * Records a sending made outside Appeal (fax, post, by hand) as the form holds it; the form
     * has checked it first. The SHA-256 is read from the file in the background.
     */
    public void record(RecordDeliveryViewModel.Entry entry) {
        CampaignData data = session.data();
        String name = letter.get();
        Integer version = overview == null ? null : overview.newestVersion().orElse(null);
        executor.submit(messages.get("task.delivery"), p -> records.recordSending(data, name, version,
                        entry.recipient(), entry.channel(), entry.status(), entry.at(), entry.address(),
                        entry.reference(), entry.note(), entry.file()), recorded -> refresh(),
                failure -> {
                    dialogs.error(messages.get("delivery.failedTitle"), String.valueOf(failure.getMessage()));
                    refresh();
                });
    }

    /** A recipient changed (its address) or an export was recorded as a new version: read the standing again. */
    public void campaignChanged(org.appeal.app.CampaignChange change) {
        if (change == org.appeal.app.CampaignChange.RECIPIENTS || change == org.appeal.app.CampaignChange.LETTER) {
            refresh();
        }
    }

    /** Stops after the message being sent; the rest are reported as not sent and nothing about them is recorded. */
    public void cancel() {
        sending.cancel();
    }

    /** Receipt confirmed (or failed after all), with a note; refused with the other client's name if it changed. */
    public void changeStatus(Delivery delivery, Delivery.Status status, String note) {
        CampaignData data = session.data();
        long version = overview == null ? 0 : overview.versions().getOrDefault(delivery.id(), 0L);
        executor.submit(messages.get("task.delivery"), p -> records.changeStatus(data, delivery, version, status, note),
                changed -> refresh(), failure -> {
                    dialogs.error(messages.get("delivery.failedTitle"), String.valueOf(failure.getMessage()));
                    refresh();
                });
    }

    public StringProperty letterProperty() { return letter; }
    public ObservableList<RecipientRow> recipients() { return recipients; }
    /** The letter's deliveries with a status in {@link #statusFilter()} (all when it is empty), oldest first. */
    public ObservableList<Delivery> deliveries() { return deliveries; }
    public ObservableSet<Delivery.Status> statusFilter() { return statusFilter; }
    public StringProperty subjectProperty() { return subject; }
    public StringProperty textProperty() { return text; }
    public ObjectProperty<Path> exportFolderProperty() { return exportFolder; }
    public ObjectProperty<SmtpSettings> accountProperty() { return account; }
    public ObservableList<EmailDelivery.Result> results() { return sending.results(); }
    /** Recipients whose PDF is not in the export folder, with the reason. */
    public ObservableList<LetterAttachments.Missing> missing() { return sending.missing(); }
    public DoubleProperty progressProperty() { return sending.progressProperty(); }
    public BooleanProperty sendingProperty() { return sending.sendingProperty(); }
    public List<String> letters() { return session.data().letterNames(); }
    /** Row versions by delivery id, as last read. */
    Map<String, Long> versions() { return overview == null ? Map.of() : overview.versions(); }
}
