package org.appeal.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How values that JDBC maps differently on SQLite and PostgreSQL are written and read, in one
 * place: days and instants as ISO-8601 text, booleans as 0/1, enums by name, and SQL NULL kept
 * apart from empty text (an unknown date must come back unknown).
 */
final class Columns {
    private Columns() {
    }

    static void setDay(PreparedStatement statement, int index, LocalDate day) throws SQLException {
        if (day == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, day.toString());
        }
    }

    static LocalDate day(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setString(index, instant.toString());
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        return text == null ? null : Instant.parse(text);
    }

    static void setNullableInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    static void setEnum(PreparedStatement statement, int index, Enum<?> value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value.name());
        }
    }

    static <E extends Enum<E>> E enumValue(ResultSet row, String column, Class<E> type) throws SQLException {
        String name = row.getString(column);
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            // A newer Appeal may have written a constant this one does not know.
            throw new SQLException("Column " + column + " holds '" + name + "', which is not a "
                    + type.getSimpleName() + " this version of Appeal knows", e);
        }
    }

    static void setBoolean(PreparedStatement statement, int index, boolean value) throws SQLException {
        statement.setInt(index, value ? 1 : 0);
    }

    static boolean bool(ResultSet row, String column) throws SQLException {
        return row.getInt(column) != 0;
    }
}
