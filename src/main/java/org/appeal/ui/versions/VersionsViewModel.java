package org.appeal.ui.versions;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.appeal.app.CampaignChange;
import org.appeal.app.CampaignSession;
import org.appeal.compose.VersionComparison;
import org.appeal.domain.CampaignData;
import org.appeal.domain.LetterDraft;
import org.appeal.ui.common.Messages;
import org.appeal.ui.screen.EditedLetter;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Two language versions of a letter side by side (a letter and its translation, as a bilingual
 * PDF prints them), with what would put their notes out of step: a different number of
 * paragraphs, or a paragraph that cites other sources or in another order
 * ({@link VersionComparison}). The main letter is shown as the editor holds it, unsaved edits
 * included; the others as saved.
 */
public final class VersionsViewModel {
    private final CampaignSession session;
    private final EditedLetter edited;
    private final Messages messages;

    private final ObservableList<String> letters = FXCollections.observableArrayList();
    private final StringProperty first = new SimpleStringProperty();
    private final StringProperty second = new SimpleStringProperty();
    private final StringProperty firstBody = new SimpleStringProperty("");
    private final StringProperty secondBody = new SimpleStringProperty("");
    private final ObservableList<String> differences = FXCollections.observableArrayList();
    private final StringProperty verdict = new SimpleStringProperty("");
    private final BooleanProperty inStep = new SimpleBooleanProperty(true);

    public VersionsViewModel(CampaignSession session, EditedLetter edited, Messages messages) {
        this.session = session;
        this.edited = edited;
        this.messages = messages;
        loadLetters();
        List<String> versions = session.data().versionsOf(CampaignData.MAIN_LETTER);
        first.set(CampaignData.MAIN_LETTER);
        second.set(versions.size() > 1 ? versions.get(1) : CampaignData.MAIN_LETTER);
        first.addListener((o, a, b) -> compare());
        second.addListener((o, a, b) -> compare());
        edited.draftProperty().addListener((o, a, b) -> compare());
        compare();
    }

    /** A letter saved or its settings changed, here or on another screen. */
    public void campaignChanged(CampaignChange change) {
        if (change == CampaignChange.LETTER || change == CampaignChange.SETTINGS) {
            loadLetters();
            if (!letters.contains(first.get())) {
                first.set(CampaignData.MAIN_LETTER);
            }
            if (!letters.contains(second.get())) {
                second.set(CampaignData.MAIN_LETTER);
            }
            compare();
        }
    }

    /** The interface's language changed: the differences are said again in it. */
    public void relabel() {
        compare();
    }

    private void loadLetters() {
        List<String> names = session.data().letterNames();
        if (!names.equals(letters)) {
            letters.setAll(names);
        }
    }

    private String body(String name) {
        if (name == null) {
            return "";
        }
        if (CampaignData.MAIN_LETTER.equals(name)) {
            return edited.draft().body();
        }
        return session.data().letter(name).map(LetterDraft::body).orElse("");
    }

    private void compare() {
        String a = body(first.get());
        String b = body(second.get());
        firstBody.set(a);
        secondBody.set(b);
        List<String> found = VersionComparison.compare(a, b).stream().map(d -> switch (d.kind()) {
            case PARAGRAPH_COUNT -> messages.get("versions.paragraphCount", VersionComparison.paragraphCount(a),
                    VersionComparison.paragraphCount(b));
            case CITATIONS -> messages.get("versions.citations", d.paragraph(), keys(d.first()), keys(d.second()));
        }).toList();
        differences.setAll(found);
        inStep.set(found.isEmpty());
        verdict.set(found.isEmpty() ? messages.get("versions.inStep")
                : messages.get("versions.apart", messages.plural("count.differences", found.size())));
    }

    private String keys(List<String> keys) {
        return keys.isEmpty() ? messages.get("versions.none")
                : keys.stream().map(k -> "@" + k).collect(Collectors.joining(", "));
    }

    /** Every letter of the campaign, the main one first. */
    public ObservableList<String> letters() { return letters; }
    public StringProperty firstProperty() { return first; }
    public StringProperty secondProperty() { return second; }
    public StringProperty firstBodyProperty() { return firstBody; }
    public StringProperty secondBodyProperty() { return secondBody; }
    /** What differs, a line each, in the interface's language; empty when the versions are in step. */
    public ObservableList<String> differences() { return differences; }
    public StringProperty verdictProperty() { return verdict; }
    public BooleanProperty inStepProperty() { return inStep; }
}
