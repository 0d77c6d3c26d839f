package org.appeal.compose;

import org.appeal.compose.BodySyntax.Reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the editor marks in a body as it is typed, before any render: a reference the
 * {@link TemplateVocabulary} does not know (with the nearest one it does, "did you mean
 * {@code $addressee.name}?"), a reference that would print a view, a list or yes/no where text
 * belongs (with the fields the vocabulary suggests), and a cited key no evidence or source has.
 * A pure function of the text, the keys the campaign can cite and the vocabulary.
 */
public final class BodyCheck {
    /** What is wrong with a stretch of the body. */
    public enum Kind {
        /** A name the vocabulary does not have: {@code $adressee.name}, {@code $addressee.nickname}. */
        UNKNOWN_REFERENCE,
        /** A value that is not text, printed where text belongs: {@code Dear $addressee,}. */
        NOT_TEXT,
        /** A cited key that no evidence or source of the campaign has. */
        UNKNOWN_KEY
    }

    /**
     * One thing to fix.
     *
     * @param written what stands in the body ({@code $adressee.name}, {@code coi-2041})
     * @param typeName for {@link Kind#NOT_TEXT}, the type of the value printed ("recipient"); else empty
     * @param fixes    what may replace {@code written}, best first; one click puts the first in
     */
    public record Issue(Kind kind, int start, int end, String written, String typeName, List<String> fixes) {
        public Issue {
            fixes = List.copyOf(fixes);
        }

        public Optional<String> bestFix() {
            return fixes.isEmpty() ? Optional.empty() : Optional.of(fixes.get(0));
        }
    }

    private BodyCheck() {
    }

    /** @param citableKeys every evidence key and source id the campaign has */
    public static List<Issue> check(BodySyntax.Reading reading, Set<String> citableKeys) {
        List<Issue> issues = new ArrayList<>();
        for (Reference reference : reading.references()) {
            check(reference, reading).ifPresent(issues::add);
        }
        for (BodySyntax.CitedKey key : reading.keys()) {
            if (!citableKeys.contains(key.key())) {
                issues.add(new Issue(Kind.UNKNOWN_KEY, key.start(), key.end(), key.key(), "",
                        nearest(key.key(), citableKeys).map(List::of).orElse(List.of())));
            }
        }
        issues.sort(Comparator.comparingInt(Issue::start));
        return issues;
    }

    private static Optional<Issue> check(Reference reference, BodySyntax.Reading reading) {
        String root = reference.root();
        Optional<TemplateType> start;
        if (reading.loops().containsKey(root)) {
            Optional<TemplateType> list = TemplateVocabulary.typeOf(reading.loops().get(root));
            if (list.isEmpty() || list.get().element() == null) {
                return Optional.empty();  // looping over something unknown: that reference is marked itself
            }
            start = Optional.of(list.get().element());
        } else if (reading.locals().contains(root)) {
            return Optional.empty();  // set by the body itself: its type is not known here
        } else {
            start = TemplateVocabulary.reference(root).map(TemplateField::type);
        }
        Walk walk = walk(start, reference.path(), root);
        if (!walk.known()) {
            String prefix = reference.written().substring(0, reference.written().indexOf(reference.path().charAt(0)));
            List<String> fixes = walk.repaired().map(path -> List.of(written(prefix, path, reference.written())))
                    .orElse(List.of());
            return Optional.of(new Issue(Kind.UNKNOWN_REFERENCE, reference.start(), reference.end(),
                    reference.written(), "", fixes));
        }
        TemplateType type = walk.type();
        if (!reference.printed() || type.printable()) {
            return Optional.empty();
        }
        String prefix = reference.written().substring(0, reference.written().indexOf(reference.path().charAt(0)));
        List<String> fixes = type.suggested().stream()
                .map(field -> written(prefix, reference.path() + "." + field, reference.written())).toList();
        return Optional.of(new Issue(Kind.NOT_TEXT, reference.start(), reference.end(), reference.written(),
                type.name(), fixes));
    }

    /** The path written again the way the original was: {@code $!{…}} stays {@code $!{…}}. */
    private static String written(String prefix, String path, String original) {
        return prefix + path + (original.endsWith("}") && prefix.endsWith("{") ? "}" : "");
    }

    /** @param repaired the path with each unknown name replaced by the nearest known one, when each had one */
    private record Walk(boolean known, TemplateType type, Optional<String> repaired) {
    }

    /** Follows the path name by name through the vocabulary, repairing names it does not know. */
    private static Walk walk(Optional<TemplateType> start, String path, String root) {
        List<String> parts = split(path);
        boolean known = start.isPresent();
        List<String> repaired = new ArrayList<>();
        Optional<TemplateType> type = start;
        if (type.isEmpty()) {
            Optional<String> near = nearest(root, TemplateVocabulary.references().stream().map(TemplateField::name).toList());
            if (near.isEmpty()) {
                return new Walk(false, null, Optional.empty());
            }
            repaired.add(near.get());
            type = TemplateVocabulary.reference(near.get()).map(TemplateField::type);
        } else {
            repaired.add(root);
        }
        for (int i = 1; i < parts.size(); i++) {
            String part = parts.get(i);
            int paren = part.indexOf('(');
            String name = paren < 0 ? part : part.substring(0, paren);
            String arguments = paren < 0 ? "" : part.substring(paren);
            int count = paren < 0 || arguments.replaceAll("[()\\s]", "").isEmpty() ? 0 : 1;
            TemplateType current = type.orElseThrow();
            Optional<TemplateField> field = paren < 0 ? current.property(name) : current.field(name, count);
            if (field.isEmpty()) {
                known = false;
                List<String> names = current.fields().stream()
                        .filter(f -> (paren < 0) != f.isMethod() && f.arguments() == count)
                        .map(TemplateField::name).toList();
                Optional<String> near = nearest(name, names);
                if (near.isEmpty()) {
                    return new Walk(false, null, Optional.empty());
                }
                field = paren < 0 ? current.property(near.get()) : current.field(near.get(), count);
                name = near.get();
            }
            repaired.add(name + arguments);
            type = field.map(TemplateField::type);
        }
        return new Walk(known, type.orElseThrow(), Optional.of(String.join(".", repaired)));
    }

    /** Splits at the dots between names, not at dots inside a method's quoted argument. */
    private static List<String> split(String path) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int from = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == '.') {
                parts.add(path.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(path.substring(from));
        return parts;
    }

    /**
     * The known name nearest to {@code name}: the same but for case, else the fewest edits (letters
     * added, dropped, changed or swapped), at most a third of the name's length and at least one.
     */
    static Optional<String> nearest(String name, java.util.Collection<String> known) {
        for (String k : known) {
            if (k.equalsIgnoreCase(name)) {
                return Optional.of(k);
            }
        }
        int limit = Math.max(1, name.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known.stream().sorted().toList()) {
            int d = distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d <= limit && d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
