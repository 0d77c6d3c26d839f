package org.appeal.compose;

import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoriesAsOf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The signatory list a letter prints, as a CSV file attached to a PDF/A-3 letter: the same
 * columns, cell forms and quoting as a bundle's {@code signatories.csv}, so the attachment can be
 * read back by anything that reads bundles. Organisations first, then individuals, each in list
 * order, as the letter prints them. Signature image paths are left out: they mean nothing outside
 * the campaign's folder. The second-script columns ({@code alt_name}, {@code alt_acronym}, {@code
 * alt_title}) are there when some listed signatory has a second-script form, as in the bundle.
 */
final class SignatoriesCsv {
    static final String FILE_NAME = "signatories.csv";
    static final List<String> COLUMNS =
            List.of("id", "kind", "position", "name", "acronym", "title", "country", "signed_on", "withdrawn_on");
    static final List<String> ALT_COLUMNS = List.of("alt_name", "alt_acronym", "alt_title");

    private SignatoriesCsv() {
    }

    static PdfAttachment attachment(SignatoriesAsOf listed) {
        return new PdfAttachment(FILE_NAME, "text/csv",
                "Signatories as of " + listed.asOf() + " (" + listed.count() + ")",
                write(listed).getBytes(StandardCharsets.UTF_8));
    }

    static String write(SignatoriesAsOf listed) {
        StringBuilder out = new StringBuilder();
        List<Signatory> all = Stream.concat(listed.organisations().stream(), listed.individuals().stream()).toList();
        boolean alt = all.stream().anyMatch(s -> !s.alt().isEmpty());
        row(out, alt ? Stream.concat(COLUMNS.stream(), ALT_COLUMNS.stream()).toList() : COLUMNS);
        all.forEach(s -> row(out, cells(s, alt)));
        return out.toString();
    }

    private static List<String> cells(Signatory s, boolean alt) {
        List<String> cells = new ArrayList<>();
        cells.add(s.id());
        cells.add(s.kind().name());
        cells.add(Integer.toString(s.position()));
        cells.add(s.name());
        cells.add(s.acronym());
        cells.add(s.title());
        cells.add(s.country());
        cells.add(s.signedOn() == null ? "" : s.signedOn().toString());
        cells.add(s.withdrawnOn() == null ? "" : s.withdrawnOn().toString());
        if (alt) {
            cells.add(s.alt().name());
            cells.add(s.alt().acronym());
            cells.add(s.alt().title());
        }
        return cells;
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(cells.get(i).replace("\r\n", "\n").replace('\r', '\n')));
        }
        out.append('\n');
    }

    /** Commons CSV's minimal quoting, which the bundle writer uses: quote only what would otherwise misread. */
    static String quoted(String value) {
        if (value.isEmpty() || !needsQuotes(value)) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static boolean needsQuotes(String value) {
        char first = value.charAt(0);
        char last = value.charAt(value.length() - 1);
        if (first <= ' ' || first == '!' || first == '"' || first == '#' || last <= ' ') {
            return true;
        }
        return value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
    }
}
