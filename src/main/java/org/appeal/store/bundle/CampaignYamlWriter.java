package org.appeal.store.bundle;

import java.util.List;
import java.util.Map;
import org.appeal.domain.Addressing;
import org.appeal.domain.Campaign;
import org.appeal.domain.CitationSettings;
import org.appeal.domain.LetterDraft;
import org.appeal.domain.LetterWord;
import org.appeal.domain.NamedLetter;

/**
 * Writes {@code campaign.yaml} in its canonical form: fixed key order, two-space indent, {@code \n}
 * line ends. Every key is written except those that came after format 1's first bundles and are
 * written only when set or not the default ({@code coalition}, {@code notes}, {@code words}, a
 * letter's {@code addressing}, {@code language}, {@code words} and {@code translation_of}), so a
 * bundle without them keeps its bytes.
 */
final class CampaignYamlWriter {
    private final YamlScalars scalars = new YamlScalars();

    String write(Campaign campaign, LetterDraft letter, String bodyFile) {
        return write(campaign, letter, bodyFile, List.of());
    }

    /** Further letters follow under {@code letters:}, each body in {@link #bodyFileOf}; the key is left out when there are none. */
    String write(Campaign campaign, LetterDraft letter, String bodyFile, List<NamedLetter> others) {
        StringBuilder out = new StringBuilder("format: " + CampaignFile.FORMAT_VERSION + "\n"
                + "id: " + scalars.scalar(campaign.id()) + "\n"
                + "title: " + scalars.scalar(campaign.title()) + "\n"
                + "language: " + scalars.scalar(campaign.language()) + "\n"
                + (campaign.coalition().isEmpty() ? "" : "coalition: " + scalars.scalar(campaign.coalition()) + "\n")
                + "target_state: " + scalars.scalar(campaign.targetState()) + "\n");
        if (!campaign.words().isEmpty()) {
            out.append("words:\n");
            campaign.words().keySet().stream().sorted().forEach(language -> {
                out.append("  ").append(scalars.scalar(language)).append(":\n");
                words(out, "    ", campaign.words().get(language));
            });
        }
        out.append("letter:\n");
        letter(out, "  ", letter, bodyFile, "");
        if (!others.isEmpty()) {
            out.append("letters:\n");
            for (NamedLetter other : others) {
                out.append("  ").append(other.name()).append(":\n");
                letter(out, "    ", other.letter(), bodyFileOf(other, campaign), other.translationOf());
            }
        }
        // Last: staff notes are read least and grow most, and a bundle's earlier lines keep their numbers.
        if (!campaign.notes().isEmpty()) {
            out.append("notes: ").append(scalars.scalar(campaign.notes())).append('\n');
        }
        return out.toString();
    }

    /**
     * A further letter's body file: {@code NAME.md}, or for a translation the original's body
     * name with the language before {@code .md} ({@code letter.ko.md}, {@code briefing.ko.md}).
     */
    static String bodyFileOf(NamedLetter letter, Campaign campaign) {
        if (letter.isTranslation()) {
            return letter.translationOf() + "." + letter.letter().languageIn(campaign) + ".md";
        }
        return letter.name() + ".md";
    }

    private void letter(StringBuilder out, String indent, LetterDraft letter, String bodyFile, String translationOf) {
        CitationSettings citations = letter.citations();
        if (!translationOf.isEmpty()) {
            out.append(indent).append("translation_of: ").append(scalars.scalar(translationOf)).append('\n');
        }
        if (!letter.language().isEmpty()) {
            out.append(indent).append("language: ").append(scalars.scalar(letter.language())).append('\n');
        }
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
        if (!letter.words().isEmpty()) {
            out.append(indent).append("words:\n");
            words(out, indent + "  ", letter.words());
        }
    }

    /** In the order of {@link LetterWord}, so the same words always give the same bytes. */
    private void words(StringBuilder out, String indent, Map<LetterWord, String> words) {
        for (LetterWord word : LetterWord.values()) {
            if (words.containsKey(word)) {
                out.append(indent).append(word.key()).append(": ").append(scalars.scalar(words.get(word))).append('\n');
            }
        }
    }
}
