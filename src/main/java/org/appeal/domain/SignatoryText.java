package org.appeal.domain;

/**
 * A signatory's printed fields in their second script: Hangul beside the romanised form, or the
 * reverse. A field left empty has no second form, and the letter prints the first one.
 */
public record SignatoryText(String name, String acronym, String title) {
    public static final SignatoryText NONE = new SignatoryText("", "", "");

    public SignatoryText {
        name = name == null ? "" : name;
        acronym = acronym == null ? "" : acronym;
        title = title == null ? "" : title;
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
