package org.appeal.store.signon;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of an explicit column mapping: {@code Header=field} entries separated by commas or line
 * breaks, e.g. {@code Org=name,Date=signedOn}. A header holding a comma or an equals sign is written
 * in double quotes ({@code "Title, affiliation"=title}), a quote inside them doubled. Only the
 * syntax is checked here; {@link HeaderMapping} checks fields and headers against the sheet.
 */
final class MappingSpec {
    /** @param text the entry as written, for messages */
    record Rule(String header, String target, String text) {
    }

    private MappingSpec() {
    }

    static List<Rule> parse(String spec, List<String> errors) {
        List<Rule> rules = new ArrayList<>();
        for (String entry : entries(spec)) {
            String text = entry.strip();
            if (text.isEmpty()) {
                continue;
            }
            int equals = lastUnquoted(text, '=');
            if (equals < 0) {
                errors.add("mapping entry '" + text + "' has no '=' (write Header=field, e.g. Org=name)");
                continue;
            }
            String header = unquote(text.substring(0, equals).strip());
            String target = text.substring(equals + 1).strip();
            if (header.isEmpty() || target.isEmpty()) {
                errors.add("mapping entry '" + text + "' needs a header before '=' and a field after it");
                continue;
            }
            rules.add(new Rule(CellText.clean(header), target, text));
        }
        return rules;
    }

    private static List<String> entries(String spec) {
        List<String> entries = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : spec.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && (c == ',' || c == '\n' || c == '\r')) {
                entries.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        entries.add(current.toString());
        return entries;
    }

    private static int lastUnquoted(String text, char wanted) {
        boolean quoted = false;
        int found = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                found = i;
            }
        }
        return found;
    }

    private static String unquote(String header) {
        if (header.length() >= 2 && header.startsWith("\"") && header.endsWith("\"")) {
            return header.substring(1, header.length() - 1).replace("\"\"", "\"");
        }
        return header;
    }
}
