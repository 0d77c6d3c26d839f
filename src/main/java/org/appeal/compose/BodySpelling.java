package org.appeal.compose;

import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;
import org.appeal.domain.Signatory;
import org.appeal.domain.Source;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The spelling of a letter body's own words, through LanguageTool's dictionaries: references,
 * directives, comments, citations and markup are not words and are never checked, and words the
 * campaign itself uses (names of people, offices, sources) are taken as spelt right. Only the
 * spelling rules run, not grammar or style. Loading a language takes seconds and tens of megabytes,
 * so a checker is made once, off the FX thread, when a letter is first edited.
 *
 * <p>LanguageTool has no Korean: {@link #forLanguage} answers empty for it (and for any language it
 * does not have), and the editor says the body is not checked.
 */
public final class BodySpelling {
    /** A word the dictionary does not know, where it stands in the body, with the dictionary's suggestions. */
    public record Misspelling(int start, int end, String word, List<String> suggestions) {
        public Misspelling {
            suggestions = List.copyOf(suggestions);
        }
    }

    private static final int MAX_SUGGESTIONS = 5;

    private final JLanguageTool tool;
    private final String languageName;

    private BodySpelling(Language language) {
        tool = new JLanguageTool(language);
        for (Rule rule : tool.getAllRules()) {
            if (!(rule instanceof SpellingCheckRule)) {
                tool.disableRule(rule.getId());
            }
        }
        languageName = language.getName();
    }

    /**
     * A checker for a letter's language tag ({@code en}, {@code en-GB}, {@code ko}); empty when LanguageTool
     * has no dictionary for it. Plain {@code en} is checked as US English, the variant the sample letter uses;
     * {@link #languageName()} says which.
     */
    public static Optional<BodySpelling> forLanguage(String tag) {
        String lower = tag == null ? "" : tag.toLowerCase(Locale.ROOT).replace('_', '-');
        String code = switch (lower) {
            case "en", "en-us" -> "en-US";
            case "en-gb", "en-uk" -> "en-GB";
            case "en-ca" -> "en-CA";
            case "en-au" -> "en-AU";
            case "en-nz" -> "en-NZ";
            case "en-za" -> "en-ZA";
            default -> null;
        };
        if (code == null || !Languages.isLanguageSupported(code)) {
            return Optional.empty();
        }
        return Optional.of(new BodySpelling(Languages.getLanguageForShortCode(code)));
    }

    /** The dictionary's language, as LanguageTool names it ("English (US)"). */
    public String languageName() {
        return languageName;
    }

    /**
     * The words of {@code body} the dictionary does not know, in text order; {@code known} words (exactly as
     * written) are not reported.
     */
    public List<Misspelling> check(String body, BodySyntax.Reading reading, Set<String> known) {
        boolean[] notWords = new boolean[body.length()];
        boolean[] joins = new boolean[body.length()];
        for (BodySyntax.Token token : reading.tokens()) {
            if (token.kind() == BodySyntax.Kind.CITED_WORDS) {
                continue;
            }
            // Inline markup sits inside a word (80<sup>th</sup>); the rest stands for a word or a gap.
            boolean inside = token.kind() == BodySyntax.Kind.MARKUP || token.kind() == BodySyntax.Kind.ESCAPE;
            for (int i = token.start(); i < token.end() && i < body.length(); i++) {
                notWords[i] = true;
                joins[i] = inside;
            }
        }
        AnnotatedTextBuilder text = new AnnotatedTextBuilder();
        int i = 0;
        while (i < body.length()) {
            int j = i;
            while (j < body.length() && notWords[j] == notWords[i] && joins[j] == joins[i]) {
                j++;
            }
            String part = body.substring(i, j);
            if (!notWords[i]) {
                text.addText(part);
            } else {
                text.addMarkup(part, joins[i] ? "" : " ");
            }
            i = j;
        }
        List<RuleMatch> matches;
        try {
            matches = tool.check(text.build());
        } catch (IOException e) {
            throw new UncheckedIOException("the spelling check could not read its dictionary", e);
        }
        List<Misspelling> found = new ArrayList<>();
        for (RuleMatch match : matches) {
            int start = match.getFromPos();
            int end = Math.min(match.getToPos(), body.length());
            if (start < 0 || start >= end) {
                continue;
            }
            String word = body.substring(start, end);
            if (known.contains(word) || notWords[start]) {
                continue;
            }
            List<String> suggestions = match.getSuggestedReplacements();
            found.add(new Misspelling(start, end, word,
                    suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size()))));
        }
        return found;
    }

    /**
     * The words the campaign itself writes: names and addresses of recipients, signatories and their countries, sources'
     * titles and issuers, the campaign's title, state and coalition; whole ({@code Jae-myung}) and in parts.
     */
    public static Set<String> knownWords(CampaignData data) {
        List<String> texts = new ArrayList<>(List.of(data.campaign().title(), data.campaign().targetState(),
                data.campaign().coalition()));
        for (Recipient r : data.recipients()) {
            texts.addAll(List.of(r.formOfAddress(), r.name(), r.title(), r.office()));
            texts.addAll(r.addressLines());
        }
        for (Signatory s : data.signatories().all()) {
            texts.addAll(List.of(s.name(), s.acronym(), s.title(), s.country()));
        }
        for (Source s : data.sources()) {
            texts.addAll(List.of(s.title(), s.issuingBody()));
        }
        Set<String> words = new HashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (String word : text.split("[^\\p{L}\\p{N}'’-]+")) {
                if (!word.isBlank()) {
                    words.add(word);
                    words.addAll(List.of(word.split("[-'’]+")));
                }
            }
        }
        return words;
    }
}
