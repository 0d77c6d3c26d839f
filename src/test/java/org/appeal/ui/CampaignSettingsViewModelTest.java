package org.appeal.ui;

import org.appeal.app.CampaignChange;
import org.appeal.app.CampaignSession;
import org.appeal.domain.Addressing;
import org.appeal.domain.CitationSettings;
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

/** The campaign settings screen without the toolkit: saves at once, undo and redo, further letters, refusals. */
class CampaignSettingsViewModelTest {
    private static final String SAMPLE = "rok-unga80-dprk-2025";

    @TempDir
    Path temp;

    private Workspace workspace;
    private CampaignSession session;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final StatusLine status = new StatusLine();
    private CampaignSettingsViewModel model;

    @BeforeEach
    void sample() throws Exception {
        workspace = Workspace.open(WorkspaceLocation.sqlite(temp.resolve("w.db")), "ana", java.time.Clock.systemUTC());
        new CampaignStore(workspace).importCampaign(new BundleReader().read(Path.of("seeds/sample-campaign")));
        session = CampaignSession.open(workspace, SAMPLE);
        model = new CampaignSettingsViewModel(session, List.of("letter.html.vm", "briefing.html.vm"),
                new DirectUiExecutor(), dialogs, new Messages(Locale.ENGLISH), status);
        // As the shell does: what the session publishes reaches the screen.
        session.changes().subscribe(model::campaignChanged);
    }

    private CampaignSession reopened() {
        return CampaignSession.open(workspace, SAMPLE);
    }

    @Test
    void showsWhatCampaignYamlSays() {
        assertThat(model.titleProperty().get()).isEqualTo("2025 North Korean human rights resolution, 80th UN General Assembly");
        assertThat(model.languageProperty().get()).isEqualTo("en");
        assertThat(model.targetStateProperty().get()).isEqualTo("Republic of Korea");
        assertThat(model.coalitionProperty().get()).isEmpty();
        assertThat(model.letters()).extracting(CampaignSettingsViewModel.LetterRow::name).containsExactly("letter", "briefing", "letter-ko");
        assertThat(model.letters().get(0).citations().way()).isEqualTo(CitationSettings.Way.LINKS);
        assertThat(model.letters().get(1).layout()).isEqualTo("briefing.html.vm");
    }

    @Test
    void eachChangeIsSavedAtOnceAndUndoneAndRedoneInTurn() {
        model.titleProperty().set("  Renamed campaign  ");
        model.commitTitle();
        model.coalitionProperty().set("Made-up Coalition for Tests");
        model.commitCoalition();
        model.chooseLayout("letter", "briefing.html.vm");
        model.chooseCitations("briefing", new CitationSettings(CitationSettings.Way.ENDNOTES, CitationSettings.Style.OSCOLA, true));

        assertThat(reopened().data().campaign().title()).isEqualTo("Renamed campaign");
        assertThat(reopened().data().campaign().coalition()).isEqualTo("Made-up Coalition for Tests");
        assertThat(reopened().data().letter().templateName()).isEqualTo("briefing.html.vm");
        assertThat(reopened().data().otherLetters().get(0).letter().citations().style()).isEqualTo(CitationSettings.Style.OSCOLA);
        assertThat(status.text()).isEqualTo("Saved: citations");
        assertThat(model.canUndoProperty().get()).isTrue();

        assertThat(model.undo()).isTrue();
        assertThat(reopened().data().otherLetters().get(0).letter().citations()).isEqualTo(CitationSettings.DEFAULT);
        assertThat(model.undo()).isTrue();
        assertThat(reopened().data().letter().templateName()).isEqualTo("letter.html.vm");
        assertThat(model.letters().get(0).layout()).isEqualTo("letter.html.vm");
        assertThat(model.undo()).isTrue();
        assertThat(model.undo()).isTrue();
        assertThat(reopened().data().campaign()).isEqualTo(new BundleReaderSample().campaign());
        assertThat(model.titleProperty().get()).isEqualTo(new BundleReaderSample().campaign().title());
        assertThat(model.undo()).as("nothing left to undo").isFalse();

        assertThat(model.redo()).isTrue();
        assertThat(reopened().data().campaign().title()).isEqualTo("Renamed campaign");
        assertThat(model.canRedoProperty().get()).isTrue();
        assertThat(reopened().data().letter().body()).as("the text is never touched").isEqualTo(session.data().letter().body());
    }

    @Test
    void eachLettersAddressingIsChosenSavedAtOnceAndUndone() {
        // The sample's letters: the main one, the briefing and the main one's Korean version.
        assertThat(model.letters()).extracting(CampaignSettingsViewModel.LetterRow::addressing)
                .containsExactly(Addressing.ONE_LETTER, Addressing.ONE_LETTER, Addressing.ONE_LETTER);

        model.chooseAddressing("letter", Addressing.PER_ADDRESSEE);
        model.chooseAddressing("briefing", Addressing.PER_ADDRESSEE);

        assertThat(reopened().data().letter().addressing()).isEqualTo(Addressing.PER_ADDRESSEE);
        assertThat(reopened().data().otherLetters().get(0).letter().addressing()).isEqualTo(Addressing.PER_ADDRESSEE);
        assertThat(model.letters()).extracting(CampaignSettingsViewModel.LetterRow::addressing)
                .containsExactly(Addressing.PER_ADDRESSEE, Addressing.PER_ADDRESSEE, Addressing.ONE_LETTER);
        assertThat(status.text()).isEqualTo("Saved: addressing");
        assertThat(reopened().data().letter().body()).as("the text is never touched").isEqualTo(session.data().letter().body());

        assertThat(model.undo()).isTrue();
        assertThat(reopened().data().otherLetters().get(0).letter().addressing()).isEqualTo(Addressing.ONE_LETTER);
        assertThat(model.undo()).isTrue();
        assertThat(reopened().data().letter().addressing()).isEqualTo(Addressing.ONE_LETTER);
        assertThat(model.letters().get(0).addressing()).isEqualTo(Addressing.ONE_LETTER);
    }

    @Test
    void furtherLettersAreAddedRenamedAndRemovedAndComeBackWithUndo() {
        model.addLetter(current -> Optional.of("note-ko"));
        assertThat(reopened().data().otherLetters()).extracting(NamedLetter::name)
                .containsExactly("briefing", "letter-ko", "note-ko");
        NamedLetter added = reopened().data().otherLetters().get(2);
        assertThat(added.letter().body()).isEmpty();
        assertThat(added.letter().date()).isEqualTo(session.data().letter().date());

        model.renameLetter("note-ko", current -> Optional.of("note"));
        model.removeLetter("briefing");
        assertThat(dialogs.shown).anySatisfy(d -> assertThat(d.message()).contains("\"briefing\""));
        assertThat(reopened().data().otherLetters()).extracting(NamedLetter::name).containsExactly("letter-ko", "note");

        model.undo();
        assertThat(reopened().data().otherLetters()).extracting(NamedLetter::name).containsExactly("briefing", "letter-ko", "note");
        assertThat(reopened().data().otherLetters().get(0).letter().body()).as("back whole").contains("co-sponsor");
    }

    @Test
    void aNameThatCannotNameALetterIsRefusedInWords() {
        assertThat(model.nameProblem("Briefing Two", null)).contains(
                "Use lower-case letters, digits, '-' and '_' only; \"letter\" names the main letter.");
        assertThat(model.nameProblem("letter", null)).isPresent();
        assertThat(model.nameProblem("briefing", null)).contains("Another letter of this campaign has this name.");
        assertThat(model.nameProblem("briefing", "briefing")).as("a letter keeps its own name").isEmpty();

        model.addLetter(current -> Optional.of("Briefing Two"));
        assertThat(dialogs.shown).singleElement().satisfies(d -> assertThat(d.kind()).isEqualTo("error"));
        assertThat(reopened().data().otherLetters()).hasSize(2);

        model.titleProperty().set("   ");
        model.commitTitle();
        assertThat(model.titleProperty().get()).isEqualTo(session.data().campaign().title());
        assertThat(dialogs.shown).last().satisfies(d -> assertThat(d.message()).isEqualTo("A campaign needs a title."));
    }

    @Test
    void aChangeFromAnOutdatedCopyIsRefusedAndTheScreenShowsWhatIsSaved() {
        CampaignSession kim = CampaignSession.open(Workspace.open(WorkspaceLocation.sqlite(temp.resolve("w.db")), "kim",
                java.time.Clock.systemUTC()), SAMPLE);
        kim.saveCampaignSettings(kim.data().campaign().withTargetState("Made-up Republic"), kim.data().otherLetters());
        List<CampaignChange> heard = new java.util.ArrayList<>();
        session.changes().subscribe(heard::add);

        model.coalitionProperty().set("Made-up Coalition");
        model.commitCoalition();

        assertThat(dialogs.shown).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("The settings were not changed");
            assertThat(d.message()).contains("kim");
        });
        assertThat(heard).isEmpty();
        assertThat(model.coalitionProperty().get()).as("what is saved").isEmpty();
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(reopened().data().campaign().targetState()).isEqualTo("Made-up Republic");
    }

    /** The sample as its bundle has it, to compare an undone campaign with. */
    private static final class BundleReaderSample {
        org.appeal.domain.Campaign campaign() {
            try {
                return new BundleReader().read(Path.of("seeds/sample-campaign")).campaign();
            } catch (org.appeal.store.bundle.BundleException e) {
                throw new AssertionError(e);
            }
        }
    }
}
