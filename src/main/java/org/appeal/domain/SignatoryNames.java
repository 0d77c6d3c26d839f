package org.appeal.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How duplicate detection reads a signatory's name: pure functions over strings. */
final class SignatoryNames {
    /** A name split into its Hangul and its romanised form, each as written. */
    record Bilingual(String hangul, String latin) {
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    /** Removed outright, so that "H.R.W." reads as "hrw" and "Citizens'" as "citizens". */
    private static final Pattern JOINING_PUNCTUATION = Pattern.compile("['’ʼ‘.]");
    /** Any other punctuation or symbol separates words: "Min-seok" reads as "min seok". */
    private static final Pattern SEPARATING_PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");
    private static final Pattern TRAILING_PARENTHESES = Pattern.compile("^(.*?)[\\s\\p{Z}]*\\(([^()]*)\\)[\\s\\p{Z}]*$");
    /** A word of letters, digits and ".&-" with at least two capitals: "HRW", "InCRC", "NKnet". */
    private static final Pattern ACRONYM = Pattern.compile("(?=(?:.*\\p{Lu}){2})[\\p{L}\\p{N}.&-]{2,15}");
    /** Words that acronyms usually skip ("Human Rights Watch" is HRW, "Federation of ..." drops "of"). */
    private static final Set<String> MINOR_WORDS = Set.of("of", "for", "and", "the", "in", "on");

    private SignatoryNames() {
    }

    /** NFC, case-folded, punctuation dropped, "&" read as "and", runs of spaces made one. */
    static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).replace("&", " and ");
        s = s.toLowerCase(Locale.ROOT);
        s = JOINING_PUNCTUATION.matcher(s).replaceAll("");
        s = SEPARATING_PUNCTUATION.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** The normalised name without any spaces, so that "Min Seok", "Min-seok" and "Minseok" agree. */
    static String compact(String name) {
        return normalise(name).replace(" ", "");
    }

    static List<String> words(String name) {
        String normalised = normalise(name);
        return normalised.isEmpty() ? List.of() : List.of(normalised.split(" "));
    }

    /** The acronym in a trailing "(HRW)", as written; empty when the parentheses hold anything else. */
    static Optional<String> trailingAcronym(String name) {
        Matcher m = TRAILING_PARENTHESES.matcher(name);
        if (!m.matches() || m.group(1).isBlank()) {
            return Optional.empty();
        }
        String inside = m.group(2).strip();
        return ACRONYM.matcher(inside).matches() ? Optional.of(inside) : Optional.empty();
    }

    /** The name as compared: a trailing "(ACRONYM)" is not part of it. */
    static String withoutTrailingAcronym(String name) {
        if (trailingAcronym(name).isEmpty()) {
            return name;
        }
        Matcher m = TRAILING_PARENTHESES.matcher(name);
        m.matches();
        return m.group(1);
    }

    /**
     * Initials of the words that count ("Human Rights Watch" gives "hrw"); empty when fewer than two
     * words count or a word is not in Latin letters, where initials mean nothing.
     */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : words(name)) {
            if (MINOR_WORDS.contains(word)) {
                continue;
            }
            int first = word.codePointAt(0);
            if (Character.UnicodeScript.of(first) != Character.UnicodeScript.LATIN) {
                return "";
            }
            out.appendCodePoint(first);
        }
        return out.codePointCount(0, out.length()) < 2 ? "" : out.toString();
    }

    static boolean hasHangul(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    private static boolean hasLatin(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /**
     * A name written "HANGUL (Latin)" or "Latin (HANGUL)", split into its two forms; empty for any
     * other name, including a Hangul name followed by an acronym of one word in capitals.
     */
    static Optional<Bilingual> bilingual(String name) {
        Matcher m = TRAILING_PARENTHESES.matcher(Normalizer.normalize(name, Normalizer.Form.NFC));
        if (!m.matches()) {
            return Optional.empty();
        }
        String outside = m.group(1).strip();
        String inside = m.group(2).strip();
        if (isHangulOnly(outside) && isLatinOnly(inside)) {
            return Optional.of(new Bilingual(outside, inside));
        }
        if (isLatinOnly(outside) && isHangulOnly(inside)) {
            return Optional.of(new Bilingual(inside, outside));
        }
        return Optional.empty();
    }

    /**
     * The two forms of a signatory's name: written together in its name, or as the name and its
     * second-script form ({@link Signatory#alt()}); empty when it states only one.
     */
    static Optional<Bilingual> bilingual(Signatory s) {
        Optional<Bilingual> inName = bilingual(s.name());
        if (inName.isPresent() || s.alt().name().isBlank()) {
            return inName;
        }
        String name = Normalizer.normalize(s.name().strip(), Normalizer.Form.NFC);
        String alt = Normalizer.normalize(s.alt().name().strip(), Normalizer.Form.NFC);
        if (isHangulOnly(name) && isLatinOnly(alt)) {
            return Optional.of(new Bilingual(name, alt));
        }
        if (isLatinOnly(name) && isHangulOnly(alt)) {
            return Optional.of(new Bilingual(alt, name));
        }
        return Optional.empty();
    }

    private static boolean isHangulOnly(String s) {
        return hasHangul(s) && !hasLatin(s);
    }

    private static boolean isLatinOnly(String s) {
        return hasLatin(s) && !hasHangul(s);
    }

    /**
     * Keys under which a romanised Korean personal name is filed: "FAMILY-GROUP|givenname", once for
     * the family name first (Korean order, "Kim Min-seok") and once for it last ("Min-seok Kim"),
     * whichever of the two is a known Korean family name. Empty when neither is.
     */
    static List<String> romanisationKeys(String name) {
        List<String> words = words(name);
        List<String> keys = new ArrayList<>(2);
        if (words.size() < 2) {
            return keys;
        }
        KoreanFamilyNames.group(words.get(0))
                .ifPresent(group -> keys.add(group + "|" + String.join("", words.subList(1, words.size()))));
        KoreanFamilyNames.group(words.get(words.size() - 1))
                .ifPresent(group -> keys.add(group + "|" + String.join("", words.subList(0, words.size() - 1))));
        return keys;
    }
}
