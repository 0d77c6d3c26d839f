package org.appeal.app;

import org.appeal.domain.Campaign;
import org.appeal.domain.CampaignData;
import org.appeal.domain.CitationSettings;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.NamedLetter;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.DraftHistory;
import org.appeal.store.db.OnBothDatabases;
import org.appeal.store.db.StaleDataException;
import org.appeal.store.db.TestDatabase;
import org.appeal.store.db.Workspace;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Campaigns made, copied, archived, deleted and re-set from the app, on both databases, with two
 * clients where a stale save must be refused. The new campaigns' titles and people are made up.
 */
class CampaignLifecycleTest {
    private static final String SAMPLE = "rok-unga80-dprk-2025";

    private static OpenWorkspace withSample(Workspace workspace) throws Exception {
        new CampaignStore(workspace).importCampaign(new BundleReader().read(Path.of("seeds/sample-campaign")));
        return OpenWorkspace.of(workspace, BundleLoader.STANDARD);
    }

    private static NewCampaign form(String title) {
        return new NewCampaign(title, "ko", "Made-up Republic", "", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 2, 20),
                "letter.html.vm");
    }

    @OnBothDatabases
    void aNewCampaignIsEmptyWithTheFormsSettingsUnderAnIdFromItsTitle(TestDatabase db) throws Exception {
        OpenWorkspace ws = withSample(db.open());

        String id = ws.create(form("2026 Made-up Appeal"));
        String again = ws.create(form("2026 Made-up Appeal"));

        assertThat(id).isEqualTo("2026-made-up-appeal");
        assertThat(again).isEqualTo("2026-made-up-appeal-2");
        CampaignData made = ws.openCampaign(id).data();
        assertThat(made.campaign()).isEqualTo(new Campaign(id, "2026 Made-up Appeal", "ko", "Made-up Republic", ""));
        assertThat(made.letter()).isEqualTo(new LetterDraft("", LocalDate.of(2026, 3, 2), "", "letter.html.vm",
                LocalDate.of(2026, 2, 20), CitationSettings.DEFAULT));
        assertThat(made.recipients()).isEmpty();
        assertThat(made.signatories().all()).isEmpty();
        assertThat(made.sources()).isEmpty();
        assertThat(made.otherLetters()).isEmpty();
    }

    @OnBothDatabases
    void aCopyTakesTheSettingsAndOnlyThePartsChosen(TestDatabase db) throws Exception {
        OpenWorkspace ws = withSample(db.open());
        CampaignData sample = ws.openCampaign(SAMPLE).data();

        String withPeople = ws.copy(SAMPLE, "Next year's letter", EnumSet.of(CampaignCopy.Part.RECIPIENTS,
                CampaignCopy.Part.SIGNATORIES));
        String everything = ws.copy(SAMPLE, "Everything", EnumSet.allOf(CampaignCopy.Part.class));

        CampaignData people = ws.openCampaign(withPeople).data();
        assertThat(people.campaign()).isEqualTo(sample.campaign().copiedAs("next-year-s-letter", "Next year's letter"));
        assertThat(people.recipients()).isEqualTo(sample.recipients());
        assertThat(people.signatories()).isEqualTo(sample.signatories());
        assertThat(people.letter().body()).isEmpty();
        assertThat(people.letter().subject()).isEmpty();
        assertThat(people.letter().templateName()).isEqualTo(sample.letter().templateName());
        assertThat(people.letter().citations()).isEqualTo(sample.letter().citations());
        assertThat(people.otherLetters()).extracting(NamedLetter::name).containsExactly("briefing", "letter-ko");
        assertThat(people.otherLetters().get(1).translationOf()).as("still the main letter's version").isEqualTo("letter");
        assertThat(people.otherLetters().get(1).letter().language()).isEqualTo("ko");
        assertThat(people.otherLetters().get(0).letter().body()).isEmpty();
        assertThat(people.sources()).isEmpty();
        assertThat(people.evidence()).isEmpty();
        assertThat(people.resolutions()).isEmpty();
        assertThat(people.sponsorships()).isEmpty();

        CampaignData all = ws.openCampaign(everything).data();
        assertThat(all.letter()).isEqualTo(sample.letter());
        assertThat(all.otherLetters()).isEqualTo(sample.otherLetters());
        assertThat(all.sources()).isEqualTo(sample.sources());
        assertThat(all.evidence()).isEqualTo(sample.evidence());
        assertThat(all.resolutions()).isEqualTo(sample.resolutions());
        assertThat(all.sponsorships()).isEqualTo(sample.sponsorships());
        assertThat(all.deliveries()).isEmpty();
        assertThat(ws.openCampaign(SAMPLE).data()).as("the original is untouched").isEqualTo(sample);
    }

    @OnBothDatabases
    void anArchivedCampaignIsKeptHiddenAndRestored(TestDatabase db) throws Exception {
        OpenWorkspace ws = withSample(db.open());
        String other = ws.create(form("Second"));
        CampaignSession session = ws.openCampaign(SAMPLE);

        ws.archive(SAMPLE, true, session.campaignVersion());

        assertThat(ws.archived()).containsExactly(SAMPLE);
        assertThat(ws.campaigns()).extracting(Campaign::id).contains(SAMPLE, other);
        assertThat(ws.campaignToOpen("")).contains(other);
        assertThat(ws.campaignToOpen(SAMPLE)).as("the one open last time").contains(SAMPLE);
        assertThat(ws.openCampaign(SAMPLE).data().recipients()).hasSize(4);

        ws.restore(SAMPLE);
        assertThat(ws.archived()).isEmpty();
        assertThat(ws.campaignToOpen("")).contains(other.compareTo(SAMPLE) < 0 ? other : SAMPLE);
    }

    @OnBothDatabases
    void deletingIsRefusedWhenSomeoneChangedTheCampaignAndOtherwiseRemovesItAll(TestDatabase db) throws Exception {
        Workspace anaSide = db.open("ana");
        OpenWorkspace ana = withSample(anaSide);
        OpenWorkspace kim = OpenWorkspace.of(db.open("kim"), BundleLoader.STANDARD);
        CampaignSession anaSees = ana.openCampaign(SAMPLE);
        CampaignSession kimSees = kim.openCampaign(SAMPLE);
        anaSees.saveLetter(anaSees.data().letter().withBody("A saved version."));
        OpenWorkspace.DeletionImpact impact = ana.deletionImpact(SAMPLE);

        kimSees.saveCampaignSettings(kimSees.data().campaign().withTitle("Renamed by Kim"), kimSees.data().otherLetters());

        assertThat(impact.savedVersions()).isEqualTo(1);
        assertThat(impact.deliberate()).isTrue();
        assertThat(impact.recipients()).isEqualTo(4);
        assertThatThrownBy(() -> ana.delete(SAMPLE, anaSees.campaignVersion()))
                .isInstanceOf(StaleDataException.class).hasMessageContaining("kim");
        assertThat(ana.campaigns()).extracting(Campaign::id).contains(SAMPLE);

        ana.delete(SAMPLE, ana.openCampaign(SAMPLE).campaignVersion());
        assertThat(ana.campaigns()).extracting(Campaign::id).doesNotContain(SAMPLE);
        assertThat(new DraftHistory(anaSide).versions(SAMPLE)).isEmpty();
        assertThatThrownBy(() -> ana.openCampaign(SAMPLE)).isInstanceOf(NoSuchElementException.class);
        assertThat(ana.create(form("Fresh")).isEmpty()).isFalse();
        assertThat(ana.deletionImpact("fresh").deliberate()).as("nothing saved yet").isFalse();
    }

    @OnBothDatabases
    void settingsAndFurtherLettersAreSavedUnderTheCampaignsVersion(TestDatabase db) throws Exception {
        OpenWorkspace ana = withSample(db.open("ana"));
        OpenWorkspace kim = OpenWorkspace.of(db.open("kim"), BundleLoader.STANDARD);
        CampaignSession anaSees = ana.openCampaign(SAMPLE);
        CampaignSession kimSees = kim.openCampaign(SAMPLE);
        List<org.appeal.app.CampaignChange> heard = new ArrayList<>();
        anaSees.changes().subscribe(heard::add);
        List<NamedLetter> letters = new ArrayList<>(anaSees.data().otherLetters());
        letters.add(new NamedLetter("note-ko", anaSees.data().letter().withSubject("").withBody("")));
        CitationSettings oscola = new CitationSettings(CitationSettings.Way.ENDNOTES, CitationSettings.Style.OSCOLA, true);

        anaSees.saveCampaignSettings(anaSees.data().campaign().withCoalition("Made-up Coalition").withTargetState("Made-up Republic"), letters);
        anaSees.saveLetterSettings(anaSees.data().letter().withTemplate("briefing.html.vm").withCitations(oscola));

        CampaignData stored = ana.openCampaign(SAMPLE).data();
        assertThat(stored.campaign().coalition()).isEqualTo("Made-up Coalition");
        assertThat(stored.campaign().targetState()).isEqualTo("Made-up Republic");
        assertThat(stored.otherLetters()).extracting(NamedLetter::name).containsExactly("briefing", "letter-ko", "note-ko");
        assertThat(stored.letter().templateName()).isEqualTo("briefing.html.vm");
        assertThat(stored.letter().citations()).isEqualTo(oscola);
        assertThat(stored.letter().body()).as("the text is untouched").isEqualTo(kimSees.data().letter().body());
        assertThat(new DraftHistory(db.open()).versions(SAMPLE)).as("settings are no version of the text").isEmpty();
        assertThat(heard).containsExactly(CampaignChange.SETTINGS, CampaignChange.SETTINGS);

        assertThatThrownBy(() -> kimSees.saveCampaignSettings(kimSees.data().campaign().withTitle("Kim's"), List.of()))
                .isInstanceOf(StaleDataException.class).hasMessageContaining("ana");
        assertThatThrownBy(() -> kimSees.saveLetterSettings(kimSees.data().letter().withTemplate("letter.html.vm")))
                .isInstanceOf(StaleDataException.class);
        assertThat(ana.openCampaign(SAMPLE).data().otherLetters()).hasSize(3);
        assertThat(Set.copyOf(ana.campaigns().stream().map(Campaign::title).toList()))
                .containsExactly(anaSees.data().campaign().title());
    }
}
