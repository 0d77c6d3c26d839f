package org.appeal.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.appeal.domain.Campaign;
import org.appeal.domain.CampaignData;
import org.appeal.domain.LetterWord;
import org.appeal.domain.NamedLetter;
import org.appeal.domain.Recipient;
import org.appeal.domain.RecipientText;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryList;
import org.appeal.domain.SignatoryText;

/**
 * A workspace keeps a campaign's languages (V21): each letter's own language, translations,
 * layout words of the campaign and of each letter, staff notes, and second-script forms of
 * recipients and signatories. The campaign is {@link MadeUpCampaign}'s, all made up.
 */
class LanguagesInWorkspaceTest {
    static CampaignData bilingual() {
        CampaignData base = MadeUpCampaign.data();
        Campaign campaign = base.campaign().withLanguage("en")
                .withWords(Map.of("ko", Map.of(LetterWord.CLOSING, "가상 단체 일동 올림", LetterWord.PAGE, "{page}쪽"),
                        "en", Map.of(LetterWord.GROUPS, "Organisations")))
                .withNotes("The Korean letter is a made-up translation (test fixture).");
        List<Recipient> recipients = base.recipients().stream().map(r -> r.id().equals("minister")
                ? r.withAlt(new RecipientText("홍길동 장관님", "Hong Gil-dong", "가상부 장관", "가상부",
                List.of("서울특별시 종로구 가상로 1", "00000"))) : r).toList();
        List<Signatory> signatories = base.signatories().all().stream().map(s -> s.id().equals("example-watch")
                ? s.withAlt(new SignatoryText("예시 감시단", "예감", "")) : s).toList();
        NamedLetter korean = new NamedLetter("letter-ko", base.letter().withBody("가상의 본문입니다. [@made-up-quote]\n")
                .withLanguage("ko").withWords(Map.of(LetterWord.SALUTATION, "존경하는 {name}께")), "letter");
        NamedLetter note = new NamedLetter("note", base.letter().withBody("A made-up note.\n"));
        return base.withCampaign(campaign).withRecipients(recipients).withSignatories(new SignatoryList(signatories))
                .withLetter(base.letter().withWords(Map.of(LetterWord.CLOSING, "Yours faithfully,")))
                .withOtherLetters(List.of(korean, note));
    }

    @OnBothDatabases
    void everyLanguageSettingLoadsBackAsImported(TestDatabase db) {
        CampaignStore store = new CampaignStore(db.open());
        CampaignData imported = bilingual();

        store.importCampaign(imported);
        CampaignData loaded = store.load(MadeUpCampaign.ID);

        assertThat(loaded).isEqualTo(MadeUpCampaign.asLoaded(imported));
        assertThat(loaded.otherLetters().get(0).translationOf()).isEqualTo("letter");
        assertThat(loaded.otherLetters().get(0).letter().language()).isEqualTo("ko");
        assertThat(loaded.campaign().wordsFor("ko")).containsEntry(LetterWord.PAGE, "{page}쪽");
        assertThat(loaded.recipient("minister").orElseThrow().alt().addressLines())
                .containsExactly("서울특별시 종로구 가상로 1", "00000");
    }

    @OnBothDatabases
    void savesReplaceTheWordsAndSecondScriptsTheyCarry(TestDatabase db) {
        Workspace workspace = db.open();
        new CampaignStore(workspace).importCampaign(bilingual());
        CampaignData loaded = new CampaignStore(workspace).load(MadeUpCampaign.ID);

        workspace.inTransaction(work -> {
            CampaignRepository campaigns = new CampaignRepository(work);
            campaigns.save(loaded.campaign().withWords(Map.of("ko", Map.of(LetterWord.CLOSING, ""))), 1);
            campaigns.saveLetter(MadeUpCampaign.ID, loaded.letter().withWords(Map.of()).withLanguage("en"), 1);
            campaigns.saveFurtherLetters(MadeUpCampaign.ID, List.of(loaded.otherLetters().get(0)));
            new RecipientRepository(work).save(MadeUpCampaign.ID,
                    loaded.recipient("minister").orElseThrow().withAlt(RecipientText.NONE), 1);
            new SignatoryRepository(work).save(MadeUpCampaign.ID, loaded.signatories().all().get(0)
                    .withAlt(new SignatoryText("Civic Alliance (made up)", "CA", "")), 1);
            return null;
        });
        CampaignData saved = new CampaignStore(workspace).load(MadeUpCampaign.ID);

        assertThat(saved.campaign().words()).isEqualTo(Map.of("ko", Map.of(LetterWord.CLOSING, "")));
        assertThat(saved.letter().words()).isEmpty();
        assertThat(saved.letter().language()).isEqualTo("en");
        assertThat(saved.otherLetters()).containsExactly(loaded.otherLetters().get(0));
        assertThat(saved.recipient("minister").orElseThrow().alt()).isEqualTo(RecipientText.NONE);
        assertThat(saved.signatories().all().get(0).alt()).isEqualTo(new SignatoryText("Civic Alliance (made up)",
                "CA", ""));
        assertThat(saved.signatories().all().subList(1, 4)).isEqualTo(loaded.signatories().all().subList(1, 4));
    }

    @OnBothDatabases
    void aWordThisVersionDoesNotKnowIsRefusedNotDropped(TestDatabase db) {
        Workspace workspace = db.open();
        new CampaignStore(workspace).importCampaign(bilingual());
        workspace.inTransaction(work -> {
            try (var insert = work.connection().prepareStatement("INSERT INTO layout_word (campaign_id, letter_name, "
                    + "language, word, text) VALUES (?, '', 'en', 'farewell', 'Bye')")) {
                insert.setString(1, MadeUpCampaign.ID);
                insert.executeUpdate();
            }
            return null;
        });

        assertThatThrownBy(() -> new CampaignStore(workspace).load(MadeUpCampaign.ID))
                .hasMessageContaining("layout word 'farewell' that this version of Appeal does not know");
    }
}
