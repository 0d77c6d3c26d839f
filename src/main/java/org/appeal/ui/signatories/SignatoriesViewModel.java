package org.appeal.ui.signatories;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.appeal.app.CampaignChange;
import org.appeal.app.CampaignSession;
import org.appeal.domain.DuplicateFinder;
import org.appeal.domain.DuplicateSuggestion;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryOrder;
import org.appeal.domain.SignatoriesAsOf;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The signatories screen: the whole sign-on list, or exactly who the letter prints as of a day;
 * search, orders, withdrawal (the record stays), duplicate merges on the user's word, and sign-on
 * sheet imports.
 */
public final class SignatoriesViewModel {
    public enum Order {
        LIST(SignatoryOrder.listPosition()), NAME(SignatoryOrder.name()), FAMILY_NAME(SignatoryOrder.familyName()),
        SIGNED_ON(SignatoryOrder.signedOn());

        private final Comparator<Signatory> comparator;

        Order(Comparator<Signatory> comparator) {
            this.comparator = comparator;
        }
    }

    private final CampaignSession session;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final java.util.function.Supplier<org.appeal.domain.LetterDraft> currentLetter;

    private final ObservableList<Signatory> all = FXCollections.observableArrayList();
    private final FilteredList<Signatory> filtered = new FilteredList<>(all);
    private final SortedList<Signatory> shown = new SortedList<>(filtered);
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final BooleanProperty onlyInLetter = new SimpleBooleanProperty(true);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Order> order = new SimpleObjectProperty<>(Order.LIST);
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<DuplicateSuggestion> suggestions = FXCollections.observableArrayList();

    /**
     * @param currentLetter the letter as the editor holds it now, unsaved edits included: what
     *                      signatories are asked to approve
     */
    public SignatoriesViewModel(CampaignSession session, UiExecutor executor, DialogService dialogs, Messages messages,
                                java.util.function.Supplier<org.appeal.domain.LetterDraft> currentLetter) {
        this.session = session;
        this.currentLetter = currentLetter;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        asOf.set(session.data().letter().signatoriesAsOf());
        asOf.addListener((o, a, b) -> refilter());
        onlyInLetter.addListener((o, a, b) -> refilter());
        search.addListener((o, a, b) -> refilter());
        order.addListener((o, a, b) -> shown.setComparator(b.comparator));
        shown.setComparator(Order.LIST.comparator);
        reload();
    }

    private void reload() {
        all.setAll(session.data().signatories().all());
        suggestions.setAll(new DuplicateFinder().suggest(all));
        refilter();
    }

    /** The interface's language changed: the summary is said again in it. */
    public void relabel() {
        refilter();
    }

    private void refilter() {
        LocalDate day = asOf.get();
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(s -> (!onlyInLetter.get() || day == null || s.isSignedAsOf(day))
                && (needle.isEmpty() || s.mentions(needle)));
        SignatoriesAsOf listed = session.data().signatories().asOf(day == null ? LocalDate.now() : day);
        summary.set(messages.get("signatories.summary", listed.count(),
                messages.plural("count.groups", listed.organisations().size()),
                messages.plural("count.individuals", listed.individuals().size()),
                day == null ? "" : org.appeal.app.DateEntry.show(day, messages.locale()), all.size()));
    }

    /** Whether the signatory approved the text as it stands now. */
    public org.appeal.domain.Consent.Status consent(Signatory signatory) {
        return org.appeal.domain.Consent.of(currentLetter.get(), java.util.List.of(signatory), session.approvals())
                .get(signatory.id());
    }

    /** Records that these signatories approved the current text (after being asked again). */
    public void recordApproval(java.util.List<Signatory> signatories) {
        org.appeal.domain.LetterDraft letter = currentLetter.get();
        executor.submit(messages.get("task.approval"), progress -> {
            session.recordApproval(signatories, letter);
            return signatories;
        }, saved -> { /* the session publishes it: campaignChanged shows it */ }, failure -> dialogs.error(messages.get("error.saveTitle"), failure.getMessage()));
    }

    /** Marks a signatory as withdrawn on a day; the record stays, so earlier letters stay reproducible. */
    public void withdraw(Signatory signatory, LocalDate day) {
        save(signatory.withdrawn(day), "task.withdraw");
    }

    private void save(Signatory changed, String task) {
        executor.submit(messages.get(task), progress -> {
            session.saveSignatory(changed);
            return changed;
        }, saved -> { /* the session publishes it: campaignChanged shows it */ }, failure -> dialogs.error(messages.get("error.saveTitle"), failure.getMessage()));
    }

    /** Merges a suggested pair on the user's word, keeping {@code keep}. */
    public void merge(DuplicateSuggestion suggestion, Signatory keep) {
        Signatory drop = keep.equals(suggestion.a()) ? suggestion.b() : suggestion.a();
        executor.submit(messages.get("task.merge"), progress -> session.merge(keep, drop), merged -> { },
                failure -> dialogs.error(messages.get("error.saveTitle"), failure.getMessage()));
    }

    /** A dry run of a sign-on sheet: what would be added, updated, rejected. */
    public void planImport(Path sheet, SheetImportChoices choices, Consumer<SheetImportPreview> show) {
        executor.submit(messages.get("task.planImport"), progress -> session.planSheet(sheet, choices.options()),
                plan -> show.accept(SheetImportPreview.of(plan, messages)),
                failure -> dialogs.error(messages.get("import.failedTitle"), failure.getMessage()));
    }

    /** Imports the sheet in one transaction; the list follows through {@link #campaignChanged}. */
    public void applyImport(Path sheet, SheetImportChoices choices) {
        executor.submit(messages.get("task.import"), progress -> session.importSheet(sheet, choices.options()),
                plan -> { }, failure -> dialogs.error(messages.get("import.failedTitle"), failure.getMessage()));
    }

    /** Signatories or approvals written, here or elsewhere: the list, its summary and the suggestions follow. */
    public void campaignChanged(CampaignChange change) {
        if (change == CampaignChange.SIGNATORIES || change == CampaignChange.APPROVALS) {
            reload();
        }
    }

    public ObservableList<Signatory> shown() { return shown; }
    public ObservableList<Signatory> all() { return all; }
    public ObjectProperty<LocalDate> asOfProperty() { return asOf; }
    public BooleanProperty onlyInLetterProperty() { return onlyInLetter; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<Order> orderProperty() { return order; }
    public StringProperty summaryProperty() { return summary; }
    public ObservableList<DuplicateSuggestion> suggestions() { return suggestions; }
}
