package org.appeal.compose;

import org.appeal.compose.TemplateType.Kind;
import org.apache.velocity.runtime.directive.ForeachScope;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Recognises the values a template meets at run time by their {@link TemplateVocabulary} type, and
 * words what a writer should write instead when a value is used where it does not belong.
 */
final class TemplateValues {
    /** A list met at run time, such as one a template wrote ({@code ["a", "b"]}): the same fields as any list. */
    private static final TemplateType ANY_LIST = TemplateVocabulary.list(TemplateVocabulary.TEXT, "items");

    private TemplateValues() {
    }

    /** The vocabulary type of a value, when it has one; a value without one allows nothing. */
    static Optional<TemplateType> typeOf(Object value) {
        if (value instanceof String) {
            return Optional.of(TemplateVocabulary.TEXT);
        }
        if (value instanceof Html) {
            return Optional.of(TemplateVocabulary.FORMATTED);
        }
        if (value instanceof Number) {
            return Optional.of(TemplateVocabulary.NUMBER);
        }
        if (value instanceof Boolean) {
            return Optional.of(TemplateVocabulary.YES_NO);
        }
        if (value instanceof CitationKey) {
            return Optional.of(TemplateVocabulary.CITATION_KEY);
        }
        if (value instanceof List) {
            return Optional.of(ANY_LIST);
        }
        if (value instanceof ForeachScope) {
            // Velocity's scopes are maps too, so this comes first.
            return Optional.of(TemplateVocabulary.LOOP);
        }
        if (value instanceof Map) {
            return Optional.of(TemplateVocabulary.QUOTES);
        }
        return value == null ? Optional.empty() : TemplateVocabulary.viewOf(value.getClass());
    }

    /** Whether a template may print the value where text belongs. */
    static boolean printable(Object value) {
        return typeOf(value).map(TemplateType::printable).orElse(false);
    }

    /** {@code ${addressee}} and {@code $!addressee} as a writer would look them up: {@code $addressee}. */
    static String plain(String reference) {
        String r = reference.startsWith("$!") ? "$" + reference.substring(2) : reference;
        return r.startsWith("${") && r.endsWith("}") ? "$" + r.substring(2, r.length() - 1) : r;
    }

    /** Why {@code value}, printed by {@code reference}, is refused, and what to write instead. */
    static String notText(String reference, Object value) {
        String ref = plain(reference);
        Optional<TemplateType> type = typeFor(ref, value);
        if (type.isEmpty()) {
            return "`" + ref + "` is " + foreign(value) + ", not text: templates print text, numbers and the"
                    + " formatted fields listed in docs/templates.md";
        }
        TemplateType t = type.get();
        return "`" + ref + "` is " + t.withArticle() + ", not text: " + switch (t.kind()) {
            case VIEW -> "write " + t.suggested().stream().map(s -> "`" + ref + "." + s + "`")
                    .collect(Collectors.joining(" or "));
            case LIST -> "go through it with `#foreach($item in " + ref + ")`, or write `" + ref
                    + ".size()` for how many";
            case LOOKUP -> "write `" + ref + ".get(\"key\")`";
            case YES_NO -> "test it with `#if(" + ref + ")`";
            case LOOP -> "write `" + ref + ".count`, or test `" + ref + ".first` with `#if`";
            default -> "templates print text, numbers and formatted fields";
        };
    }

    /** Why {@code #foreach} cannot go through {@code value}. */
    static String notList(String reference, Object value) {
        String ref = plain(reference);
        Optional<TemplateType> type = typeFor(ref, value);
        String what = type.map(TemplateType::withArticle).orElseGet(() -> foreign(value));
        String instead = type.filter(t -> t.kind() == Kind.LOOKUP).map(t -> ": write `" + ref + ".get(\"key\")`")
                .orElse(": #foreach goes through lists only");
        return "#foreach cannot go through `" + ref + "`: it is " + what + ", not a list" + instead;
    }

    /**
     * Why {@code name} cannot follow a value {@code owner}: it is not in the vocabulary of the
     * owner's type. The message names what the owner does offer.
     */
    static String noSuchField(Object owner, String name, boolean method) {
        String written = "`" + name + (method ? "()" : "") + "`";
        Optional<TemplateType> type = typeOf(owner);
        if (type.isEmpty()) {
            return "templates cannot use " + written + " on " + foreign(owner);
        }
        TemplateType t = type.get();
        if (method && t.property(name).isPresent()) {
            return "`" + name + "` is a field of " + t.withArticle() + ", not a method: write it without brackets";
        }
        String offered = t.fields().isEmpty() ? t.name() + " offers nothing after a dot"
                : t.withArticle() + " offers " + t.fields().stream()
                .map(f -> "`" + f.name() + (f.isMethod() ? "(" + f.parameter() + ")" : "") + "`")
                .collect(Collectors.joining(", "));
        return "templates cannot use " + written + ": " + offered;
    }

    private static Optional<TemplateType> typeFor(String reference, Object value) {
        Optional<TemplateType> declared = TemplateVocabulary.typeOf(reference);
        Optional<TemplateType> actual = typeOf(value);
        return declared.filter(d -> actual.map(a -> a.kind() == d.kind()).orElse(false)).or(() -> actual);
    }

    /** A value outside the vocabulary, named for a writer rather than a programmer. */
    private static String foreign(Object value) {
        if (value instanceof Enum) {
            return "a fixed choice";
        }
        if (value instanceof TemporalAccessor) {
            return "a date (print a formatted date such as `$letter.date`)";
        }
        if (value instanceof Optional) {
            return "an optional value";
        }
        if (value instanceof Collection || value != null && value.getClass().isArray()) {
            return "a list";
        }
        if (value instanceof Character) {
            return "a single character";
        }
        return "an object";
    }
}
