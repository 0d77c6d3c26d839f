package org.appeal.store.db;

import java.time.LocalDate;
import java.util.List;
import org.appeal.domain.Campaign;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Evidence;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.Pinpoint;
import org.appeal.domain.Recipient;
import org.appeal.domain.Resolution;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryList;
import org.appeal.domain.Source;
import org.appeal.domain.Sponsorship;
import org.appeal.domain.UnBody;

/**
 * A campaign for tests. ALL OF IT IS MADE UP: the people, organisations, addresses, fax numbers,
 * dates, quotes and document symbols are invented to exercise the store (Hangul text, unknown
 * dates, empty fields, lists out of alphabetical order) and describe nothing real.
 */
final class MadeUpCampaign {
    static final String ID = "made-up-2099";

    private MadeUpCampaign() {
    }

    /** Adds the campaign row and its letter only, for tests that then add rows one by one. */
    static void createEmpty(Workspace workspace, String id) {
        workspace.inTransaction(work -> {
            CampaignRepository campaigns = new CampaignRepository(work);
            campaigns.save(campaign(id), 0);
            campaigns.saveLetter(id, letter(), 0);
            return null;
        });
    }

    static CampaignData data() {
        return data(ID);
    }

    static CampaignData data(String id) {
        return new CampaignData(campaign(id), letter(), recipients(), new SignatoryList(signatories()),
                resolutions(), sponsorships(), sources(), evidence());
    }

    static Campaign campaign(String id) {
        return new Campaign(id, "가상 캠페인: an invented appeal (test fixture)", "ko", "Made-up Republic", "Made-up Coalition (test fixture)");
    }

    static LetterDraft letter() {
        return new LetterDraft("An invented resolution at the 99<sup>th</sup> session",
                LocalDate.of(2099, 3, 1),
                "Dear $recipient.formOfAddress,\n\nWe urge you to co-sponsor [@made-up-quote].\n\n감사합니다.\n",
                "letter.html.vm", LocalDate.of(2099, 2, 14));
    }

    /**
     * The campaign as the workspace reads it back: recipients in the order the letter prints them
     * (position, then id), whatever order they were saved in; everything else as it was.
     */
    static CampaignData asLoaded(CampaignData data) {
        return data.withRecipients(data.recipients().stream()
                .sorted(java.util.Comparator.comparingInt(Recipient::position).thenComparing(Recipient::id)).toList());
    }

    static List<Recipient> recipients() {
        return List.of(
                new Recipient("minister", Recipient.Role.TO, 1, "Minister Hong Gil-dong", "홍길동",
                        "Minister of Invented Affairs", "Ministry of Invented Affairs",
                        List.of("1 Made-up-ro, Jongno-gu", "", "Seoul 00000", "Nowhere"), "+00 0 0000 0000",
                        "minister@example.invalid"),
                // Position lower than the first recipient's: the repository keeps the list order as saved, a
                // loaded campaign lists recipients in printed order (see asLoaded).
                new Recipient("envoy", Recipient.Role.CC, 0, "", "Jane Example", "", "", List.of(), "", ""),
                new Recipient("office", Recipient.Role.CC, 3, "", "", "Secretariat", "Office of Nobody",
                        List.of("Only line"), "not a fax number", ""));
    }

    static List<Signatory> signatories() {
        return List.of(
                new Signatory("civic-alliance", Signatory.Kind.ORGANISATION, 2, "대한민국 북한인권 시민연대", "",
                        "", "대한민국", null, null),
                new Signatory("example-watch", Signatory.Kind.ORGANISATION, 1, "Example Watch", "EW", "",
                        "", LocalDate.of(2099, 1, 5), null),
                new Signatory("gone-away", Signatory.Kind.ORGANISATION, 3, "Gone Away Network", "GAN", "",
                        "Nowhere", LocalDate.of(2098, 12, 1), LocalDate.of(2099, 2, 1)),
                new Signatory("kim-example", Signatory.Kind.INDIVIDUAL, 1, "김예시", "", "Professor, 가상대학교",
                        "", null, LocalDate.of(2099, 4, 1)));
    }

    static List<Resolution> resolutions() {
        return List.of(
                new Resolution("res-98", "A/RES/98/001", UnBody.GA, 98, LocalDate.of(2098, 12, 17),
                        "Situation of invented rights", Resolution.Adoption.RECORDED_VOTE, "src-report"),
                new Resolution("res-unknown", "", UnBody.HRC, null, null, "", Resolution.Adoption.UNKNOWN, ""));
    }

    static List<Sponsorship> sponsorships() {
        return List.of(
                new Sponsorship("spon-2098", "Republic of Nowhere", UnBody.GA, 2098, LocalDate.of(2098, 11, 2),
                        "A/RES/98/001", true, "src-report"),
                new Sponsorship("spon-2097", "Republic of Nowhere", UnBody.HRC, 2097, null, "", false, ""));
    }

    static List<Source> sources() {
        return List.of(
                new Source("src-report", "Report of the Invented Rapporteur", "Invented Council", "A/99/000",
                        LocalDate.of(2098, 8, 30), "https://example.invalid/report",
                        List.of("First paragraph.", "", "셋째 문단: 가상의 인용문.", "Fourth, with \"quotes\" and\na line break."),
                        List.of("Covering note before paragraph 1.", "Footnote text after the last paragraph.")),
                new Source("src-note", "", "", "", null, "", List.of()));
    }

    static List<Evidence> evidence() {
        return List.of(
                new Evidence("made-up-quote", "src-report", "셋째 문단: 가상의 인용문.",
                        new Pinpoint(Pinpoint.Unit.PARAGRAPH, "3")),
                new Evidence("whole-note", "src-note", "", null),
                new Evidence("empty-pinpoint", "src-report", "First paragraph.", new Pinpoint(Pinpoint.Unit.PAGE, "")));
    }
}
