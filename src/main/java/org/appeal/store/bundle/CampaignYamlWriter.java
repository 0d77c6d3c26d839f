package org.appeal.store.bundle;

import java.util.List;
import org.appeal.domain.Addressing;
import org.appeal.domain.Campaign;
import org.appeal.domain.CitationSettings;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.NamedLetter;

/**
 * Writes {@code campaign.yaml} in its canonical form: fixed key order, two-space indent, {@code \n}
 * line ends. Every key is written except {@code coalition} and a letter's {@code addressing}, which
 * are written only when not the default: they came after format 1's first bundles, and a bundle
 * without them keeps its bytes.
 */
final class CampaignYamlWriter {
    private final YamlScalars scalars = new YamlScalars();

    String write(Campaign campaign, LetterDraft letter, String bodyFile) {
        return write(campaign, letter, bodyFile, List.of());
    }

    /** Further letters follow under {@code letters:}, each body in {@code <name>.md}; the key is left out when there are none. */
    String write(Campaign campaign, LetterDraft letter, String bodyFile, List<NamedLetter> others) {
        StringBuilder out = new StringBuilder("format: " + CampaignFile.FORMAT_VERSION + "\n"
                + "id: " + scalars.scalar(campaign.id()) + "\n"
                + "title: " + scalars.scalar(campaign.title()) + "\n"
                + "language: " + scalars.scalar(campaign.language()) + "\n"
                + (campaign.coalition().isEmpty() ? "" : "coalition: " + scalars.scalar(campaign.coalition()) + "\n")
                + "target_state: " + scalars.scalar(campaign.targetState()) + "\n"
                + "letter:\n");
        letter(out, "  ", letter, bodyFile);
        if (!others.isEmpty()) {
            out.append("letters:\n");
            for (NamedLetter other : others) {
                out.append("  ").append(other.name()).append(":\n");
                letter(out, "    ", other.letter(), bodyFileOf(other.name()));
            }
        }
        return out.toString();
    }

    static String bodyFileOf(String letterName) {
        return letterName + ".md";
    }

    private void letter(StringBuilder out, String indent, LetterDraft letter, String bodyFile) {
        CitationSettings citations = letter.citations();
        out.append(indent).append("subject: ").append(scalars.scalar(letter.subject())).append('\n')
                .append(indent).append("date: ").append(letter.date()).append('\n')
                .append(indent).append("signatories_as_of: ").append(letter.signatoriesAsOf()).append('\n')
                .append(indent).append("template: ").append(scalars.scalar(letter.templateName())).append('\n')
                .append(indent).append("body: ").append(scalars.scalar(bodyFile)).append('\n')
                .append(indent).append("citations: ").append(citations.way().key()).append('\n')
                .append(indent).append("citation_style: ").append(citations.style().key()).append('\n')
                .append(indent).append("bibliography: ").append(citations.bibliography() ? "yes" : "no").append('\n');
        // Written only when not the default, so that bundles from before the key keep their bytes.
        if (letter.addressing() != Addressing.ONE_LETTER) {
            out.append(indent).append("addressing: ").append(letter.addressing().key()).append('\n');
        }
    }
}
