package org.appeal.cli;

import java.util.ArrayList;
import java.util.List;
import org.appeal.domain.CampaignData;
import picocli.CommandLine.Option;

/**
 * {@code --language LANG} and {@code --bilingual [LANG]}: which language versions of a letter a
 * command prints. A letter's versions are the letter and its translations ({@code translation_of}
 * in {@code campaign.yaml}); without either option the letter is printed in its own language.
 */
final class LanguageOptions {
    @Option(names = "--language", paramLabel = "LANG",
            description = "print the letter's version in this language (en, ko): the letter itself or its"
                    + " translation; default: the letter as it is")
    String language;

    @Option(names = "--bilingual", arity = "0..1", paramLabel = "LANG", fallbackValue = "",
            description = "one PDF: the letter (in --language, if given), then its version in LANG; LANG may be"
                    + " left out when the letter has just two versions")
    String bilingual;

    /**
     * The names of the letters to print, in order: one, or two for a bilingual PDF.
     *
     * @param letterName the letter asked for ({@code --letter}), {@code null} for the main one
     */
    List<String> versions(CampaignData data, String letterName, String source) throws BadInput {
        String base = letterName == null ? CampaignData.MAIN_LETTER : letterName;
        if (data.letter(base).isEmpty()) {
            throw new BadInput("no letter '" + base + "' in " + source + " (letters: "
                    + String.join(", ", data.letterNames()) + ")");
        }
        String first = language == null ? base : data.versionIn(base, language).orElseThrow(() ->
                new BadInput("letter '" + base + "' has no version in '" + language + "' (" + describe(data, base)
                        + "); a translation names it with translation_of in campaign.yaml"));
        if (bilingual == null) {
            return List.of(first);
        }
        List<String> others = new ArrayList<>(data.versionsOf(base));
        others.remove(first);
        String second;
        if (bilingual.isBlank()) {
            if (others.size() != 1) {
                throw new BadInput("--bilingual needs a language: letter '" + base + "' has "
                        + (others.isEmpty() ? "no other version" : "versions in several languages") + " ("
                        + describe(data, base) + ")");
            }
            second = others.get(0);
        } else {
            second = others.stream().filter(n -> data.languageOf(n).orElse("").equals(bilingual.strip())).findFirst()
                    .orElseThrow(() -> new BadInput("--bilingual " + bilingual + ": letter '" + base + "' has no other"
                            + " version in '" + bilingual + "' (" + describe(data, base) + ")"));
        }
        return List.of(first, second);
    }

    /** "versions: letter (en), letter-ko (ko)". */
    private static String describe(CampaignData data, String base) {
        return "versions: " + String.join(", ", data.versionsOf(base).stream()
                .map(n -> n + " (" + data.languageOf(n).orElse("") + ")").toList());
    }
}
