package org.appeal.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What makes a campaign's translations hang together: a translation names a letter of the
 * campaign that is not itself a translation, and no two versions of one letter share a language.
 */
public final class TranslationRules {
    private TranslationRules() {
    }

    /** Each broken translation's name with what is wrong with it, in the letters' order. */
    public static Map<String, String> problems(Campaign campaign, LetterDraft main, List<NamedLetter> others) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (NamedLetter letter : others) {
            if (!letter.isTranslation()) {
                continue;
            }
            String of = letter.translationOf();
            Optional<LetterDraft> original = CampaignData.MAIN_LETTER.equals(of) ? Optional.of(main)
                    : others.stream().filter(o -> o.name().equals(of)).map(NamedLetter::letter).findFirst();
            Optional<NamedLetter> originalEntry = others.stream().filter(o -> o.name().equals(of)).findFirst();
            if (of.equals(letter.name())) {
                problems.put(letter.name(), "a letter cannot be a translation of itself");
            } else if (original.isEmpty()) {
                problems.put(letter.name(), "no letter '" + of + "' in this campaign to be a translation of");
            } else if (originalEntry.isPresent() && originalEntry.get().isTranslation()) {
                problems.put(letter.name(), "'" + of + "' is itself a translation (of '"
                        + originalEntry.get().translationOf() + "'): name the original");
            } else {
                String language = letter.letter().languageIn(campaign);
                String originalLanguage = original.get().languageIn(campaign);
                String sameAs = seen.putIfAbsent(of + "\u0000" + language, letter.name());
                if (language.equals(originalLanguage)) {
                    problems.put(letter.name(), "it is in '" + language + "', the language of '" + of
                            + "' itself: set its language");
                } else if (sameAs != null) {
                    problems.put(letter.name(), "'" + sameAs + "' is already the '" + language + "' version of '"
                            + of + "'");
                }
            }
        }
        return problems;
    }
}
