package org.appeal.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a layout prints around the letter's own text: the frame. Each language has its set
 * beside the templates ({@code templates/words/en.properties}, {@code ko.properties}); a campaign
 * or a letter may override any of them. Some are patterns whose {@code {name}}-style places are
 * filled when the letter is made ("Dear {name},", "{name}께").
 */
public enum LetterWord {
    SALUTATION("salutation", "name"),
    SUBJECT("subject"),
    ADDRESSEE("addressee", "name", "title"),
    COPY("copy", "name", "title"),
    COPIES("copies"),
    FAX("fax"),
    EMAIL("email"),
    CLOSING("closing"),
    SIGNATORIES("signatories", "date"),
    GROUPS("groups"),
    INDIVIDUALS("individuals"),
    PAGE("page", "page"),
    NOTES("notes"),
    BIBLIOGRAPHY("bibliography"),
    BRIEFING("briefing"),
    DATE("date"),
    TO("to");

    private static final Pattern PLACE = Pattern.compile("\\{([^{}]*)}");

    private final String key;
    private final List<String> places;

    LetterWord(String key, String... places) {
        this.key = key;
        this.places = List.of(places);
    }

    /** The name a words file and {@code campaign.yaml} use. */
    public String key() {
        return key;
    }

    /** The places the word's text may hold, each written in braces: {@code {name}}. */
    public List<String> places() {
        return places;
    }

    public static Optional<LetterWord> byKey(String key) {
        return Arrays.stream(values()).filter(w -> w.key.equals(key)).findFirst();
    }

    /** Every key, in order, for messages that list what is allowed. */
    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(LetterWord::key).toList());
    }

    /** What is wrong with {@code text} as this word: a place it does not have; empty when nothing is. */
    public Optional<String> problem(String text) {
        List<String> unknown = new ArrayList<>();
        Matcher place = PLACE.matcher(text);
        while (place.find()) {
            if (!places.contains(place.group(1))) {
                unknown.add("{" + place.group(1) + "}");
            }
        }
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("'" + key + "' has no place " + String.join(", ", unknown)
                + (places.isEmpty() ? " (it takes none)" : " (it takes " + String.join(", ",
                places.stream().map(p -> "{" + p + "}").toList()) + ")"));
    }

    /**
     * The text with each place filled; a place whose value is empty leaves no doubled space or
     * empty line behind ("{title} {name}" with no title gives the name alone).
     */
    public String fill(String text, java.util.Map<String, String> values) {
        Matcher place = PLACE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (place.find()) {
            place.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(place.group(1), place.group())));
        }
        place.appendTail(out);
        List<String> lines = new ArrayList<>();
        for (String line : out.toString().split("\n", -1)) {
            String tidy = line.replaceAll(" {2,}", " ").strip();
            if (!tidy.isEmpty()) {
                lines.add(tidy);
            }
        }
        return String.join("\n", lines);
    }
}
