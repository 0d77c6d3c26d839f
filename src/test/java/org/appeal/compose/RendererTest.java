package org.appeal.compose;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.appeal.domain.CampaignData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RendererTest {
    private final Renderer renderer = Fixtures.renderer();

    @Test
    void rendersA4PagesWithTheLetterParts() throws Exception {
        CampaignData data = Fixtures.campaign("We write to **you**.\n\nSecond paragraph.");

        RenderedLetter letter = renderer.render(data, null, RenderOptions.DEFAULT);

        try (PDDocument pdf = Loader.loadPDF(letter.pdf())) {
            assertThat(pdf.getNumberOfPages()).isPositive();
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
            }
        }
        String text = PdfText.withoutFooters(letter.pdf());
        assertThat(text).contains("October 28, 2025", "Sam Example", "Minister of Examples", "1 Example Road",
                "Fax: +00 1 2345 6789", "E-mail: sam@example.org", "CC.", "Deputy Minister Alex Sample",
                "Re: A subject with 80th", "Dear Minister Example,", "We write to you.", "Second paragraph.",
                "Sincerely,", "Signatories (as of July 9, 2025)", "Groups", "Example Rights Watch (ERW)",
                "Individuals", "Jane Example / Professor of Law");
        assertThat(letter.html()).contains("<sup>th</sup>", "<strong>you</strong>");
        assertThat(letter.warnings()).isEmpty();
    }

    @Test
    void pageNumbersStartOnPageTwo() throws Exception {
        String longBody = "A paragraph that takes room on the page, again and again.\n\n".repeat(80);

        RenderedLetter letter = renderer.render(Fixtures.campaign(longBody), null, RenderOptions.DEFAULT);

        assertThat(PdfText.footers(letter.pdf())).startsWith("[][2][3]");
    }

    @Test
    void bodyReferencesResolveAndAreEscaped() throws Exception {
        CampaignData data = Fixtures.campaign("Dear $addressee.name, signed by $signatories.organisations.size() groups.");
        CampaignData risky = data.withLetter(data.letter()).withSignatories(data.signatories());

        RenderedLetter letter = renderer.render(risky, null, RenderOptions.DEFAULT);

        assertThat(PdfText.withoutFooters(letter.pdf())).contains("Dear Sam Example, signed by 1 groups.");
    }

    @Test
    void undefinedReferenceInBodyBlocksWithBodyLineAndColumn() {
        CampaignData data = Fixtures.campaign("First line.\n\nSecond $nothing.here and $other.");

        assertThatThrownBy(() -> renderer.render(data, null, RenderOptions.DEFAULT))
                .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly("letter.md line 3, column 8: $nothing is not defined",
                                "letter.md line 3, column 26: $other is not defined"));
    }

    @Test
    void rawHtmlOutsideTheAllowlistIsPrintedAsText() throws Exception {
        CampaignData data = Fixtures.campaign("Cited <u>words</u> and <script>alert(1)</script> <img src=\"http://x\">.");

        RenderedLetter letter = renderer.render(data, null, RenderOptions.DEFAULT);

        assertThat(letter.html()).contains("<u>words</u>", "&lt;script&gt;", "&lt;img src=");
        assertThat(PdfText.withoutFooters(letter.pdf())).contains("<script>alert(1)</script>");
    }

    @Test
    void malformedContactsAreWarningsAndPrintAsTyped() throws Exception {
        CampaignData base = Fixtures.campaign("Body.");
        var to = base.recipients().get(0);
        var odd = new org.appeal.domain.Recipient(to.id(), to.role(), to.position(), to.formOfAddress(), to.name(),
                to.title(), to.office(), to.addressLines(), "call us", "president.go.kr");
        CampaignData data = new CampaignData(base.campaign(), base.letter(),
                java.util.List.of(odd, base.recipients().get(1)), base.signatories(), base.resolutions(),
                base.sponsorships(), base.sources(), base.evidence());

        RenderedLetter letter = renderer.render(data, null, RenderOptions.DEFAULT);

        assertThat(letter.warnings()).extracting(Problem::toString).containsExactly(
                "recipient 'to': e-mail \"president.go.kr\" does not look like an e-mail address; it is printed as typed",
                "recipient 'to': fax \"call us\" does not look like a fax number; it is printed as typed");
        assertThat(PdfText.withoutFooters(letter.pdf())).contains("E-mail: president.go.kr", "Fax: call us");
    }

    @Test
    void unknownLayoutTemplateBlocks() {
        CampaignData data = Fixtures.campaign("Body.");
        CampaignData other = data.withLetter(data.letter().withTemplate("missing.html.vm"));

        assertThatThrownBy(() -> renderer.render(other, null, RenderOptions.DEFAULT))
                .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.toString()).isEqualTo("template: file 'missing.html.vm' does"
                                + " not exist in the templates folder; a layout is the name of a file in the templates"
                                + " folder, such as letter.html.vm")));
    }

    @Test
    void remoteResourcesAreNeverFetched() throws Exception {
        FolderResourceRetriever retriever = new FolderResourceRetriever(java.util.List.of(Path.of("templates")));

        assertThat(retriever.getByteArrayByUrl(new java.net.URL("http://example.org/x.png"))).isNull();
        assertThat(retriever.getByteArrayByUrl(Path.of("pom.xml").toUri().toURL())).isNull();
        assertThat(retriever.getByteArrayByUrl(Path.of("templates/letter.css").toUri().toURL()))
                .isEqualTo(Files.readAllBytes(Path.of("templates/letter.css")));
    }
}
