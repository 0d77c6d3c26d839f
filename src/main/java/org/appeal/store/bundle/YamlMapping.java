package org.appeal.store.bundle;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read from the node tree rather than constructed, so that every problem can name the
 * line of its key and no YAML tag can make SnakeYAML build an object.
 */
final class YamlMapping {
    private final String file;
    private final String prefix;
    private final long line;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    /**
     * @param prefix path of this mapping's key with a trailing dot ("letter."), empty for the root
     * @param line   line of this mapping's own key, where a missing key inside it is reported
     */
    YamlMapping(MappingNode node, String file, String prefix, long line, List<String> knownKeys, Problems problems) {
        this.file = file;
        this.prefix = prefix;
        this.line = line;
        this.problems = problems;
        for (NodeTuple entry : node.getValue()) {
            Node keyNode = entry.getKeyNode();
            long keyLine = lineOf(keyNode);
            if (!(keyNode instanceof ScalarNode)) {
                problems.add(file, keyLine, prefix, "a key must be a plain name");
                continue;
            }
            String key = ((ScalarNode) keyNode).getValue();
            if (entries.containsKey(key)) {
                problems.add(file, keyLine, prefix + key, "duplicate key (first on line "
                        + lineOf(entries.get(key).getKeyNode()) + ")");
            } else if (!knownKeys.contains(key)) {
                problems.add(file, keyLine, prefix + key, "unknown key (expected " + String.join(", ", knownKeys) + ")");
            } else {
                entries.put(key, entry);
            }
        }
    }

    /** The path of this mapping's keys, with a trailing dot ("letter."). */
    String prefix() {
        return prefix;
    }

    static long lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1L;
    }

    long lineOf(String key) {
        NodeTuple entry = entries.get(key);
        return entry == null ? line : lineOf(entry.getKeyNode());
    }

    /** The scalar's text; {@code null} when absent, empty or YAML null, reported if {@code required}. */
    String string(String key, boolean required) {
        NodeTuple entry = entries.get(key);
        Node value = entry == null ? null : entry.getValueNode();
        if (value != null && !(value instanceof ScalarNode)) {
            problems.add(file, lineOf(key), prefix + key, "expected a single value, not a list or mapping");
            return null;
        }
        String text = value == null || value.getTag().equals(Tag.NULL) ? null : ((ScalarNode) value).getValue();
        if (required && (text == null || text.isBlank())) {
            problems.add(file, lineOf(key), prefix + key, "required value is missing");
            return null;
        }
        return text;
    }

    LocalDate date(String key, boolean required) {
        String text = string(key, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(file, lineOf(key), prefix + key, "not a date in the form yyyy-MM-dd: '" + text + "'");
            return null;
        }
    }

    /** Whether the key is there at all (with any value). */
    boolean has(String key) {
        return entries.containsKey(key);
    }

    /**
     * The mappings under {@code key} whose own keys are names chosen by the writer ({@code letters:
     * briefing: ...}), in file order; empty when {@code key} is absent. SnakeYAML's composer keeps
     * duplicate names, so they are reported here.
     */
    java.util.List<Named> namedMappings(String key, List<String> knownKeys) {
        NodeTuple entry = entries.get(key);
        if (entry == null || entry.getValueNode().getTag().equals(Tag.NULL)) {
            return List.of();
        }
        if (!(entry.getValueNode() instanceof MappingNode outer)) {
            problems.add(file, lineOf(key), prefix + key, "expected a mapping of names to mappings");
            return List.of();
        }
        java.util.List<Named> named = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (NodeTuple tuple : outer.getValue()) {
            long nameLine = lineOf(tuple.getKeyNode());
            if (!(tuple.getKeyNode() instanceof ScalarNode nameNode)) {
                problems.add(file, nameLine, prefix + key, "a name must be a plain word");
                continue;
            }
            String name = nameNode.getValue();
            if (!seen.add(name)) {
                problems.add(file, nameLine, prefix + key + "." + name, "duplicate name");
            } else if (!(tuple.getValueNode() instanceof MappingNode inner)) {
                problems.add(file, nameLine, prefix + key + "." + name, "expected a mapping of keys");
            } else {
                named.add(new Named(name, nameLine, new YamlMapping(inner, file, prefix + key + "." + name + ".",
                        nameLine, knownKeys, problems)));
            }
        }
        return named;
    }

    /** A mapping under a name the writer chose, with the line of that name. */
    record Named(String name, long line, YamlMapping mapping) {
    }

    /** The nested mapping under {@code key}; {@code null} when absent, and also (reported) when not a mapping. */
    YamlMapping optionalMapping(String key, List<String> knownKeys) {
        NodeTuple entry = entries.get(key);
        if (entry == null || entry.getValueNode().getTag().equals(Tag.NULL)) {
            return null;
        }
        if (!(entry.getValueNode() instanceof MappingNode node)) {
            problems.add(file, lineOf(key), prefix + key, "expected a mapping of keys");
            return null;
        }
        return new YamlMapping(node, file, prefix + key + ".", lineOf(key), knownKeys, problems);
    }

    /** The nested mapping under {@code key}, {@code null} (and reported) when absent or not a mapping. */
    YamlMapping mapping(String key, List<String> knownKeys) {
        NodeTuple entry = entries.get(key);
        if (entry == null || !(entry.getValueNode() instanceof MappingNode)) {
            problems.add(file, lineOf(key), prefix + key,
                    entry == null ? "required key is missing" : "expected a mapping of keys");
            return null;
        }
        return new YamlMapping((MappingNode) entry.getValueNode(), file, prefix + key + ".", lineOf(key),
                knownKeys, problems);
    }
}
