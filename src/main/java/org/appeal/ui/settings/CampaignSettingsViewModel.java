package org.appeal.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
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
import org.appeal.domain.LetterName;
import org.appeal.domain.NamedLetter;
import org.appeal.domain.TranslationRules;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;
import org.appeal.ui.screen.StatusLine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /** What the screen edits, as saved: an undo goes back to one of these. */
    private record Settings(Campaign campaign, LetterDraft main, List<NamedLetter> further) {
        Settings {
            further = List.copyOf(further);
        }

        static Settings of(CampaignData data) {
            return new Settings(data.campaign(), data.letter(), data.otherLetters());
        }

        /** The main letter's settings only: its text is the editor's, never undone from here. */
        boolean sameMainSettings(LetterDraft other) {
            return main.templateName().equals(other.templateName()) && main.citations().equals(other.citations())
                    && main.addressing() == other.addressing() && LetterLanguage.of(main).equals(LetterLanguage.of(other));
        }
    }

    private record Edit(Settings before, Settings after) {
    }

    private final CampaignSession session;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final StatusLine status;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("");
    private final StringProperty targetState = new SimpleStringProperty("");
    private final StringProperty coalition = new SimpleStringProperty("");
    private final ObservableList<LetterRow> letters = FXCollections.observableArrayList();
    private final ObservableList<String> layouts = FXCollections.observableArrayList();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final java.util.Queue<Runnable> waiting = new java.util.ArrayDeque<>();
    private boolean saving;
    /** What the fields were last loaded from: a reload changes only what changed since, not what is being typed. */
    private Settings shown;

    public CampaignSettingsViewModel(CampaignSession session, List<String> templates, UiExecutor executor,
                                     DialogService dialogs, Messages messages, StatusLine status) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.status = status;
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
        Settings now = Settings.of(session.data());
        Campaign c = now.campaign();
        Campaign was = shown == null ? null : shown.campaign();
        if (was == null || !was.title().equals(c.title())) {
            title.set(c.title());
        }
        if (was == null || !was.language().equals(c.language())) {
            language.set(c.language());
        }
        if (was == null || !was.targetState().equals(c.targetState())) {
            targetState.set(c.targetState());
        }
        if (was == null || !was.coalition().equals(c.coalition())) {
            coalition.set(c.coalition());
        }
        List<LetterRow> rows = new ArrayList<>();
        rows.add(row(CampaignData.MAIN_LETTER, now.main(), ""));
        now.further().forEach(l -> rows.add(row(l.name(), l.letter(), l.translationOf())));
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

    private static LetterRow row(String name, LetterDraft letter, String translationOf) {
        return new LetterRow(name, letter.subject(), LetterLanguage.of(letter), letter.templateName(), letter.citations(),
                letter.addressing(), translationOf);
    }

    // ---- the campaign ----

    /** The title field was left or confirmed: a different title is saved (the campaign is renamed). */
    public void commitTitle() {
        String typed = title.get().strip();
        if (typed.isEmpty()) {
            dialogs.error(messages.get("settings.failedTitle"), messages.get("settings.titleRequired"));
            title.set(saved().campaign().title());
            return;
        }
        changeCampaign(c -> c.withTitle(typed), "settings.did.title");
    }

    /** File → Rename campaign: as if the title field were edited. */
    public void rename(String newTitle) {
        title.set(newTitle);
        commitTitle();
    }

    public void commitLanguage() {
        String chosen = language.get() == null ? "" : language.get().strip();
        if (chosen.isEmpty()) {
            language.set(saved().campaign().language());
            return;
        }
        changeCampaign(c -> c.withLanguage(chosen), "settings.did.language");
    }

    public void commitTargetState() {
        String typed = targetState.get().strip();
        changeCampaign(c -> c.withTargetState(typed), "settings.did.targetState");
    }

    public void commitCoalition() {
        String typed = coalition.get().strip();
        changeCampaign(c -> c.withCoalition(typed), "settings.did.coalition");
    }

    private void changeCampaign(UnaryOperator<Campaign> change, String what) {
        Settings now = saved();
        Campaign changed = change.apply(now.campaign());
        if (!changed.equals(now.campaign())) {
            apply(new Settings(changed, now.main(), now.further()), what);
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
        Settings now = saved();
        List<NamedLetter> further = now.further().stream()
                .map(l -> l.name().equals(letter) ? new NamedLetter(l.name(), l.letter(), original) : l).toList();
        if (!further.equals(now.further())) {
            apply(new Settings(now.campaign(), now.main(), further), "settings.did.translationOf");
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
        Settings now = saved();
        if (CampaignData.MAIN_LETTER.equals(name)) {
            LetterDraft changed = change.apply(now.main());
            if (!now.sameMainSettings(changed)) {
                apply(new Settings(now.campaign(), changed, now.further()), what);
            }
            return;
        }
        List<NamedLetter> further = now.further().stream()
                .map(l -> l.name().equals(name) ? new NamedLetter(name, change.apply(l.letter()), l.translationOf()) : l)
                .toList();
        if (!further.equals(now.further())) {
            apply(new Settings(now.campaign(), now.main(), further), what);
        }
    }

    // ---- further letters ----

    /** Why {@code name} cannot name a new or renamed letter, in words; empty when it can. */
    public Optional<String> nameProblem(String name, String renamed) {
        List<String> taken = letters.stream().map(LetterRow::name).filter(n -> !n.equals(renamed)).toList();
        return LetterName.problem(name == null ? "" : name.strip(), taken)
                .map(p -> messages.get("settings.letterName." + p.name()));
    }

    /**
     * Adds a further letter, empty, with the main letter's dates and ways; its language is the
     * campaign's.
     *
     * @param askName asks the new letter's name (the view's dialog); empty when cancelled
     */
    public void addLetter(UnaryOperator<Optional<String>> askName) {
        askName.apply(Optional.empty()).map(String::strip).ifPresent(name -> {
            if (refused(name, null)) {
                return;
            }
            Settings now = saved();
            List<NamedLetter> further = new ArrayList<>(now.further());
            LetterDraft main = now.main();
            further.add(new NamedLetter(name, LetterLanguage.with(new LetterDraft("", main.date(), "",
                    main.templateName(), main.signatoriesAsOf(), main.citations(), main.addressing()), "")));
            apply(new Settings(now.campaign(), now.main(), further), "settings.did.addLetter");
        });
    }

    public void renameLetter(String name, UnaryOperator<Optional<String>> askName) {
        if (CampaignData.MAIN_LETTER.equals(name)) {
            return;
        }
        askName.apply(Optional.of(name)).map(String::strip).filter(n -> !n.equals(name)).ifPresent(newName -> {
            if (refused(newName, name)) {
                return;
            }
            Settings now = saved();
            // Its translations follow it under its new name.
            List<NamedLetter> further = now.further().stream()
                    .map(l -> new NamedLetter(l.name().equals(name) ? newName : l.name(), l.letter(),
                            l.translationOf().equals(name) ? newName : l.translationOf())).toList();
            apply(new Settings(now.campaign(), now.main(), further), "settings.did.renameLetter");
        });
    }

    /** Removes a further letter once the user agrees (an undo brings it back whole). */
    public void removeLetter(String name) {
        if (CampaignData.MAIN_LETTER.equals(name)) {
            return;
        }
        if (!dialogs.confirm(messages.get("settings.removeLetterTitle"), messages.get("settings.removeLetterConfirm", name))) {
            return;
        }
        Settings now = saved();
        // Its translations stay, as letters of their own.
        List<NamedLetter> further = now.further().stream().filter(l -> !l.name().equals(name))
                .map(l -> l.translationOf().equals(name) ? new NamedLetter(l.name(), l.letter()) : l).toList();
        apply(new Settings(now.campaign(), now.main(), further), "settings.did.removeLetter");
    }

    private boolean refused(String name, String renamed) {
        Optional<String> problem = nameProblem(name, renamed);
        problem.ifPresent(p -> dialogs.error(messages.get("settings.failedTitle"), p));
        return problem.isPresent();
    }

    // ---- saving, undo and redo ----

    private Settings saved() {
        return Settings.of(session.data());
    }

    private void apply(Settings next, String what) {
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
        queue(() -> {
            Settings before = saved();
            write(before, next, what, () -> {
                undo.push(new Edit(before, next));
                redo.clear();
            });
        });
    }

    /** Edit → Undo while the screen shows: what the last change replaced is saved again. False when nothing is left to undo. */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        Edit edit = undo.pop();
        updateUndoState();
        queue(() -> write(saved(), edit.before(), "settings.did.undo", () -> redo.push(edit)));
        return true;
    }

    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        Edit edit = redo.pop();
        updateUndoState();
        queue(() -> write(saved(), edit.after(), "settings.did.redo", () -> undo.push(edit)));
        return true;
    }

    /**
     * One save at a time, in the order asked: each starts from what the one before saved (two
     * saves in flight would hold the same row version, and the second would be refused as stale).
     */
    private void queue(Runnable save) {
        waiting.add(save);
        if (!saving) {
            next();
        }
    }

    private void next() {
        Runnable save = waiting.poll();
        saving = save != null;
        if (save != null) {
            save.run();
        }
    }

    /**
     * Saves what differs between {@code from} (as saved now) and {@code to}: the campaign and its
     * further letters together under the campaign's version, the main letter's settings under the
     * letter's. A refusal (someone saved first) is said, and the screen shows what is saved.
     */
    private void write(Settings from, Settings to, String what, Runnable done) {
        boolean campaign = !from.campaign().equals(to.campaign()) || !from.further().equals(to.further());
        boolean main = !from.sameMainSettings(to.main());
        executor.submit(messages.get("task.saveSettings"), progress -> {
            if (campaign) {
                session.saveCampaignSettings(to.campaign(), to.further());
            }
            if (main) {
                session.saveLetterSettings(LetterLanguage.with(session.data().letter().withTemplate(to.main().templateName())
                        .withCitations(to.main().citations()).withAddressing(to.main().addressing()),
                        LetterLanguage.of(to.main())));
            }
            return to;
        }, saved -> {
            done.run();
            updateUndoState();
            status.show(messages.get("settings.saved", messages.get(what)));
            next();
        }, failure -> {
            updateUndoState();
            waiting.clear();  // what was asked after it was asked of settings that are not saved
            dialogs.error(messages.get("settings.failedTitle"), String.valueOf(failure.getMessage()));
            shown = null;  // show what is saved, every field
            load();
            next();
        });
    }

    private void updateUndoState() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    /** The campaign's title as saved, for File → Rename. */
    public String savedTitle() {
        return saved().campaign().title();
    }

    /** Whether a field's text differs from what is saved (its own typing is then what Ctrl+Z undoes). */
    public boolean typedDiffers(String field) {
        Campaign c = saved().campaign();
        return switch (field) {
            case "title" -> !Objects.equals(title.get(), c.title());
            case "targetState" -> !Objects.equals(targetState.get(), c.targetState());
            case "coalition" -> !Objects.equals(coalition.get(), c.coalition());
            default -> false;
        };
    }

    public StringProperty titleProperty() { return title; }
    public StringProperty languageProperty() { return language; }
    public StringProperty targetStateProperty() { return targetState; }
    public StringProperty coalitionProperty() { return coalition; }
    /** The main letter first, then the further letters in their order. */
    public ObservableList<LetterRow> letters() { return letters; }
    public ObservableList<String> layouts() { return layouts; }
    public BooleanProperty canUndoProperty() { return canUndo; }
    public BooleanProperty canRedoProperty() { return canRedo; }
    public boolean perLetterLanguage() { return LetterLanguage.perLetter(); }
}
