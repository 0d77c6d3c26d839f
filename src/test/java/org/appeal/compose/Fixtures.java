package org.appeal.compose;

import org.appeal.domain.Campaign;
import org.appeal.domain.CampaignData;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.Recipient;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Made-up campaign data for tests: the names, addresses and numbers are invented. */
final class Fixtures {
    private Fixtures() {
    }

    static CampaignData campaign(String body, Signatory... extraSignatories) {
        List<Signatory> signatories = new ArrayList<>(List.of(
                new Signatory("org-a", Signatory.Kind.ORGANISATION, 1, "Example Rights Watch", "ERW", "", "", null, null),
                new Signatory("ind-a", Signatory.Kind.INDIVIDUAL, 3, "Jane Example", "", "Professor of Law", "", null, null)));
        signatories.addAll(List.of(extraSignatories));
        return new CampaignData(
                new Campaign("test-campaign", "Test campaign", "en"),
                new LetterDraft("A subject with 80<sup>th</sup>", LocalDate.of(2025, 10, 28), body,
                        LetterDraft.DEFAULT_TEMPLATE, LocalDate.of(2025, 7, 9)),
                List.of(new Recipient("to", Recipient.Role.TO, 1, "Minister Example", "Sam Example",
                                "Minister of Examples", "", List.of("1 Example Road", "Exampleland"),
                                "+00 1 2345 6789", "sam@example.org"),
                        new Recipient("cc", Recipient.Role.CC, 2, "", "Alex Sample", "Deputy Minister",
                                "Ministry of Samples", List.of("2 Sample Street"), "+00 9 8765 4321", "")),
                new SignatoryList(signatories), List.of(), List.of(), List.of(), List.of());
    }

    static Renderer renderer() {
        return new Renderer(new TemplateEngine(java.nio.file.Path.of("templates")), SharedFonts.FONTS);
    }

    /** Fonts are immutable once loaded; sharing them keeps the test run from re-reading 9 MB per test. */
    static final class SharedFonts {
        static final FontLibrary FONTS = new FontLibrary();

        private SharedFonts() {
        }
    }
}
