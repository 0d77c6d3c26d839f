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

    public EvidenceViewModel(CampaignSession session, UiExecutor executor, DialogService dialogs, Messages messages) {
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

    /** Evidence added here or elsewhere: the library and its checks are read again. */
    public void campaignChanged(CampaignChange change) {
        if (change == CampaignChange.EVIDENCE) {
            reload();
        }
    }

    public ObservableList<Source> sources() { return sources; }
    public ObjectProperty<Source> sourceProperty() { return source; }
    public ObjectProperty<SourceText> textProperty() { return text; }
    public ObservableList<Item> items() { return items; }
    public StringProperty statusProperty() { return status; }
}
