package org.appeal.ui.delivery;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.appeal.app.delivery.CoverNote;
import org.appeal.app.delivery.EmailDelivery;
import org.appeal.app.delivery.LetterAttachments;
import org.appeal.app.delivery.MailFailure;
import org.appeal.app.delivery.SmtpSettings;
import org.appeal.domain.CampaignData;
import org.appeal.domain.LetterDraft;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;

import java.nio.file.Path;
import java.util.Set;

/**
 * One run of "Send" in the background: each recipient's PDF found in the export folder, mailed
 * with the cover note, and the results, the missing PDFs and the progress as they come.
 */
final class EmailSending {
    /** What one sending is made of, read on the toolkit thread before it starts. */
    record Order(CampaignData data, String letter, LetterDraft draft, Set<String> recipientIds, Integer version,
                 CoverNote note, SmtpSettings settings, Path folder) {
    }

    private final EmailDelivery mail;
    private final SendingPassword password;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<EmailDelivery.Result> results = FXCollections.observableArrayList();
    private final ObservableList<LetterAttachments.Missing> missing = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty sending = new SimpleBooleanProperty(false);
    private UiExecutor.Job job;

    EmailSending(EmailDelivery mail, SendingPassword password, UiExecutor executor, DialogService dialogs,
                 Messages messages) {
        this.mail = mail;
        this.password = password;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /**
     * Starts the sending; {@code finished} runs on the toolkit thread when it ended, sent or failed.
     *
     * @param typed the password the user just typed, or null to use the one kept for this run; wiped here
     */
    void start(Order order, char[] typed, Runnable finished) {
        results.clear();
        missing.clear();
        progress.set(0);
        sending.set(true);
        job = executor.submit(messages.get("task.send"), work -> {
            char[] secret = password.take(order.settings(), typed);
            try {
                LetterAttachments.Found found = LetterAttachments.inFolder(order.folder(), order.draft(),
                        order.data().recipients(), order.recipientIds(), order.version());
                work.publish(() -> missing.setAll(found.missing()));
                return mail.send(order.data(), order.letter(), found.letters(), order.note(), order.settings(), secret,
                        (done, total, result) -> work.publish(() -> {
                            results.add(result);
                            progress.set(total == 0 ? 1 : (double) done / total);
                        }), work::isCancelled);
            } finally {
                SendingPassword.wipe(secret);
            }
        }, done -> {
            sending.set(false);
            finished.run();
        }, failure -> {
            sending.set(false);
            if (failure instanceof MailFailure refused && refused.loginRefused()) {
                password.forget(order.settings());
            }
            dialogs.error(messages.get("delivery.sendFailedTitle"), String.valueOf(failure.getMessage()));
            finished.run();
        });
    }

    void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    ObservableList<EmailDelivery.Result> results() { return results; }
    ObservableList<LetterAttachments.Missing> missing() { return missing; }
    DoubleProperty progressProperty() { return progress; }
    BooleanProperty sendingProperty() { return sending; }
}
