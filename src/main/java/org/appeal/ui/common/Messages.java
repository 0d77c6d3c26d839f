package org.appeal.ui.common;

import org.appeal.app.PluralRule;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's strings, from {@code org/appeal/ui/messages*.properties}, in the language the user
 * chose. Switching the language swaps the bundle in place, so view-models keep their state and the
 * views are rebuilt around them.
 */
public final class Messages {
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.KOREAN);

    private ResourceBundle bundle;
    private Locale locale;

    public Messages(Locale locale) {
        switchTo(locale);
    }

    public void switchTo(Locale newLocale) {
        this.locale = LANGUAGES.stream().filter(l -> l.getLanguage().equals(newLocale.getLanguage()))
                .findFirst().orElse(Locale.ENGLISH);
        this.bundle = ResourceBundle.getBundle("org.appeal.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The form of {@code key} a count takes in the interface's language ({@link PluralRule}):
     * {@code key.one} or {@code key.other}, given the count as {0}. English says "1 individual",
     * "2 individuals"; Korean has one form, "개인 1명".
     */
    public String plural(String key, long count) {
        return get(key + "." + PluralRule.of(locale).categoryOf(count).suffix(), count);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing translation must be visible in testing, never a crash in front of a user.
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
