package org.appeal.ui.settings;

import org.appeal.app.LetterLanguage;
import org.appeal.domain.Campaign;
import org.appeal.domain.CampaignData;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.NamedLetter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** What the settings screen edits, as saved: an undo goes back to one of these. */
record SavedSettings(Campaign campaign, LetterDraft main, List<NamedLetter> further) {
    SavedSettings {
        further = List.copyOf(further);
    }

    static SavedSettings of(CampaignData data) {
        return new SavedSettings(data.campaign(), data.letter(), data.otherLetters());
    }

    SavedSettings withCampaign(Campaign changed) {
        return new SavedSettings(changed, main, further);
    }

    SavedSettings withMain(LetterDraft changed) {
        return new SavedSettings(campaign, changed, further);
    }

    SavedSettings withFurther(List<NamedLetter> changed) {
        return new SavedSettings(campaign, main, changed);
    }

    /** The main letter first, then the further letters in their order. */
    List<CampaignSettingsViewModel.LetterRow> rows() {
        List<CampaignSettingsViewModel.LetterRow> rows = new ArrayList<>();
        rows.add(row(CampaignData.MAIN_LETTER, main, ""));
        further.forEach(l -> rows.add(row(l.name(), l.letter(), l.translationOf())));
        return rows;
    }

    private static CampaignSettingsViewModel.LetterRow row(String name, LetterDraft letter, String translationOf) {
        return new CampaignSettingsViewModel.LetterRow(name, letter.subject(), LetterLanguage.of(letter),
                letter.templateName(), letter.citations(), letter.addressing(), translationOf);
    }

    /**
     * The settings with letter {@code name}'s settings changed; empty when the change changes
     * nothing (for the main letter: nothing but its text, which is the editor's).
     */
    Optional<SavedSettings> withLetterChanged(String name, UnaryOperator<LetterDraft> change) {
        if (CampaignData.MAIN_LETTER.equals(name)) {
            LetterDraft changed = change.apply(main);
            return sameMainSettings(changed) ? Optional.empty() : Optional.of(withMain(changed));
        }
        List<NamedLetter> changed = new FurtherLetters(further).changed(name, change);
        return changed.equals(further) ? Optional.empty() : Optional.of(withFurther(changed));
    }

    /** The main letter's settings only: its text is the editor's, never undone from here. */
    boolean sameMainSettings(LetterDraft other) {
        return main.templateName().equals(other.templateName()) && main.citations().equals(other.citations())
                && main.addressing() == other.addressing() && LetterLanguage.of(main).equals(LetterLanguage.of(other));
    }
}
