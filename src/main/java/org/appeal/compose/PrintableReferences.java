package org.appeal.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every reference a letter body can print, written out in full ({@code $addressee.name},
 * {@code $history.ga.latest.number}), from the {@link TemplateVocabulary}: what the editor's field
 * picker lists and its completion offers. Lists give their size; the quote lookup is offered per
 * evidence key by the editor, which knows the keys.
 */
public final class PrintableReferences {
    /**
     * One printable reference.
     *
     * @param group  the reference it starts from ({@code addressee}, {@code history}): the picker's group
     * @param path   as written, with {@code $}
     * @param field  the last field's entry in the vocabulary (its type, explanation, sample example)
     */
    public record Entry(String group, String path, TemplateField field) {
    }

    /** How deep the picker goes: {@code $history.ga.latest.number} is four names. */
    static final int DEPTH = 4;
    /**
     * References a letter body does not print from: the layout's own (its frame's layout words,
     * {@code $words}, among them), and the loop position.
     */
    private static final Set<String> NOT_IN_A_BODY = Set.of("citations", "foreach", "copies", "words");

    private PrintableReferences() {
    }

    /** The printable references in the vocabulary's order, depth first. */
    public static List<Entry> printable() {
        List<Entry> entries = new ArrayList<>();
        for (TemplateField reference : TemplateVocabulary.references()) {
            if (!NOT_IN_A_BODY.contains(reference.name())) {
                walk(reference.name(), "$" + reference.name(), reference, 1, entries);
            }
        }
        return List.copyOf(entries);
    }

    private static void walk(String group, String path, TemplateField field, int depth, List<Entry> entries) {
        TemplateType type = field.type();
        if (type.printable()) {
            if (!(field.name().equals("body") && path.equals("$letter.body"))) {  // the layout's alone
                entries.add(new Entry(group, path, field));
            }
            return;
        }
        if (depth >= DEPTH) {
            return;
        }
        switch (type.kind()) {
            case VIEW -> type.fields().forEach(f -> walk(group, path + "." + f.name(), f, depth + 1, entries));
            case LIST -> type.field("size", 0).ifPresent(f -> entries.add(new Entry(group, path + ".size()", f)));
            default -> {
            }
        }
    }
}
