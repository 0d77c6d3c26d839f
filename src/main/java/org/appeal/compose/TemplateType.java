package org.appeal.compose;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What kind of value a template reference holds and what a template may write after it: part of
 * the {@link TemplateVocabulary}.
 *
 * @param name        how writers and messages call the type ("recipient", "list of recipients")
 * @param kind        what a template can do with it
 * @param javaType    the class of the values (a view record, {@code String}, {@code List}); templates
 *                    never see this name, the sandbox uses it to recognise a value
 * @param explanation one line for the documentation, the field picker and hover
 * @param fields      what may follow a dot: properties and the few methods templates may call
 * @param element     for a list, the type of its items; {@code null} otherwise
 * @param suggested   for a type that is not text, the fields a message proposes when it is printed
 */
public record TemplateType(String name, Kind kind, Class<?> javaType, String explanation, List<TemplateField> fields,
                           TemplateType element, List<String> suggested) {
    /** What a template can do with a value of a type. */
    public enum Kind {
        /** Words as the data holds them; printed escaped. */
        TEXT(true),
        /** Already rendered HTML such as the subject with {@code <sup>}; printed as it is. */
        FORMATTED(true),
        NUMBER(true),
        /** Printed as it is after {@code @}, so that the words cite what the data names. */
        CITATION_KEY(true),
        /** True or false: for {@code #if}, never printed. */
        YES_NO(false),
        /** A record of named fields. */
        VIEW(false),
        /** Gone through with {@code #foreach}. */
        LIST(false),
        /** Values looked up by key with {@code get("key")}. */
        LOOKUP(false),
        /** Where a {@code #foreach} stands ({@code $foreach}). */
        LOOP(false);

        private final boolean printable;

        Kind(boolean printable) {
            this.printable = printable;
        }

        public boolean printable() {
            return printable;
        }
    }

    public TemplateType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(explanation, "explanation");
        fields = List.copyOf(fields);
        suggested = List.copyOf(suggested);
        for (String s : suggested) {
            if (fields.stream().noneMatch(f -> f.name().equals(s))) {
                throw new IllegalArgumentException(name + " suggests '" + s + "', which is not one of its fields");
            }
        }
        if ((kind == Kind.LIST) != (element != null)) {
            throw new IllegalArgumentException(name + ": a list, and only a list, has an element type");
        }
    }

    public boolean printable() {
        return kind.printable();
    }

    /** The field or method named {@code name} (a method with {@code arguments} arguments), if templates may use it. */
    public Optional<TemplateField> field(String name, int arguments) {
        return fields.stream().filter(f -> f.name().equals(name) && f.arguments() == arguments).findFirst();
    }

    /** The property {@code name}, if templates may read it. */
    public Optional<TemplateField> property(String name) {
        return fields.stream().filter(f -> f.name().equals(name) && !f.isMethod()).findFirst();
    }

    /** A type's name with its article, as a sentence uses it: "a recipient", "an individual". */
    public String withArticle() {
        return ("aeiou".indexOf(Character.toLowerCase(name.charAt(0))) >= 0 ? "an " : "a ") + name;
    }
}
