package org.appeal.ui.signatories;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.appeal.app.CampaignSession;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryOrder;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;
import org.appeal.ui.screen.StatusLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Changing the letter's order of signatories: a place up or down among those shown, or before or
 * after another (a drag and drop). Only in the letter's order: in another there is no "before".
 */
final class SignatoryReordering {
    private final CampaignSession session;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final StatusLine status;
    private final ObservableList<Signatory> shown;
    private final BooleanBinding canReorder;
    private final StringProperty focusId;

    /**
     * @param shown      the signatories as the screen lists them
     * @param canReorder whether the list is in the letter's order
     * @param focusId    receives the moved signatory's id, for the table to keep it selected
     */
    SignatoryReordering(CampaignSession session, UiExecutor executor, DialogService dialogs, Messages messages,
                        StatusLine status, ObservableList<Signatory> shown, BooleanBinding canReorder,
                        StringProperty focusId) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.status = status;
        this.shown = shown;
        this.canReorder = canReorder;
        this.focusId = focusId;
    }

    void moveUp(Signatory signatory) {
        neighbour(signatory, -1).ifPresent(above -> move(signatory, above, false));
    }

    void moveDown(Signatory signatory) {
        neighbour(signatory, 1).ifPresent(below -> move(signatory, below, true));
    }

    private Optional<Signatory> neighbour(Signatory signatory, int step) {
        if (!canReorder.get()) {
            status.show(messages.get("signatory.reorderOnlyInLetterOrder"));
            return Optional.empty();
        }
        int at = indexOf(shown, signatory.id());
        int to = at + step;
        return at < 0 || to < 0 || to >= shown.size() ? Optional.empty() : Optional.of(shown.get(to));
    }

    void move(Signatory moved, Signatory target, boolean after) {
        if (!canReorder.get()) {
            status.show(messages.get("signatory.reorderOnlyInLetterOrder"));
            return;
        }
        if (moved.id().equals(target.id())) {
            return;
        }
        List<String> ids = new ArrayList<>(session.data().signatories().all().stream()
                .sorted(SignatoryOrder.listPosition()).map(Signatory::id).toList());
        ids.remove(moved.id());
        int at = ids.indexOf(target.id());
        if (at < 0) {
            return;
        }
        ids.add(after ? at + 1 : at, moved.id());
        focusId.set(moved.id());
        executor.submit(messages.get("task.reorder"), progress -> {
            session.reorderSignatories(ids);
            return ids;
        }, done -> { }, failure -> dialogs.error(messages.get("error.saveTitle"), failure.getMessage()));
    }

    private static int indexOf(List<Signatory> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
