package org.appeal.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.appeal.domain.LetterDraft;

/**
 * The five columns a letter draft takes, shared by the current letter, its saved versions and its
 * recovery copy so the three can never drift apart.
 */
final class DraftColumns {
    static final String NAMES = "subject, letter_date, body, template_name, signatories_as_of";

    private DraftColumns() {
    }

    /** Binds the draft to five parameters starting at {@code first}, in the order of {@link #NAMES}. */
    static void bind(PreparedStatement statement, int first, LetterDraft draft) throws SQLException {
        statement.setString(first, draft.subject());
        Columns.setDay(statement, first + 1, draft.date());
        statement.setString(first + 2, draft.body());
        statement.setString(first + 3, draft.templateName());
        Columns.setDay(statement, first + 4, draft.signatoriesAsOf());
    }

    static LetterDraft read(ResultSet row) throws SQLException {
        return new LetterDraft(row.getString("subject"), Columns.day(row, "letter_date"), row.getString("body"),
                row.getString("template_name"), Columns.day(row, "signatories_as_of"));
    }
}
