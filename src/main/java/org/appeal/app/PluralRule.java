package org.appeal.app;

import java.util.Locale;

/**
 * Which plural form a count takes in a language, by the CLDR plural rules: English has "one" (1)
 * and "other" (0, 2, 3, …); Korean, like Japanese and Chinese, has only "other" (one form for every
 * count: "개인 1명", "개인 2명"). Messages name their forms with a key suffix ({@code .one}, {@code
 * .other}), so a translation gives the forms its language has and no more.
 */
public enum PluralRule {
    /** "one" for exactly 1, "other" for every other count. */
    ONE_OTHER,
    /** "other" for every count. */
    OTHER_ONLY;

    public enum Category {
        ONE("one"),
        OTHER("other");

        private final String suffix;

        Category(String suffix) {
            this.suffix = suffix;
        }

        /** The key suffix a message uses for this form: {@code one}, {@code other}. */
        public String suffix() {
            return suffix;
        }
    }

    /** The rule of the locale's language; a language Appeal has no rule for is refused, never guessed. */
    public static PluralRule of(Locale locale) {
        return switch (locale.getLanguage()) {
            case "en", "de", "nl", "sv", "it", "es" -> ONE_OTHER;
            case "ko", "ja", "zh" -> OTHER_ONLY;
            default -> throw new IllegalArgumentException("no plural rule for the language '" + locale.getLanguage()
                    + "'");
        };
    }

    /** The form a whole count takes. */
    public Category categoryOf(long count) {
        return this == ONE_OTHER && count == 1 ? Category.ONE : Category.OTHER;
    }
}
