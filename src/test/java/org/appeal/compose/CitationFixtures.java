package org.appeal.compose;

import java.time.LocalDate;
import java.util.List;
import org.appeal.domain.CampaignData;
import org.appeal.domain.CitationSettings;
import org.appeal.domain.Evidence;
import org.appeal.domain.Pinpoint;
import org.appeal.domain.Source;

/** Sources and evidence for citation tests, described as the seed documents describe them. */
final class CitationFixtures {
    static final Source COI = new Source("coi-report-2014",
            "Report of the Commission of Inquiry on Human Rights in the Democratic People's Republic of Korea",
            "Human Rights Council", "A/HRC/25/63", null, "", List.of());
    static final Source PLEDGES = new Source("rok-note-verbale-2024",
            "Note verbale dated 28 June 2024 from the Permanent Mission of the Republic of Korea to the United Nations"
                    + " addressed to the President of the General Assembly",
            "Permanent Mission of the Republic of Korea to the United Nations", "", LocalDate.of(2024, 7, 2), "",
            List.of("1", "2", "3", "4", "5", "6", "7",
                    "The Republic of Korea has extended a standing invitation to special procedures and supported"
                            + " their visits to the Republic of Korea."));
    static final Source RESOLUTION = new Source("a-res-79-181",
            "Situation of human rights in the Democratic People's Republic of Korea", "United Nations General Assembly",
            "A/RES/79/181", LocalDate.of(2024, 12, 17), "", List.of());
    static final Source NO_URL = new Source("r2p-2022", "Updated Assessment of R2P Implementation 2022: Republic of Korea",
            "Asia-Pacific Centre for the Responsibility to Protect", "", null, "",
            List.of("It has, at the time of writing, stopped co-sponsoring UN resolutions on the human rights situation"
                    + " in the DPRK."));
    static final Evidence COI_FINDING = new Evidence("coi-2014", COI.id(),
            "extermination, murder, enslavement, torture, imprisonment, rape", null);
    static final Evidence STANDING_INVITATION = new Evidence("rok-pledges-2024", PLEDGES.id(),
            "has extended a standing invitation to special procedures", new Pinpoint(Pinpoint.Unit.PARAGRAPH, "8"));

    private CitationFixtures() {
    }

    static CampaignData citing(String body, CitationSettings settings) {
        CampaignData base = Fixtures.campaign(body);
        return new CampaignData(base.campaign(), base.letter().withCitations(settings), base.recipients(),
                base.signatories(), base.resolutions(), base.sponsorships(), List.of(COI, PLEDGES, RESOLUTION, NO_URL),
                List.of(COI_FINDING, STANDING_INVITATION));
    }
}
