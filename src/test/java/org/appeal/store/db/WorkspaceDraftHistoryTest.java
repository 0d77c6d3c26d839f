package org.appeal.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.appeal.domain.LetterDraft;

/** {@link DraftHistory}: explicit saves are versions, autosaves are only a recovery copy. */
class WorkspaceDraftHistoryTest {
    private static final String CAMPAIGN = "c";
    private static final LetterDraft FIRST = new LetterDraft("Re: invented", LocalDate.of(2099, 3, 1),
            "Dear Minister,\n\nWe urge you.\n\n감사합니다.", "letter.html.vm", null);
    private static final LetterDraft SECOND = FIRST.withBody("Dear Minister,\n\nWe urge you strongly.\n\n감사합니다.");

    @OnBothDatabases
    void everyExplicitSaveIsANumberedVersionWithAuthorTimeAndHash(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, CAMPAIGN);
        DraftHistory history = new DraftHistory(workspace);

        DraftVersion one = history.saveVersion(CAMPAIGN, FIRST, "ana", 1);
        DraftVersion two = history.saveVersion(CAMPAIGN, SECOND, "kim", 2);

        assertThat(history.versions(CAMPAIGN)).containsExactly(one, two);
        assertThat(one.number()).isEqualTo(1);
        assertThat(two.number()).isEqualTo(2);
        assertThat(two.author()).isEqualTo("kim");
        assertThat(two.savedAt()).isAfter(one.savedAt());
        assertThat(one.sha256()).isEqualTo(DraftText.sha256(FIRST)).matches("[0-9a-f]{64}");
        // printf 'Subject: a\nDate: 2099-01-01\nSignatories as of: 2099-01-01\nTemplate: t\n\nb' | sha256sum
        assertThat(DraftText.sha256(new LetterDraft("a", LocalDate.of(2099, 1, 1), "b", "t", null)))
                .isEqualTo("aa86699c9628c9c20d8258005b03d442b4def51866a97f8dadcff550216f05fd");
        assertThat(history.draft(CAMPAIGN, 1)).isEqualTo(FIRST);
        Optional<Versioned<LetterDraft>> current = workspace.read(work -> new CampaignRepository(work).letter(CAMPAIGN));
        assertThat(current).contains(new Versioned<>(SECOND, 3));
    }

    @OnBothDatabases
    void anExportIsAVersionOnlyWhenTheTextChangedSinceTheLastOne(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, CAMPAIGN);
        DraftHistory history = new DraftHistory(workspace);
        history.saveVersion(CAMPAIGN, FIRST, "ana", 1);

        DraftVersion exported = history.recordExport(CAMPAIGN, "kim");
        assertThat(exported.number()).isEqualTo(1);

        workspace.inTransaction(work -> new CampaignRepository(work).saveLetter(CAMPAIGN, SECOND, 2));
        DraftVersion changed = history.recordExport(CAMPAIGN, "kim");

        assertThat(changed.number()).isEqualTo(2);
        assertThat(changed.author()).isEqualTo("kim");
        assertThat(history.draft(CAMPAIGN, 2)).isEqualTo(SECOND);
        assertThat(history.recordExport(CAMPAIGN, "ana")).isEqualTo(changed);
    }

    @OnBothDatabases
    void aStaleExplicitSaveIsRefusedAndRecordsNoVersion(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, CAMPAIGN);
        DraftHistory history = new DraftHistory(workspace);
        history.saveVersion(CAMPAIGN, FIRST, "ana", 1);

        assertThatThrownBy(() -> history.saveVersion(CAMPAIGN, SECOND, "kim", 1))
                .isInstanceOf(StaleDataException.class)
                .hasMessageContaining("The letter of campaign 'c' was changed by someone else");

        assertThat(history.versions(CAMPAIGN)).hasSize(1);
    }

    @OnBothDatabases
    void diffsTwoVersionsLineByLine(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, CAMPAIGN);
        DraftHistory history = new DraftHistory(workspace);
        DraftVersion one = history.saveVersion(CAMPAIGN, FIRST, "ana", 1);
        DraftVersion two = history.saveVersion(CAMPAIGN, SECOND, "kim", 2);

        assertThat(history.diff(CAMPAIGN, 1, 2)).isEqualTo(
                "--- version 1 (ana, " + one.savedAt() + ")\n"
                        + "+++ version 2 (kim, " + two.savedAt() + ")\n"
                        + "@@ -5,6 +5,6 @@\n"
                        + " \n"
                        + " Dear Minister,\n"
                        + " \n"
                        + "-We urge you.\n"
                        + "+We urge you strongly.\n"
                        + " \n"
                        + " 감사합니다.\n");
        assertThat(history.diff(CAMPAIGN, 2, 2)).isEmpty();
        assertThat(history.diff(CAMPAIGN, 2, 1)).contains("-We urge you strongly.\n+We urge you.\n");
        assertThatThrownBy(() -> history.diff(CAMPAIGN, 1, 3))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("Campaign 'c' has no letter version 3");
    }

    @OnBothDatabases
    void autosaveKeepsOneRecoveryCopyPerAuthorAndIsNotAVersion(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, CAMPAIGN);
        DraftHistory history = new DraftHistory(workspace);
        history.saveVersion(CAMPAIGN, FIRST, "ana", 1);

        history.saveRecovery(CAMPAIGN, FIRST.withBody("typing..."), "ana");
        history.saveRecovery(CAMPAIGN, FIRST.withBody("typing more"), "ana");
        history.saveRecovery(CAMPAIGN, FIRST.withBody("kim's own edits"), "kim");

        assertThat(history.versions(CAMPAIGN)).hasSize(1);
        assertThat(history.recovery(CAMPAIGN, "ana")).get()
                .satisfies(copy -> {
                    assertThat(copy.draft()).isEqualTo(FIRST.withBody("typing more"));
                    assertThat(copy.author()).isEqualTo("ana");
                });
        Optional<Versioned<LetterDraft>> current = workspace.read(work -> new CampaignRepository(work).letter(CAMPAIGN));
        assertThat(current).contains(new Versioned<>(FIRST, 2));

        history.saveVersion(CAMPAIGN, SECOND, "ana", 2);

        assertThat(history.recovery(CAMPAIGN, "ana")).isEmpty();
        assertThat(history.recovery(CAMPAIGN, "kim")).get().extracting(copy -> copy.draft().body())
                .isEqualTo("kim's own edits");
        history.discardRecovery(CAMPAIGN, "kim");
        assertThat(history.recovery(CAMPAIGN, "kim")).isEmpty();
        assertThat(history.versions(CAMPAIGN)).extracting(DraftVersion::number).isEqualTo(List.of(1, 2));
    }
}
