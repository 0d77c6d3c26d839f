package org.appeal.ui.campaigns;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.appeal.app.NewCampaign;
import org.appeal.domain.LetterDraft;
import org.appeal.ui.common.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * File → New campaign's form: title, the letter's language (the campaign's, which every letter
 * takes unless it has its own), target state and coalition (both may stay empty), the letter's
 * date and the day whose signatories it lists, and the layout. What is missing or unreadable is
 * listed in words, and the campaign can be made only when nothing is.
 */
public final class NewCampaignViewModel {
    private final Messages messages;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("");
    private final StringProperty targetState = new SimpleStringProperty("");
    private final StringProperty coalition = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> letterDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> signatoriesAsOf = new SimpleObjectProperty<>();
    private final StringProperty layout = new SimpleStringProperty(LetterDraft.DEFAULT_TEMPLATE);
    private final ObservableList<String> layouts = FXCollections.observableArrayList();
    /** Date fields whose entry is no day, by the field's name: why, in words. */
    private final ObservableMap<String, String> entryProblems = FXCollections.observableHashMap();
    private final ObjectBinding<List<String>> findings;

    /** @param today the day both dates start at */
    public NewCampaignViewModel(Messages messages, List<String> templates, LocalDate today) {
        this.messages = messages;
        layouts.setAll(templates);
        if (!layouts.contains(LetterDraft.DEFAULT_TEMPLATE)) {
            layouts.add(0, LetterDraft.DEFAULT_TEMPLATE);
        }
        language.set(messages.locale().getLanguage());
        letterDate.set(today);
        signatoriesAsOf.set(today);
        findings = Bindings.createObjectBinding(this::currentFindings, title, language, letterDate, signatoriesAsOf,
                layout, entryProblems);
    }

    /** The form as typed. */
    public NewCampaign form() {
        return new NewCampaign(title.get(), language.get(), targetState.get(), coalition.get(), letterDate.get(),
                signatoriesAsOf.get(), layout.get());
    }

    private List<String> currentFindings() {
        List<String> found = new ArrayList<>();
        entryProblems.forEach((field, why) -> found.add(field + ": " + why));
        found.sort(null);
        if (entryProblems.isEmpty()) {
            form().problems().forEach(p -> found.add(messages.get("newCampaign.problem." + p.name())));
        } else {
            form().problems().stream().filter(p -> p != NewCampaign.Problem.NO_LETTER_DATE
                    && p != NewCampaign.Problem.NO_SIGNATORIES_DATE)
                    .forEach(p -> found.add(messages.get("newCampaign.problem." + p.name())));
        }
        return found;
    }

    /** A date field says its entry cannot be read (empty: it can). */
    public void entryProblem(String field, String problem) {
        if (problem == null || problem.isEmpty()) {
            entryProblems.remove(field);
        } else {
            entryProblems.put(field, problem);
        }
    }

    /** What stands in the way, in words; empty when the campaign can be made. */
    public ObjectBinding<List<String>> findings() { return findings; }
    public BooleanBinding canCreate() { return Bindings.createBooleanBinding(() -> findings.get().isEmpty(), findings); }
    public StringProperty titleProperty() { return title; }
    public StringProperty languageProperty() { return language; }
    public StringProperty targetStateProperty() { return targetState; }
    public StringProperty coalitionProperty() { return coalition; }
    public ObjectProperty<LocalDate> letterDateProperty() { return letterDate; }
    public ObjectProperty<LocalDate> signatoriesAsOfProperty() { return signatoriesAsOf; }
    public StringProperty layoutProperty() { return layout; }
    public ObservableList<String> layouts() { return layouts; }
}
