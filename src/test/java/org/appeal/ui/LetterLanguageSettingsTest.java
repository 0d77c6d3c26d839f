package org.appeal.ui;

import org.appeal.app.CampaignSession;
import org.appeal.domain.NamedLetter;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.ui.common.DirectUiExecutor;
import org.appeal.ui.common.Messages;
import org.appeal.ui.screen.StatusLine;
import org.appeal.ui.settings.CampaignSettingsViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A letter's language and the letter it is a version of (a bilingual pair) are set on the
 * campaign settings screen and saved; a pair that would not hang together is refused in words.
 * The sample's letter-ko is the Korean version of its main letter; "note-ko" is made up here.
 */
class LetterLanguageSettingsTest {
    private static final String SAMPLE = "rok-unga80-dprk-2025";

    @TempDir
    Path temp;

    private Workspace workspace;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private CampaignSettingsViewModel model;

    @BeforeEach
    void sample() throws Exception {
        workspace = Workspace.open(WorkspaceLocation.sqlite(temp.resolve("w.db")));
        new CampaignStore(workspace).importCampaign(new BundleReader().read(Path.of("seeds/sample-campaign")));
        CampaignSession session = CampaignSession.open(workspace, SAMPLE);
        model = new CampaignSettingsViewModel(session, List.of("letter.html.vm", "briefing.html.vm"),
                new DirectUiExecutor(), dialogs, new Messages(Locale.ENGLISH), new StatusLine());
        session.changes().subscribe(model::campaignChanged);
    }

    private NamedLetter saved(String name) {
        return CampaignSession.open(workspace, SAMPLE).data().otherLetters().stream()
                .filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    private CampaignSettingsViewModel.LetterRow row(String name) {
        return model.letters().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theSampleShowsItsKoreanVersionAndALettersLanguageIsSaved() {
        assertThat(model.perLetterLanguage()).isTrue();
        assertThat(row("letter-ko").language()).isEqualTo("ko");
        assertThat(row("letter-ko").translationOf()).isEqualTo("letter");

        model.chooseLanguage("briefing", "ko");

        assertThat(saved("briefing").letter().language()).isEqualTo("ko");
        assertThat(row("briefing").language()).isEqualTo("ko");
        assertThat(dialogs.shown).isEmpty();
        model.undo();
        assertThat(saved("briefing").letter().language()).isEmpty();
    }

    @Test
    void aVersionInTheSameLanguageIsRefusedInWordsAndNothingIsSaved() {
        model.chooseLanguage("letter", "ko");

        assertThat(dialogs.shown).singleElement().satisfies(d -> assertThat(d.message())
                .isEqualTo("The letter \"letter-ko\" cannot be so: it is in 'ko', the language of 'letter' itself: "
                        + "set its language."));
        assertThat(CampaignSession.open(workspace, SAMPLE).data().letter().language()).isEmpty();
        assertThat(row("letter").language()).isEmpty();
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void aLetterBecomesAVersionOfAnotherAndRenamingOrRemovingTheOriginalKeepsItWhole() {
        model.addLetter(current -> Optional.of("note-ko"));
        model.chooseLanguage("note-ko", "ko");
        assertThat(model.originalsFor("note-ko")).containsExactly("letter", "briefing");

        model.chooseTranslationOf("note-ko", "briefing");
        assertThat(saved("note-ko").translationOf()).isEqualTo("briefing");
        assertThat(saved("note-ko").letter().language()).isEqualTo("ko");

        model.renameLetter("briefing", current -> Optional.of("briefing-en"));
        assertThat(saved("note-ko").translationOf()).as("the pair follows the rename").isEqualTo("briefing-en");
        assertThat(saved("letter-ko").translationOf()).isEqualTo("letter");

        dialogs.confirmAnswer = true;
        model.removeLetter("briefing-en");
        assertThat(saved("note-ko").translationOf()).as("a letter of its own now").isEmpty();
        assertThat(saved("note-ko").letter().language()).isEqualTo("ko");

        model.undo();
        assertThat(saved("note-ko").translationOf()).isEqualTo("briefing-en");
    }
}
