package org.appeal.compose;

import org.appeal.domain.CampaignData;
import org.appeal.domain.Signatory;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A letter prints every signatory its data has: no loop limit cuts the list. Velocity's own limit
 * stopped at 10,000 without a word, so a letter with 12,000 signatories printed 9,980 of them.
 */
class ManySignatoriesTest {
    private static final int ORGANISATIONS = 12_000;
    private static final Pattern SIGNATORY = Pattern.compile("Made-up Signing Group (\\d+) \\(MSG\\d+\\)");

    @Test
    void twelveThousandSignatoriesAreAllPrinted() throws Exception {
        // Made-up organisations; Fixtures adds one more organisation and one individual of its own.
        Signatory[] many = IntStream.rangeClosed(1, ORGANISATIONS)
                .mapToObj(i -> new Signatory("msg-" + i, Signatory.Kind.ORGANISATION, 10 + i,
                        "Made-up Signing Group " + i, "MSG" + i, "", "", null, null))
                .toArray(Signatory[]::new);
        CampaignData data = Fixtures.campaign("We write to you.", many);

        RenderedLetter letter = Fixtures.renderer().render(data, null, RenderOptions.DEFAULT);

        assertThat(numbers(letter.html())).containsExactlyElementsOf(IntStream.rangeClosed(1, ORGANISATIONS).boxed()
                .toList());
        assertThat(numbers(PdfText.withoutFooters(letter.pdf()).replaceAll("\\s+", " ")))
                .as("every signatory reaches the PDF, in list order")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, ORGANISATIONS).boxed().toList());
        assertThat(letter.html()).contains("Example Rights Watch (ERW)", "Jane Example / Professor of Law");
        // In runs of 100: 12,001 organisations make 121 runs, the one individual one more.
        assertThat(letter.html().split("<div class=\"signatory-run\">", -1)).hasSize(121 + 1 + 1);
        assertThat(letter.html()).doesNotContainPattern("signatory-run\">\\s*</div>");
    }

    private static java.util.List<Integer> numbers(String text) {
        java.util.List<Integer> found = new java.util.ArrayList<>();
        Matcher m = SIGNATORY.matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }
}
