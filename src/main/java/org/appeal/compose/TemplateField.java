package org.appeal.compose;

import java.util.Objects;

/**
 * One name a template may write after a dot ({@code $addressee.name}, {@code $copies.size()}), or,
 * at the top of the {@link TemplateVocabulary}, a reference itself ({@code $addressee}).
 *
 * @param name        the name as written
 * @param type        what it gives
 * @param explanation one line for the documentation, the field picker and hover
 * @param example     what it gives for the sample campaign ({@code seeds/sample-campaign}); empty
 *                    when the sample has nothing to show
 * @param parameter   for a method, its argument as the documentation writes it ({@code "key"},
 *                    {@code n}) or empty for none; {@code null} for a property
 */
public record TemplateField(String name, TemplateType type, String explanation, String example, String parameter) {
    public TemplateField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(example, "example");
    }

    static TemplateField property(String name, TemplateType type, String explanation, String example) {
        return new TemplateField(name, type, explanation, example, null);
    }

    static TemplateField method(String name, String parameter, TemplateType type, String explanation, String example) {
        return new TemplateField(name, type, explanation, example, parameter);
    }

    public boolean isMethod() {
        return parameter != null;
    }

    /** How many arguments a template passes: 0 for a property. */
    public int arguments() {
        return parameter == null || parameter.isEmpty() ? 0 : 1;
    }

    /** The field as written after its owner: {@code .name}, {@code .size()}, {@code .get("key")}. */
    public String written() {
        return "." + name + (isMethod() ? "(" + parameter + ")" : "");
    }
}
