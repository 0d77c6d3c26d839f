package org.appeal.store.signon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which sheet column holds which {@link SheetField}. Explicit mapping entries come first; every
 * other column whose header {@link HeaderNames recognises} a field not mapped explicitly gets it.
 * A column matching nothing is ignored (and listed, so a dry run shows it). Problems, each reported
 * against the header line:
 * <ul>
 *   <li>a mapping entry with bad syntax, an unknown field, a header the sheet does not have, or a
 *       column or field named twice;</li>
 *   <li>a header that is used and appears more than once: which copy is meant cannot be told;</li>
 *   <li>two different headers that both look like one field ("Title" and "Affiliation"): the
 *       mapping must choose, e.g. {@code Affiliation=ignore};</li>
 *   <li>no column for the name (neither {@code name} nor {@code organisation}).</li>
 * </ul>
 */
public final class HeaderMapping {
    private final List<String> headers;
    private final Map<SheetField, Integer> columns;
    private final List<SheetProblem> problems;

    private HeaderMapping(List<String> headers, Map<SheetField, Integer> columns, List<SheetProblem> problems) {
        this.headers = List.copyOf(headers);
        this.columns = Collections.unmodifiableMap(new EnumMap<>(columns));
        this.problems = List.copyOf(problems);
    }

    /**
     * @param headers the header row's cells as read
     * @param mapping explicit mapping text ({@link MappingSpec}), empty for none
     * @param line    physical line of the header row, for problems
     */
    public static HeaderMapping resolve(List<String> headers, String mapping, long line) {
        return new Resolution(headers.stream().map(CellText::clean).toList(), line).run(mapping);
    }

    /** Whether the mapping can be used: no problems. */
    public boolean isUsable() {
        return problems.isEmpty();
    }

    public List<SheetProblem> problems() {
        return problems;
    }

    /** Headers as cleaned ({@link CellText}), in sheet order. */
    public List<String> headers() {
        return headers;
    }

    public OptionalInt columnOf(SheetField field) {
        Integer column = columns.get(field);
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    public boolean has(SheetField field) {
        return columns.containsKey(field);
    }

    /** The header of the column holding {@code field}; empty when no column does. */
    public String headerOf(SheetField field) {
        Integer column = columns.get(field);
        return column == null ? "" : headers.get(column);
    }

    /** The header of a column by index; empty beyond the header (a ragged row's extra cells). */
    public String headerAt(int column) {
        return column < headers.size() ? headers.get(column) : "";
    }

    /** Field to header, in field order, for reports. */
    public Map<SheetField, String> used() {
        Map<SheetField, String> used = new LinkedHashMap<>();
        columns.forEach((field, column) -> used.put(field, headers.get(column)));
        return used;
    }

    /** Non-blank headers of the columns that are not read. */
    public List<String> ignored() {
        Set<Integer> usedColumns = new HashSet<>(columns.values());
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!usedColumns.contains(i) && !headers.get(i).isEmpty()) {
                ignored.add(headers.get(i));
            }
        }
        return ignored;
    }

    /** One resolution's working state, so that {@link HeaderMapping} itself stays immutable. */
    private static final class Resolution {
        private final List<String> headers;
        private final long line;
        private final Map<SheetField, Integer> columns = new EnumMap<>(SheetField.class);
        private final Set<Integer> decided = new HashSet<>();
        /** Fields whose column could not be settled, already reported: not reported again as missing. */
        private final Set<SheetField> unsettled = EnumSet.noneOf(SheetField.class);
        private final List<SheetProblem> problems = new ArrayList<>();

        Resolution(List<String> headers, long line) {
            this.headers = headers;
            this.line = line;
        }

        HeaderMapping run(String mapping) {
            applyExplicit(mapping);
            applyRecognised();
            boolean nameSettled = !unsettled.contains(SheetField.NAME) && !unsettled.contains(SheetField.ORGANISATION);
            if (nameSettled && !columns.containsKey(SheetField.NAME) && !columns.containsKey(SheetField.ORGANISATION)) {
                problem("", "no column for the signatory's name: expected a header such as 'Name', 'Organisation' "
                        + "or 'Organization name', or a mapping such as --map \"Header=name\"; headers found: "
                        + quotedList(headers));
            }
            return new HeaderMapping(headers, columns, problems);
        }

        private void applyExplicit(String mapping) {
            List<String> errors = new ArrayList<>();
            List<MappingSpec.Rule> rules = MappingSpec.parse(mapping, errors);
            errors.forEach(e -> problem("", e));
            for (MappingSpec.Rule rule : rules) {
                boolean ignore = rule.target().equalsIgnoreCase(SheetField.IGNORE);
                Optional<SheetField> field = ignore ? Optional.empty() : SheetField.ofTarget(rule.target());
                if (!ignore && field.isEmpty()) {
                    problem("", "mapping '" + rule.text() + "': unknown field '" + rule.target() + "' (fields: "
                            + SheetField.targets() + ")");
                    continue;
                }
                List<Integer> found = columnsNamed(rule.header());
                if (found.isEmpty()) {
                    problem("", "mapping '" + rule.text() + "': the sheet has no column '" + rule.header()
                            + "' (headers: " + quotedList(headers) + ")");
                } else if (found.size() > 1) {
                    field.ifPresent(unsettled::add);
                    duplicate(found);
                } else if (!decided.add(found.get(0))) {
                    problem(rule.header(), "mapping names this column twice");
                } else if (field.isPresent()) {
                    Integer before = columns.putIfAbsent(field.get(), found.get(0));
                    if (before != null) {
                        problem("", "mapping gives field '" + field.get().target() + "' two columns ('"
                                + headers.get(before) + "' and '" + rule.header() + "')");
                    }
                }
            }
        }

        private void applyRecognised() {
            Map<SheetField, List<Integer>> candidates = new EnumMap<>(SheetField.class);
            for (int i = 0; i < headers.size(); i++) {
                if (decided.contains(i)) {
                    continue;
                }
                int column = i;
                HeaderNames.recognise(headers.get(i)).filter(f -> !columns.containsKey(f))
                        .ifPresent(f -> candidates.computeIfAbsent(f, x -> new ArrayList<>()).add(column));
            }
            candidates.forEach((field, found) -> {
                if (found.size() == 1) {
                    columns.put(field, found.get(0));
                    return;
                }
                unsettled.add(field);
                if (found.stream().map(headers::get).distinct().count() == 1) {
                    duplicate(found);
                } else {
                    String named = found.stream().map(c -> "'" + headers.get(c) + "' (column " + (c + 1) + ")")
                            .collect(Collectors.joining(", "));
                    problem("", "columns " + named + (found.size() == 2 ? " both" : " all") + " look like the "
                            + field.target() + "; choose one with a mapping, e.g. --map \""
                            + headers.get(found.get(1)) + "=ignore\"");
                }
            });
        }

        /** Exactly as written first; otherwise ignoring case and punctuation, as automatic matching does. */
        private List<Integer> columnsNamed(String header) {
            List<Integer> exact = new ArrayList<>();
            List<Integer> loose = new ArrayList<>();
            String key = HeaderNames.key(header);
            for (int i = 0; i < headers.size(); i++) {
                if (headers.get(i).equals(header)) {
                    exact.add(i);
                } else if (!key.isEmpty() && HeaderNames.key(headers.get(i)).equals(key)) {
                    loose.add(i);
                }
            }
            return exact.isEmpty() ? loose : exact;
        }

        private void duplicate(List<Integer> found) {
            String numbers = found.stream().map(c -> String.valueOf(c + 1)).collect(Collectors.joining(" and "));
            problem(headers.get(found.get(0)), "this header appears " + found.size() + " times (columns " + numbers
                    + "); rename all but one in the sheet so that it is clear which to read");
        }

        private void problem(String column, String message) {
            problems.add(new SheetProblem(0, line, column, message));
        }

        private static String quotedList(List<String> headers) {
            return headers.stream().map(h -> "'" + h + "'").collect(Collectors.joining(", "));
        }
    }
}
