package org.appeal.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.appeal.domain.CitationSettings;

/** The three columns that say how a letter cites, as campaign.yaml names their values. */
final class CitationColumns {
    static final String NAMES = "citations, citation_style, bibliography";

    private CitationColumns() {
    }

    static void bind(PreparedStatement statement, int first, CitationSettings settings) throws SQLException {
        statement.setString(first, settings.way().key());
        statement.setString(first + 1, settings.style().key());
        statement.setInt(first + 2, settings.bibliography() ? 1 : 0);
    }

    static CitationSettings read(ResultSet row) throws SQLException {
        String way = row.getString("citations");
        String style = row.getString("citation_style");
        return new CitationSettings(
                Arrays.stream(CitationSettings.Way.values()).filter(w -> w.key().equals(way)).findFirst()
                        .orElse(CitationSettings.DEFAULT.way()),
                Arrays.stream(CitationSettings.Style.values()).filter(s -> s.key().equals(style)).findFirst()
                        .orElse(CitationSettings.DEFAULT.style()),
                row.getInt("bibliography") != 0);
    }
}
