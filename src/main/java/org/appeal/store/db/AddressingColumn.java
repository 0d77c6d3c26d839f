package org.appeal.store.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.appeal.domain.Addressing;

/** The column that says whom a letter is addressed to, as campaign.yaml names its values. */
final class AddressingColumn {
    static final String NAME = "addressing";

    private AddressingColumn() {
    }

    static Addressing read(ResultSet row) throws SQLException {
        String key = row.getString(NAME);
        return Arrays.stream(Addressing.values()).filter(a -> a.key().equals(key)).findFirst()
                .orElse(Addressing.ONE_LETTER);
    }
}
