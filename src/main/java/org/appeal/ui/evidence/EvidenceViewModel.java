package org.appeal.ui.evidence;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.appeal.app.CampaignChange;
import org.appeal.app.CampaignSession;
import org.appeal.domain.Evidence;
import org.appeal.domain.Pinpoint;
import org.appeal.domain.QuoteCheck;
import org.appeal.domain.Source;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;

import java.util.Locale;
import java.util.Optional;

/**
 * The evidence library: sources with their numbered paragraphs, and the quotes taken from them,
 * each checked word for word against its source.
 */
public final class EvidenceViewModel {
    /** A quote and what the check found. */
    public record Item(Evidence evidence, QuoteCheck check) {
    }

    private final CampaignSession session;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>();
    private final ObjectProperty<SourceText> text = new SimpleObjectProperty<>(new SourceText("", java.util.List.of()));
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    /** The source to show once the change that adds it arrives. */
    private String selectSource;

    private final org.appeal.ui.screen.StatusLine news;

    /** @param news the window's news line: what a save did, how to cite a new source */
    public EvidenceViewModel(CampaignSession session, UiExecutor executor, DialogService dialogs, Messages messages,
                             org.appeal.ui.screen.StatusLine news) {
        this.news = news;
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        source.addListener((o, a, b) -> {
            text.set(b == null ? new SourceText("", java.util.List.of()) : SourceText.of(b));
        });
        reload();
        if (!sources.isEmpty()) {
            source.set(sources.stream().filter(s -> !s.paragraphs().isEmpty()).findFirst().orElse(sources.get(0)));
        }
    }

    private void reload() {
        sources.setAll(session.data().sources());
        items.setAll(session.data().evidence().stream().map(e -> new Item(e, QuoteCheck.of(e,
                session.data().sources().stream().filter(s -> s.id().equals(e.sourceId())).findFirst()))).toList());
        long attention = items.stream().filter(i -> i.check().needsAttention()).count();
        status.set(messages.get("evidence.summary", items.size(), attention));
    }

    /** A citation key suggested for a passage of the selected source: "source-id-para-8". */
    public String suggestKey(int paragraph) {
        Source s = source.get();
        String base = (s == null ? "quote" : s.id()).toLowerCase(Locale.ROOT) + "-para-" + paragraph;
        String key = base;
        for (int n = 2; keyTaken(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    private boolean keyTaken(String key) {
        return session.data().evidence().stream().anyMatch(e -> e.citationKey().equals(key));
    }

    /**
     * Adds the selected passage as evidence: the selection must lie within one paragraph, whose
     * number becomes the pinpoint.
     *
     * @param askKey shows the suggested key to the user and returns the one they chose (empty: cancel)
     */
    public void addFromSelection(int start, int end, java.util.function.Function<String, Optional<String>> askKey) {
        Source s = source.get();
        Optional<SourceText.Span> span = text.get().paragraphOf(start, end);
        if (s == null || span.isEmpty()) {
            dialogs.error(messages.get("evidence.selectTitle"), messages.get("evidence.selectWithinParagraph"));
            return;
        }
        String quote = text.get().text().substring(start, end).strip();
        Optional<String> key = askKey.apply(suggestKey(span.get().number())).map(String::strip).filter(k -> !k.isEmpty());
        if (key.isEmpty()) {
            return;
        }
        if (keyTaken(key.get())) {
            dialogs.error(messages.get("evidence.selectTitle"), messages.get("evidence.keyTaken", key.get()));
            return;
        }
        Evidence evidence = new Evidence(key.get(), s.id(), quote,
                new Pinpoint(Pinpoint.Unit.PARAGRAPH, String.valueOf(span.get().number())));
        executor.submit(messages.get("task.evidence"), progress -> {
            session.addEvidence(evidence);
            return evidence;
        }, added -> { /* the session publishes it: campaignChanged shows it */ }, failure -> dialogs.error(messages.get("error.saveTitle"), failure.getMessage()));
    }

    /** Evidence or sources written here or elsewhere: the library and its checks are read again. */
    public void campaignChanged(CampaignChange change) {
        if (change == CampaignChange.EVIDENCE) {
            String shownId = source.get() == null ? null : source.get().id();
            reload();
            String wanted = selectSource != null ? selectSource : shownId;
            selectSource = null;
            source.set(sources.stream().filter(s -> s.id().equals(wanted)).findFirst()
                    .orElse(sources.isEmpty() ? null : sources.get(0)));
        }
    }

    /** The keys a new source may not take: a citation must mean one thing. */
    public java.util.Set<String> takenKeys() {
        java.util.Set<String> taken = new java.util.HashSet<>();
        session.data().sources().forEach(s -> taken.add(s.id()));
        session.data().evidence().forEach(e -> taken.add(e.citationKey()));
        return taken;
    }

    /** Asks for the document a source's text is read from. */
    public Optional<java.nio.file.Path> chooseSourceFile() {
        return dialogs.chooseOpenFile(messages.get("source.chooseFile"), java.util.List.of("txt", "md", "pdf"));
    }

    /**
     * Shows the form through {@code editor} (the dialog) and saves what it returns: the text is read
     * from the chosen document in the background, and the new source is shown at once, ready for a
     * quote to be taken from it and for the letter to cite it.
     */
    public void editSource(SourceForm form, java.util.function.Function<SourceForm, Optional<SourceForm>> editor) {
        editor.apply(form).filter(f -> f.canSave(messages, f.isNew() ? takenKeys() : java.util.Set.of()))
                .ifPresent(this::saveSource);
    }

    public void saveSource(SourceForm form) {
        Source typed = form.toSource(messages.locale());
        executor.submit(messages.get("task.saveSource"), progress -> session.saveSource(typed, form.textFile()),
                saved -> {
                    selectSource = saved.id();
                    source.set(sources.stream().filter(s -> s.id().equals(saved.id())).findFirst().orElse(source.get()));
                    news.show(messages.get("source.saved", saved.title(), saved.id(), saved.paragraphs().size()));
                },
                failure -> {
                    if (failure instanceof org.appeal.store.ImportException e) {
                        org.appeal.ui.common.ProblemWording wording = new org.appeal.ui.common.ProblemWording(messages);
                        dialogs.problems(messages.get("source.failedTitle"), messages.get("problems.sourceHeader",
                                form.textFile().map(f -> String.valueOf(f.getFileName())).orElse("")),
                                e.problems().stream().map(wording::of).toList());
                    } else {
                        dialogs.error(messages.get("error.saveTitle"), failure.getMessage());
                    }
                });
    }

    /** Removes a source after asking; the quotes taken from it go with it, as the question says. */
    public void removeSource(Source removed) {
        long quotes = session.data().evidence().stream().filter(e -> e.sourceId().equals(removed.id())).count();
        if (!dialogs.confirm(messages.get("source.removeTitle"), messages.get("source.removeQuestion", removed.title(),
                quotes, removed.id()))) {
            return;
        }
        executor.submit(messages.get("task.removeSource"), progress -> {
            session.removeSource(removed);
            return removed;
        }, done -> { }, failure -> dialogs.error(messages.get("error.saveTitle"), failure.getMessage()));
    }

    /** Shows a quote in {@code editor} and saves what it returns; its check is made again. */
    public void editEvidence(Evidence evidence, java.util.function.Function<Evidence, Optional<Evidence>> editor) {
        editor.apply(evidence).filter(e -> !e.quote().isBlank()).ifPresent(edited -> executor.submit(
                messages.get("task.evidence"), progress -> {
                    session.saveEvidence(edited);
                    return edited;
                }, done -> { }, failure -> dialogs.error(messages.get("error.saveTitle"), failure.getMessage())));
    }

    /** Removes a quote after asking; a letter that still cites its key shows that as a problem. */
    public void removeEvidence(Evidence evidence) {
        if (!dialogs.confirm(messages.get("evidence.removeTitle"), messages.get("evidence.removeQuestion",
                evidence.citationKey()))) {
            return;
        }
        executor.submit(messages.get("task.removeEvidence"), progress -> {
            session.removeEvidence(evidence);
            return evidence;
        }, done -> { }, failure -> dialogs.error(messages.get("error.saveTitle"), failure.getMessage()));
    }

    /** The news line says what is on the clipboard and where it goes. */
    public void citationCopied(String citation) {
        news.show(messages.get("evidence.citationCopied", citation));
    }

    /** How the letter body cites a source or a quote: {@code [@key]}. */
    public static String citation(String key) {
        return "[@" + key + "]";
    }

    public ObservableList<Source> sources() { return sources; }
    public ObjectProperty<Source> sourceProperty() { return source; }
    public ObjectProperty<SourceText> textProperty() { return text; }
    public ObservableList<Item> items() { return items; }
    public StringProperty statusProperty() { return status; }
}
