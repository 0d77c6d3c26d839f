package org.appeal.domain;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;

/**
 * Orders for the signatory list besides the coalition's own: by name, by family name, by sign-on
 * date. Names are compared with a Korean collator, which puts Latin before Hangul and Hangul in
 * dictionary (가나다) order, and ignores case.
 */
public final class SignatoryOrder {
    /** Common Korean family names in their usual romanisations: "Kim Min-seok" is filed under Kim. */
    private static final Set<String> KOREAN_FAMILY_NAMES = Set.of("kim", "gim", "lee", "yi", "rhee", "i", "ri",
            "park", "pak", "bak", "choi", "choe", "jung", "jeong", "chung", "cho", "jo", "kang", "gang", "yoon",
            "yun", "shin", "sin", "han", "oh", "seo", "suh", "kwon", "hwang", "ahn", "an", "song", "ryu", "yoo",
            "hong", "jeon", "chun", "ko", "go", "moon", "mun", "yang", "son", "bae", "baek", "heo", "nam", "noh",
            "roh", "ha", "kwak", "sung", "cha", "ju", "woo", "min", "jang", "chang", "lim", "im");

    private SignatoryOrder() {
    }

    public static Comparator<Signatory> listPosition() {
        return Comparator.comparingInt(Signatory::position).thenComparing(Signatory::id);
    }

    public static Comparator<Signatory> name() {
        Collator collator = collator();
        return Comparator.comparing(Signatory::name, collator::compare).thenComparing(listPosition());
    }

    /** By name as a letter in {@code script} prints it: a second-script form sorts where that script's names do. */
    public static Comparator<Signatory> name(Script script) {
        Collator collator = collator();
        return Comparator.<Signatory, String>comparing(s -> s.printedIn(script).name(), collator::compare)
                .thenComparing(listPosition());
    }

    /** By family name, the name taken as a letter in {@code script} prints it. */
    public static Comparator<Signatory> familyName(Script script) {
        Collator collator = collator();
        return Comparator.<Signatory, String>comparing(s -> sortKey(s.printedIn(script)), collator::compare)
                .thenComparing(listPosition());
    }

    /** Individuals by family name, then given names; organisations by their name. */
    public static Comparator<Signatory> familyName() {
        Collator collator = collator();
        return Comparator.<Signatory, String>comparing(SignatoryOrder::sortKey, collator::compare)
                .thenComparing(listPosition());
    }

    /** Earliest sign-on first; unknown dates after all known ones. */
    public static Comparator<Signatory> signedOn() {
        return Comparator.comparing(Signatory::signedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(listPosition());
    }

    /** "Cohen Roberta" for Roberta Cohen, "Kim Min-seok" stays, "김민석" stays (family name first in Korean). */
    static String sortKey(Signatory s) {
        String name = s.name().strip();
        if (s.kind() != Signatory.Kind.INDIVIDUAL || name.isEmpty() || isHangul(name.codePointAt(0))) {
            return name;
        }
        String[] tokens = name.split("\\s+");
        if (tokens.length < 2 || KOREAN_FAMILY_NAMES.contains(tokens[0].toLowerCase(Locale.ROOT))) {
            return name;
        }
        String family = tokens[tokens.length - 1];
        return family + " " + String.join(" ", java.util.Arrays.copyOf(tokens, tokens.length - 1));
    }

    private static boolean isHangul(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL;
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(Locale.KOREAN);
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }
}
