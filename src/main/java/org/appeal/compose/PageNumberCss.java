package org.appeal.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code page} layout word ("{page}", "- {page} -") as a CSS {@code content} value for an
 * {@code @page} margin box: its text as CSS strings around {@code counter(page)}. The text is
 * escaped for CSS, so no word can end the {@code <style>} it stands in or add a rule.
 */
final class PageNumberCss {
    private static final String PLACE = "{page}";

    private PageNumberCss() {
    }

    static Html of(String word) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int at = word.indexOf(PLACE); at >= 0; at = word.indexOf(PLACE, from)) {
            addText(parts, word.substring(from, at));
            parts.add("counter(page)");
            from = at + PLACE.length();
        }
        addText(parts, word.substring(from));
        return new Html(parts.isEmpty() ? "none" : String.join(" ", parts));
    }

    private static void addText(List<String> parts, String text) {
        if (text.isEmpty()) {
            return;
        }
        StringBuilder css = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                css.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7F || c == '<' || c == '>' || c == '&') {
                css.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                css.appendCodePoint(c);
            }
        });
        parts.add(css.append('"').toString());
    }
}
