package org.appeal.store.bundle;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The canonical spelling of a string in {@code campaign.yaml}: plain when it is a simple token,
 * double-quoted otherwise. Anything with spaces, punctuation or markup is quoted, so a person
 * editing the file never has to know which characters YAML treats specially.
 */
final class YamlScalars {
    private static final Pattern SIMPLE_TOKEN = Pattern.compile("[A-Za-z][A-Za-z0-9._/-]*");

    private final Resolver resolver = new Resolver();

    String scalar(String value) {
        return isPlainSafe(value) ? value : doubleQuoted(value);
    }

    /** A token YAML would read as a boolean or null ("yes", "off", "null") must be quoted to stay a string. */
    private boolean isPlainSafe(String value) {
        return SIMPLE_TOKEN.matcher(value).matches()
                && resolver.resolve(NodeId.scalar, value, true).equals(Tag.STR);
    }

    private static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
