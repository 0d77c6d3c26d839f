package org.appeal.store.signon;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.appeal.domain.Signatory;

/**
 * One data row of a sign-on sheet, read and checked but not yet compared with the campaign. Text
 * values are cleaned ({@code CellText}: NFC, whitespace collapsed) and empty when the cell or its
 * column is absent.
 *
 * @param row       1-based data row (header and blank lines not counted)
 * @param line      1-based physical line where the row starts
 * @param kind      the signatory's kind, as stated or inferred; {@code null} when the row is unusable
 * @param kindGiven whether a kind cell stated it: only a stated kind may change an existing signatory's
 * @param signedOn  {@code null} when the cell is empty or unreadable
 * @param email     a contact address; carried for the caller, never part of a signatory
 * @param problems  why the row cannot be imported; empty when it can
 */
public record SheetRow(int row, long line, String id, String name, Signatory.Kind kind, boolean kindGiven,
                       String acronym, String title, String country, LocalDate signedOn, String email,
                       List<SheetProblem> problems) {
    public SheetRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(acronym, "acronym");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(email, "email");
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
