package org.appeal.export;

import org.appeal.domain.LetterDraft;
import org.appeal.domain.Recipient;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * File names for exported letters, built from the letter date and the recipient, e.g.
 * {@code 2025-10-28_President_Lee-Jae-myung.pdf}: sortable by date, readable in a file manager,
 * safe on every file system. Hangul is kept; characters that break paths are not.
 */
public final class ExportFileNames {
    private final Set<String> used = new HashSet<>();

    /** A name not handed out before by this instance (a second "Kim" gets "-2"). */
    public String next(LetterDraft letter, Recipient recipient) {
        return next(letter, recipient, "");
    }

    /**
     * The same, ending in the letter's languages when it is not the main letter alone:
     * {@code 2025-10-28_President_Lee-Jae-myung_ko.pdf}, {@code …_en-ko.pdf}.
     *
     * @param languages the languages to name, joined with "-"; empty for none
     */
    public String next(LetterDraft letter, Recipient recipient, String languages) {
        String base = letter.date() + "_" + join(office(recipient), recipient.name())
                + (languages.isEmpty() ? "" : "_" + slug(languages));
        String name = base + ".pdf";
        for (int n = 2; !used.add(name); n++) {
            name = base + "-" + n + ".pdf";
        }
        return name;
    }

    /** "President" from "President Lee Jae-myung"; else the title, as "Prime Minister". */
    private static String office(Recipient r) {
        String form = r.formOfAddress().strip();
        if (!form.isEmpty() && !r.name().isBlank() && form.endsWith(r.name())) {
            String rest = form.substring(0, form.length() - r.name().length()).strip();
            if (!rest.isEmpty()) {
                return rest;
            }
        }
        return r.title().isBlank() ? r.id() : r.title();
    }

    private static String join(String office, String name) {
        String o = slug(office);
        String n = slug(name);
        return o.isEmpty() ? n : n.isEmpty() ? o : o + "_" + n;
    }

    static String slug(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
                dash = false;
            } else if (!dash && out.length() > 0) {
                out.append('-');
                dash = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') {
            end--;
        }
        return out.substring(0, Math.min(end, 80));
    }
}
