package org.appeal.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.appeal.app.CampaignChange;
import org.appeal.app.CampaignSession;
import org.appeal.app.LetterLanguage;
import org.appeal.domain.Addressing;
import org.appeal.domain.Campaign;
import org.appeal.domain.CampaignData;
import org.appeal.domain.CitationSettings;
import org.appeal.domain.LayoutName;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.NamedLetter;
import org.appeal.domain.TranslationRules;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;
import org.appeal.ui.screen.StatusLine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The campaign settings screen: what {@code campaign.yaml} says, edited in the window. The
 * campaign's title, language, target state and coalition; each letter's language, layout, way
 * of citing and addressing (one letter, or one to each TO recipient); further letters added, renamed and removed. Every change is saved at once through the
 * session (row versions: a change from an outdated copy is refused and the screen shows what is
 * saved), and can be undone and redone while the campaign is open: an undo is a save of what was
 * there before, under the same rules.
 */
public final class CampaignSettingsViewModel {
    /** The languages Appeal writes letters in. */
    public static final List<String> LANGUAGES = List.of("en", "ko");

    /**
     * One letter's settings as the list shows them. {@code language} empty: the campaign's;
     * {@code addressing} one letter or one to each TO recipient; {@code translationOf} the letter
     * this one gives in its language (a bilingual pair), empty: none.
     */
    public record LetterRow(String name, String subject, String language, String layout, CitationSettings citations,
                            Addressing addressing, String translationOf) {
        public boolean main() {
            return CampaignData.MAIN_LETTER.equals(name);
        }
    }

    private final DialogService dialogs;
    private final Messages messages;
    private final CampaignFields fields = new CampaignFields();
    private final ObservableList<LetterRow> letters = FXCollections.observableArrayList();
    private final ObservableList<String> layouts = FXCollections.observableArrayList();
    private final SettingsHistory history = new SettingsHistory();
    private final SettingsSaves saves;
    private final FurtherLetterActions furtherLetters;
    /** What the fields were last loaded from: a reload changes only what changed since, not what is being typed. */
    private SavedSettings shown;

    public CampaignSettingsViewModel(CampaignSession session, List<String> templates, UiExecutor executor,
                                     DialogService dialogs, Messages messages, StatusLine status) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.saves = new SettingsSaves(session, executor, dialogs, messages, status, history::update, () -> {
            shown = null;  // show what is saved, every field
            load();
        });
        this.furtherLetters = new FurtherLetterActions(dialogs, messages,
                () -> letters.stream().map(LetterRow::name).toList(), this::saved, this::apply);
        layouts.setAll(templates);
        load();
    }

    /** Settings saved here or elsewhere (the letter's layout from the letter screen) show here. */
    public void campaignChanged(CampaignChange change) {
        if (change == CampaignChange.SETTINGS || change == CampaignChange.LETTER) {
            load();
        }
    }

    private void load() {
        SavedSettings now = saved();
        fields.show(shown == null ? null : shown.campaign(), now.campaign());
        List<LetterRow> rows = now.rows();
        rows.forEach(r -> {
            if (!layouts.contains(r.layout())) {
                layouts.add(r.layout());
            }
        });
        if (!rows.equals(letters)) {
            letters.setAll(rows);
        }
        shown = now;
    }

    // ---- the campaign ----

    /** The title field was left or confirmed: a different title is saved (the campaign is renamed). */
    public void commitTitle() {
        String typed = fields.title().get().strip();
        if (typed.isEmpty()) {
            dialogs.error(messages.get("settings.failedTitle"), messages.get("settings.titleRequired"));
            fields.title().set(saved().campaign().title());
            return;
        }
        changeCampaign(c -> c.withTitle(typed), "settings.did.title");
    }

    /** File → Rename campaign: as if the title field were edited. */
    public void rename(String newTitle) {
        fields.title().set(newTitle);
        commitTitle();
    }

    public void commitLanguage() {
        String chosen = fields.language().get() == null ? "" : fields.language().get().strip();
        if (chosen.isEmpty()) {
            fields.language().set(saved().campaign().language());
            return;
        }
        changeCampaign(c -> c.withLanguage(chosen), "settings.did.language");
    }

    public void commitTargetState() {
        String typed = fields.targetState().get().strip();
        changeCampaign(c -> c.withTargetState(typed), "settings.did.targetState");
    }

    public void commitCoalition() {
        String typed = fields.coalition().get().strip();
        changeCampaign(c -> c.withCoalition(typed), "settings.did.coalition");
    }

    private void changeCampaign(UnaryOperator<Campaign> change, String what) {
        SavedSettings now = saved();
        Campaign changed = change.apply(now.campaign());
        if (!changed.equals(now.campaign())) {
            apply(now.withCampaign(changed), what);
        }
    }

    // ---- each letter ----

    public void chooseLayout(String letter, String layout) {
        if (layout == null || LayoutName.problem(layout).isPresent()) {
            return;
        }
        changeLetter(letter, l -> l.withTemplate(layout), "settings.did.layout");
    }

    public void chooseCitations(String letter, CitationSettings citations) {
        if (citations != null) {
            changeLetter(letter, l -> l.withCitations(citations), "settings.did.citations");
        }
    }

    /** @param chosen empty for the campaign's language */
    public void chooseLanguage(String letter, String chosen) {
        if (chosen != null && LetterLanguage.perLetter()) {
            changeLetter(letter, l -> LetterLanguage.with(l, chosen), "settings.did.letterLanguage");
        }
    }

    /**
     * Makes a further letter the version of {@code original} in its own language (empty: a letter
     * of its own): the two then share recipients, signatories and citations and export as one
     * bilingual PDF. Refused in words when the pair would not hang together (same language, a
     * translation of a translation).
     */
    public void chooseTranslationOf(String letter, String original) {
        if (original == null || CampaignData.MAIN_LETTER.equals(letter)) {
            return;
        }
        SavedSettings now = saved();
        List<NamedLetter> further = new FurtherLetters(now.further()).versionOf(letter, original);
        if (!further.equals(now.further())) {
            apply(now.withFurther(further), "settings.did.translationOf");
        }
    }

    /** The letters a further letter may be the translation of: the others that are no translation themselves. */
    public List<String> originalsFor(String letter) {
        return letters.stream().filter(r -> !r.name().equals(letter) && r.translationOf().isEmpty())
                .map(LetterRow::name).toList();
    }


    /** One letter to the first TO recipient, or one to each TO recipient (batch export and the preview follow it). */
    public void chooseAddressing(String letter, Addressing addressing) {
        if (addressing != null) {
            changeLetter(letter, l -> l.withAddressing(addressing), "settings.did.addressing");
        }
    }

    private void changeLetter(String name, UnaryOperator<LetterDraft> change, String what) {
        saved().withLetterChanged(name, change).ifPresent(changed -> apply(changed, what));
    }

    // ---- further letters ----

    /** Why {@code name} cannot name a new or renamed letter, in words; empty when it can. */
    public Optional<String> nameProblem(String name, String renamed) {
        return furtherLetters.nameProblem(name, renamed);
    }

    /**
     * Adds a further letter, empty, with the main letter's dates and ways; its language is the
     * campaign's.
     *
     * @param askName asks the new letter's name (the view's dialog); empty when cancelled
     */
    public void addLetter(UnaryOperator<Optional<String>> askName) {
        furtherLetters.add(askName);
    }

    /** Renames a further letter; its translations follow it under its new name. */
    public void renameLetter(String name, UnaryOperator<Optional<String>> askName) {
        furtherLetters.rename(name, askName);
    }

    /** Removes a further letter once the user agrees (an undo brings it back whole); its translations stay, as letters of their own. */
    public void removeLetter(String name) {
        furtherLetters.remove(name);
    }

    // ---- saving, undo and redo ----

    private SavedSettings saved() {
        return saves.saved();
    }

    private void apply(SavedSettings next, String what) {
        Map<String, String> broken = TranslationRules.problems(next.campaign(), next.main(), next.further());
        if (!broken.isEmpty()) {
            Map.Entry<String, String> first = broken.entrySet().iterator().next();
            dialogs.error(messages.get("settings.failedTitle"),
                    messages.get("settings.translationProblem", first.getKey(), first.getValue()));
            shown = null;
            load();
            letters.setAll(List.copyOf(letters));  // the choice shown goes back to what is saved
            return;
        }
        saves.save(next, what, before -> history.saved(new SettingsHistory.Edit(before, next)));
    }

    /** Edit → Undo while the screen shows: what the last change replaced is saved again. False when nothing is left to undo. */
    public boolean undo() {
        return history.takeUndo().map(edit -> {
            history.update();
            saves.save(edit.before(), "settings.did.undo", before -> history.undone(edit));
            return true;
        }).orElse(false);
    }

    public boolean redo() {
        return history.takeRedo().map(edit -> {
            history.update();
            saves.save(edit.after(), "settings.did.redo", before -> history.redone(edit));
            return true;
        }).orElse(false);
    }

    /** The campaign's title as saved, for File → Rename. */
    public String savedTitle() {
        return saved().campaign().title();
    }

    /** Whether a field's text differs from what is saved (its own typing is then what Ctrl+Z undoes). */
    public boolean typedDiffers(String field) {
        return fields.typedDiffers(field, saved().campaign());
    }

    public StringProperty titleProperty() { return fields.title(); }
    public StringProperty languageProperty() { return fields.language(); }
    public StringProperty targetStateProperty() { return fields.targetState(); }
    public StringProperty coalitionProperty() { return fields.coalition(); }
    /** The main letter first, then the further letters in their order. */
    public ObservableList<LetterRow> letters() { return letters; }
    public ObservableList<String> layouts() { return layouts; }
    public BooleanProperty canUndoProperty() { return history.canUndoProperty(); }
    public BooleanProperty canRedoProperty() { return history.canRedoProperty(); }
    public boolean perLetterLanguage() { return LetterLanguage.perLetter(); }
}
