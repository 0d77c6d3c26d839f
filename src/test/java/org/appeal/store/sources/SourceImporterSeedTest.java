package org.appeal.store.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.appeal.domain.Source;
import org.junit.jupiter.api.Test;

/** Imports the seed documents in {@code seeds/sources/}, which are read, never changed. */
class SourceImporterSeedTest {
    private static final Path SEEDS = Path.of("seeds", "sources");

    private final SourceImporter importer = new SourceImporter();

    @Test
    void aNoteVerbaleKeepsItsOwnParagraphNumbers() throws Exception {
        SourceMetadata metadata = new SourceMetadata("rok-pledges-2024", null,
                "Permanent Mission of the Republic of Korea to the United Nations", "", LocalDate.of(2024, 7, 2), "");

        Source source = importer.importFile(SEEDS.resolve("000_9c41ec5e1473588e.txt"), metadata);

        assertThat(source.paragraphs()).hasSize(36);
        assertThat(source.paragraph(8)).hasValueSatisfying(para8 -> {
            assertThat(para8).startsWith("The Republic of Korea remains a strong supporter of United Nations human"
                    + " rights mechanisms and has engaged with them in an active and constructive manner.");
            assertThat(para8).contains("has extended a standing invitation to special procedures")
                    .endsWith("It has also faithfully responded to communications from special procedures.");
        });
        assertThat(source.paragraph(1)).hasValue("The Republic of Korea firmly upholds the universal value of human"
                + " rights, envisaged in the Universal Declaration of Human Rights, as the centrepiece of its policy goals.");
        assertThat(source.paragraph(36)).hasValueSatisfying(para36 -> assertThat(para36)
                .startsWith("The Republic of Korea will seek to ratify additional human rights instruments")
                .contains("\n\n(a) Withdrawal of its reservations to article 16, paragraph (g)")
                .endsWith("Inhuman or Degrading Treatment or Punishment."));
        assertThat(source.paragraph(37)).isEmpty();
    }

    @Test
    void aParagraphCutByAPageBreakStaysWhole() throws Exception {
        Source source = importer.importFile(SEEDS.resolve("000_9c41ec5e1473588e.txt"), SourceMetadata.withId("s"));

        assertThat(source.paragraph(7)).hasValueSatisfying(para7 -> assertThat(para7)
                .contains("for the promotion and protection of human\n\nrights at all levels")
                .endsWith("in the Work of the Human Rights Council."));
        assertThat(source.paragraph(12)).hasValueSatisfying(para12 -> assertThat(para12)
                .endsWith("gender-based\n\nviolence and discrimination against women and girls, especially in"
                        + " vulnerable situations."));
    }

    @Test
    void theCoveringNoteOfANumberedDocumentIsKeptAsUnnumberedText() throws Exception {
        Source source = importer.importFile(SEEDS.resolve("000_9c41ec5e1473588e.txt"), SourceMetadata.withId("s"));

        assertThat(source.title()).isEqualTo("General Assembly");
        assertThat(source.unnumbered()).first().isEqualTo("Distr.: General  \n2 July 2024");
        assertThat(source.unnumbered()).anySatisfy(block -> assertThat(block)
                .startsWith("In accordance with General Assembly resolution [60/251](#), the Permanent Mission"));
        // Headings are not text of any paragraph.
        assertThat(source.unnumbered()).noneMatch(block -> block.contains("I. Introduction"));
        assertThat(source.paragraphs()).noneMatch(p -> p.contains("Cooperation with United Nations Human Rights"));
    }

    @Test
    void aPressReleaseWithOneParagraphPerLineGivesThemInOrder() throws Exception {
        Source source = importer.importFile(SEEDS.resolve("001_b8c944c421e57824.txt"), SourceMetadata.withId("s"));

        assertThat(source.paragraphs()).hasSize(7);
        assertThat(source.paragraphs()).first().asString()
                .startsWith("Vice Minister of Foreign Affairs Kang Insun visited Geneva from February 26 to 28");
        assertThat(source.paragraph(2)).hasValueSatisfying(p -> assertThat(p)
                .startsWith("In her keynote speech on the afternoon of February 27"));
        assertThat(source.paragraphs()).last().asString()
                .startsWith("Vice Minister Kang’s participation in the 55th session of the Human Rights Council");
        assertThat(source.unnumbered()).isEmpty();
    }

    @Test
    void hardWrappedTextWithoutBlankLinesIsOneParagraphStoredAsWritten() throws Exception {
        Path file = SEEDS.resolve("002_993cc4c0e313b501.txt");

        Source source = importer.importFile(file, SourceMetadata.withId("s"));

        // The file marks no paragraph breaks, so none are guessed; its lines stay in order, unchanged.
        String asWritten = Files.readString(file, StandardCharsets.UTF_8).strip();
        assertThat(source.paragraphs()).containsExactly(asWritten);
        assertThat(source.paragraphs().get(0))
                .startsWith("On May 20, the South Korean government\nparticipated in the High-Level Meeting")
                .contains("and severe restrictions on freedom of __EXPRESSION__.\nMoreover, he called")
                .endsWith("including the United Nations.");
        assertThat(source.title()).isEqualTo("On May 20, the South Korean government");
    }

    @Test
    void givenMetadataWinsOverTheDocumentsOwnTitle() throws Exception {
        SourceMetadata metadata = new SourceMetadata("mofa-2025-05-20", "Made-up title for a test", "Example body",
                "", LocalDate.of(2025, 5, 20), "https://example.org/press/1");

        Source source = importer.importFile(SEEDS.resolve("002_993cc4c0e313b501.txt"), metadata);

        assertThat(source.id()).isEqualTo("mofa-2025-05-20");
        assertThat(source.title()).isEqualTo("Made-up title for a test");
        assertThat(source.issuingBody()).isEqualTo("Example body");
        assertThat(source.date()).isEqualTo(LocalDate.of(2025, 5, 20));
        assertThat(source.url()).isEqualTo("https://example.org/press/1");
    }
}
