package org.appeal.store.signon;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a sheet column can mean. {@link #target()} is the word an explicit mapping uses
 * ({@code --map "Org=organisation"}).
 */
public enum SheetField {
    /** The signatory's name; its kind comes from a kind column or the default kind. */
    NAME("name"),
    /** An organisation's name: a row with a value here is an organisation signatory. */
    ORGANISATION("organisation"),
    KIND("kind"),
    ACRONYM("acronym"),
    TITLE("title"),
    COUNTRY("country"),
    SIGNED_ON("signedOn"),
    /** A contact address: read and carried in the row, but not part of a signatory. */
    EMAIL("email"),
    /** A stable signatory id, for sheets exported from Appeal or kept with ids by hand. */
    ID("id");

    /** The mapping target that leaves a column unused, e.g. to settle two columns that both look like a title. */
    static final String IGNORE = "ignore";

    private final String target;

    SheetField(String target) {
        this.target = target;
    }

    public String target() {
        return target;
    }

    /** The field a mapping target names, ignoring case and punctuation ("signed_on", "SignedOn"). */
    static Optional<SheetField> ofTarget(String text) {
        String key = squeeze(text);
        if (key.equals("organization")) {
            return Optional.of(ORGANISATION);
        }
        return Arrays.stream(values()).filter(f -> squeeze(f.target).equals(key)).findFirst();
    }

    static String targets() {
        return Arrays.stream(values()).map(SheetField::target).collect(Collectors.joining(", ")) + ", " + IGNORE;
    }

    private static String squeeze(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
