package org.appeal.ui.recipients;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.appeal.app.CampaignChange;
import org.appeal.app.CampaignSession;
import org.appeal.domain.Recipient;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The recipients screen: the TO and CC list, and adding or editing one through a form. */
public final class RecipientsViewModel {
    private final CampaignSession session;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<Recipient> recipients = FXCollections.observableArrayList();
    private final StringProperty focusId = new SimpleStringProperty();

    public RecipientsViewModel(CampaignSession session, UiExecutor executor, DialogService dialogs, Messages messages) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        recipients.setAll(session.data().recipients());
    }

    /** Saved recipients arrive here, from this screen or another, and the list shows them. */
    public void campaignChanged(CampaignChange change) {
        if (change == CampaignChange.RECIPIENTS) {
            recipients.setAll(session.data().recipients());
        }
    }

    public ObservableList<Recipient> recipients() {
        return recipients;
    }

    /** The recipient the table should keep selected after a move (its id). */
    public StringProperty focusIdProperty() {
        return focusId;
    }

    /**
     * Removes a recipient after asking. One that letters were delivered to is kept, and the refusal
     * says why: the record of what was sent stays whole.
     */
    public void remove(Recipient recipient) {
        if (!dialogs.confirm(messages.get("recipient.removeTitle"), messages.get("recipient.removeQuestion",
                recipient.name()))) {
            return;
        }
        executor.submit(messages.get("task.removeRecipient"), progress -> {
            session.removeRecipient(recipient);
            return recipient;
        }, removed -> { }, failure -> dialogs.error(messages.get("recipient.removeRefused"), failure.getMessage()));
    }

    /** One place up in the printed order (the first TO is the addressee). */
    public void moveUp(Recipient recipient) {
        int at = indexOf(recipient.id());
        if (at > 0) {
            move(recipient, recipients.get(at - 1), false);
        }
    }

    /** One place down in the printed order. */
    public void moveDown(Recipient recipient) {
        int at = indexOf(recipient.id());
        if (at >= 0 && at < recipients.size() - 1) {
            move(recipient, recipients.get(at + 1), true);
        }
    }

    /** Moves {@code moved} just before (or after) {@code target}: what a drag and drop does. */
    public void move(Recipient moved, Recipient target, boolean after) {
        if (moved.id().equals(target.id())) {
            return;
        }
        List<String> ids = new ArrayList<>(recipients.stream().map(Recipient::id).toList());
        ids.remove(moved.id());
        int at = ids.indexOf(target.id());
        if (at < 0) {
            return;
        }
        ids.add(after ? at + 1 : at, moved.id());
        focusId.set(moved.id());
        executor.submit(messages.get("task.reorder"), progress -> {
            session.reorderRecipients(ids);
            return ids;
        }, done -> { }, failure -> dialogs.error(messages.get("error.saveTitle"), failure.getMessage()));
    }

    private int indexOf(String id) {
        for (int i = 0; i < recipients.size(); i++) {
            if (recipients.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** A blank form for a new CC recipient placed after the others. */
    public RecipientForm newForm() {
        String id = RecipientForm.newId("recipient", recipients.stream().map(Recipient::id).toList());
        int position = recipients.stream().mapToInt(Recipient::position).max().orElse(0) + 1;
        return new RecipientForm(id, recipients.isEmpty() ? Recipient.Role.TO : Recipient.Role.CC, position,
                "", "", "", "", "", "", "");
    }

    /**
     * Shows the form through {@code editor} (the dialog) and saves what it returns.
     *
     * @param editor shows a form and returns the edited one, or empty when cancelled
     */
    public void edit(RecipientForm form, Function<RecipientForm, Optional<RecipientForm>> editor) {
        editor.apply(form).filter(RecipientForm::canSave).ifPresent(this::save);
    }

    public void save(RecipientForm form) {
        boolean isNew = recipients.stream().noneMatch(r -> r.id().equals(form.id()));
        Recipient typed = form.toRecipient();
        Recipient recipient = isNew
                ? new Recipient(RecipientForm.newId(typed.name(), recipients.stream().map(Recipient::id).toList()),
                        typed.role(), typed.position(), typed.formOfAddress(), typed.name(), typed.title(),
                        typed.office(), typed.addressLines(), typed.fax(), typed.email())
                // The dialog does not edit second-script forms yet: they stay as they were.
                : typed.withAlt(recipients.stream().filter(r -> r.id().equals(form.id())).findFirst()
                        .map(Recipient::alt).orElse(org.appeal.domain.RecipientText.NONE));
        executor.submit(messages.get("task.saveRecipient"), progress -> {
            session.saveRecipient(recipient);
            return recipient;
        }, saved -> { /* the session publishes it: campaignChanged shows it */ }, failure -> dialogs.error(messages.get("error.saveTitle"), failure.getMessage()));
    }
}
