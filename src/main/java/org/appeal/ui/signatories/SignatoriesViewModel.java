package org.appeal.ui.signatories;

import javafx.beans.binding.BooleanBinding;
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
import org.appeal.app.DateEntry;
import org.appeal.domain.DuplicateFinder;
import org.appeal.domain.DuplicateSuggestion;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryOrder;
import org.appeal.domain.SignatoriesAsOf;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;
import org.appeal.ui.screen.StatusLine;

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
    private final StatusLine status;
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty focusId = new SimpleStringProperty();
    private final BooleanBinding canReorder = order.isEqualTo(Order.LIST);
    private final SheetImport sheets;
    private final SignatorySaving saving;
    private final SignatoryReordering reordering;

    /**
     * @param currentLetter the letter as the editor holds it now, unsaved edits included: what
     *                      signatories are asked to approve
     * @param status        the window's news line: what an import or a removal did
     */
    public SignatoriesViewModel(CampaignSession session, UiExecutor executor, DialogService dialogs, Messages messages,
                                java.util.function.Supplier<org.appeal.domain.LetterDraft> currentLetter,
                                StatusLine status) {
        this.status = status;
        this.session = session;
        this.currentLetter = currentLetter;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.sheets = new SheetImport(session, executor, dialogs, messages, status, notice);
        this.saving = new SignatorySaving(session, executor, dialogs, messages, status, focusId);
        this.reordering = new SignatoryReordering(session, executor, dialogs, messages, status, shown, canReorder,
                focusId);
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

    /**
     * A dry run of a sign-on sheet, in the background (the wizard shows it is busy): what would be
     * added, updated, rejected.
     */
    public void planImport(Path sheet, SheetImportChoices choices, Consumer<SheetImportPreview> show) {
        sheets.plan(sheet, choices, show);
    }

    /**
     * Imports the sheet in one transaction, in the background; the list follows through
     * {@link #campaignChanged}, and the status line says what it did ("7 added, 2 updated, 1 skipped").
     */
    public void applyImport(Path sheet, SheetImportChoices choices) {
        sheets.apply(sheet, choices);
    }

    /** The rows a dry run rejected, listed in the problems dialog in plain words first. */
    public void showProblems(Path sheet, SheetImportPreview preview) {
        sheets.showProblems(sheet, preview);
    }

    /** A blank form for a new organisation placed after the others. */
    public SignatoryForm newForm() {
        int position = session.data().signatories().all().stream().mapToInt(Signatory::position).max().orElse(0) + 1;
        return new SignatoryForm("", Signatory.Kind.ORGANISATION, position, java.util.Map.of(), null, "",
                java.util.Optional.empty());
    }

    /**
     * Shows the form through {@code editor} (the dialog) and saves what it returns.
     *
     * @param editor shows a form and returns the edited one, or empty when cancelled
     */
    public void edit(SignatoryForm form, java.util.function.Function<SignatoryForm, java.util.Optional<SignatoryForm>> editor) {
        editor.apply(form).filter(f -> f.canSave(messages)).ifPresent(this::save);
    }

    /**
     * Asks for an image file (PNG or JPEG) and checks it as a bundle's images are checked (by
     * content, size, decoding to the end), in the background.
     *
     * @param chosen receives the file and what is wrong with it, if anything
     */
    public void chooseImage(Consumer<SignatoryForm.ChosenImage> chosen) {
        dialogs.chooseOpenFile(messages.get("signatory.chooseImage"), java.util.List.of("png", "jpg", "jpeg"))
                .ifPresent(file -> executor.submit(messages.get("task.checkImage"), progress -> new SignatoryForm.ChosenImage(
                        file, org.appeal.files.ImageFile.problem(file, String.valueOf(file.getFileName())).orElse("")),
                        chosen, failure -> chosen.accept(new SignatoryForm.ChosenImage(file, failure.getMessage()))));
    }

    /**
     * Saves the form: a new signatory gets an id from its name, a chosen image is read and kept in
     * the workspace as {@code images/<id>.png} (or {@code .jpg}), all in the background.
     */
    public void save(SignatoryForm form) {
        saving.save(form);
    }

    /**
     * Removes a signatory after asking; one that a saved or exported version of the letter printed
     * is withdrawn as of today instead, and the screen says so.
     */
    public void remove(Signatory signatory) {
        if (!dialogs.confirm(messages.get("signatory.removeTitle"), messages.get("signatory.removeQuestion", signatory.name()))) {
            return;
        }
        LocalDate today = LocalDate.now();
        executor.submit(messages.get("task.removeSignatory"), progress -> session.removeSignatory(signatory, today),
                removal -> {
                    String said = switch (removal) {
                        case DELETED -> messages.get("signatory.removed", signatory.name());
                        case WITHDRAWN -> messages.get("signatory.withdrawnInstead", signatory.name(),
                                DateEntry.show(today, messages.locale()));
                        case ALREADY_WITHDRAWN -> messages.get("signatory.alreadyWithdrawn", signatory.name());
                    };
                    notice.set(said);
                    status.show(said);
                }, failure -> dialogs.error(messages.get("error.saveTitle"), failure.getMessage()));
    }

    /** The bytes of an image the workspace holds for a signatory, to show in the form. */
    public java.util.Optional<byte[]> heldImage(String path) {
        return session.data().image(path).map(org.appeal.domain.CampaignImage::bytes);
    }

    /** One place up in the letter's order, among the signatories the screen shows. */
    public void moveUp(Signatory signatory) {
        reordering.moveUp(signatory);
    }

    /** One place down in the letter's order, among the signatories the screen shows. */
    public void moveDown(Signatory signatory) {
        reordering.moveDown(signatory);
    }

    /**
     * Moves {@code moved} just before (or after) {@code target} in the letter's order: what a drag
     * and drop does. Only in the letter's order: in another order there is no "before" to move to.
     */
    public void move(Signatory moved, Signatory target, boolean after) {
        reordering.move(moved, target, after);
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
    /** What the last removal or import did, shown on the screen until the next one. */
    public StringProperty noticeProperty() { return notice; }
    /** The signatory the table should keep selected after a move or save (its id). */
    public StringProperty focusIdProperty() { return focusId; }
    /** A sheet is being read or imported. */
    public BooleanProperty busyProperty() { return sheets.busyProperty(); }
    /** Moving is possible in the letter's order only. */
    public BooleanBinding canReorderProperty() { return canReorder; }
    public Messages messages() { return messages; }
}
