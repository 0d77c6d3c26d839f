package org.appeal.ui.signatories;

import javafx.beans.property.StringProperty;
import org.appeal.app.CampaignSession;
import org.appeal.domain.CampaignImage;
import org.appeal.domain.Signatory;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;
import org.appeal.ui.screen.StatusLine;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Saving a signatory's form: a new one gets an id from its name, a chosen image is read and kept
 * in the workspace under a name no other signatory's image has, all in the background.
 */
final class SignatorySaving {
    private final CampaignSession session;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final StatusLine status;
    private final StringProperty focusId;

    /** @param focusId receives the saved signatory's id, for the table to keep it selected */
    SignatorySaving(CampaignSession session, UiExecutor executor, DialogService dialogs, Messages messages,
                    StatusLine status, StringProperty focusId) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.status = status;
        this.focusId = focusId;
    }

    void save(SignatoryForm form) {
        List<Signatory> list = session.data().signatories().all();
        String id = form.id().isEmpty()
                ? SignatoryForm.newId(form.text(SignatoryField.NAME).strip(), list.stream().map(Signatory::id).toList())
                : form.id();
        SignatoryForm withId = new SignatoryForm(id, form.kind(), form.position(), form.texts(), form.withdrawnOn(),
                form.imagePath(), form.chosen());
        Locale locale = messages.locale();
        executor.submit(messages.get("task.saveSignatory"), progress -> {
            Optional<CampaignImage> image = Optional.empty();
            String reference = withId.imagePath();
            if (withId.chosen().isPresent()) {
                byte[] bytes = Files.readAllBytes(withId.chosen().get().file());
                CampaignImage read = new CampaignImage("images/x", bytes);
                reference = imagePathFor(id, read.mediaType().equals("image/png") ? "png" : "jpg", list);
                image = Optional.of(new CampaignImage(reference, bytes));
            }
            Signatory signatory = withId.toSignatory(locale, reference);
            session.saveSignatory(signatory, image);
            return signatory;
        }, saved -> {
            focusId.set(saved.id());
            status.show(messages.get("signatory.saved", saved.name()));
        }, failure -> dialogs.error(messages.get("error.saveTitle"), failure.getMessage()));
    }

    /** {@code images/<id>.<ext>}, unless another signatory's image has that name already. */
    private static String imagePathFor(String id, String extension, List<Signatory> list) {
        String base = "images/" + id.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        Set<String> taken = new HashSet<>();
        list.stream().filter(s -> !s.id().equals(id)).forEach(s -> taken.add(s.signatureImage()));
        String path = base + "." + extension;
        for (int n = 2; taken.contains(path); n++) {
            path = base + "-" + n + "." + extension;
        }
        return path;
    }
}
