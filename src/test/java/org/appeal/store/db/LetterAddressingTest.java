package org.appeal.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.appeal.domain.Addressing;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.NamedLetter;

/** How a letter is addressed (V22) is kept by the workspace, for the main letter and further ones. */
class LetterAddressingTest {
    @OnBothDatabases
    void perAddresseeIsSavedForTheMainAndFurtherLettersAndOneLetterIsTheDefault(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, "c");
        LetterDraft perAddressee = MadeUpCampaign.letter().withAddressing(Addressing.PER_ADDRESSEE);
        assertThat(letter(workspace).addressing()).isEqualTo(Addressing.ONE_LETTER);

        workspace.inTransaction(work -> new CampaignRepository(work).saveLetter("c", perAddressee, 1));
        assertThat(letter(workspace)).isEqualTo(perAddressee);

        workspace.inTransaction(work -> {
            new CampaignRepository(work).saveFurtherLetters("c", List.of(new NamedLetter("each", perAddressee),
                    new NamedLetter("one", MadeUpCampaign.letter())));
            return null;
        });
        List<NamedLetter> further = workspace.read(work -> new CampaignRepository(work).furtherLetters("c"));
        assertThat(further).extracting(l -> l.letter().addressing())
                .containsExactly(Addressing.PER_ADDRESSEE, Addressing.ONE_LETTER);
    }

    private static LetterDraft letter(Workspace workspace) {
        return workspace.read(work -> new CampaignRepository(work).letter("c")).orElseThrow().value();
    }
}
