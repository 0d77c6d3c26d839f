package org.appeal.compose;

import org.appeal.compose.TemplateType.Kind;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The reference part of {@code docs/templates.md}, written from the {@link TemplateVocabulary}, so
 * that the documentation names exactly what templates may use. A test compares the document with
 * this text and prints it when they differ.
 */
public final class TemplateVocabularyDoc {
    public static final String BEGIN = "<!-- vocabulary:begin (written from TemplateVocabulary; edit the code, not this) -->";
    public static final String END = "<!-- vocabulary:end -->";

    private TemplateVocabularyDoc() {
    }

    /** The Markdown between {@link #BEGIN} and {@link #END}, both markers included. */
    public static String markdown() {
        StringBuilder md = new StringBuilder(BEGIN).append("\n\n");
        md.append("### References\n\n| write | type | what |\n|---|---|---|\n");
        for (TemplateField reference : TemplateVocabulary.references()) {
            md.append("| `$").append(reference.name()).append("` | ").append(reference.type().name()).append(" | ")
                    .append(cell(reference.explanation())).append(" |\n");
        }
        md.append("\n### Kinds of value\n\n| type | what |\n|---|---|\n");
        for (TemplateType type : List.of(TemplateVocabulary.TEXT, TemplateVocabulary.FORMATTED,
                TemplateVocabulary.NUMBER, TemplateVocabulary.CITATION_KEY, TemplateVocabulary.YES_NO)) {
            md.append("| ").append(type.name()).append(" | ").append(cell(type.explanation())).append(" |\n");
        }
        md.append("| list of … | ").append(cell(TemplateVocabulary.LINES.explanation())).append("; offers ")
                .append(TemplateVocabulary.LINES.fields().stream().map(f -> "`" + f.written() + "`")
                        .collect(Collectors.joining(", "))).append(" (also written `[n]`; items count from 0) |\n");
        md.append("| view | a record of named fields (the sections below), never printed as a whole: print one of"
                + " its fields |\n");
        for (TemplateType type : TemplateVocabulary.types()) {
            if (type.kind() == Kind.VIEW || type.kind() == Kind.LOOKUP || type.kind() == Kind.LOOP) {
                md.append("\n### ").append(type.name()).append("\n\n").append(capital(type.explanation()))
                        .append(".\n\n| write | type | what | e.g. (sample campaign) |\n|---|---|---|---|\n");
                for (TemplateField field : type.fields()) {
                    md.append("| `").append(field.written()).append("` | ").append(field.type().name()).append(" | ")
                            .append(cell(field.explanation())).append(" | ")
                            .append(field.example().isEmpty() ? "" : "`" + cell(field.example()) + "`").append(" |\n");
                }
            }
        }
        return md.append('\n').append(END).append('\n').toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
