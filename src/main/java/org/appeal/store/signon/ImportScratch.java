package org.appeal.store.signon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryText;
import org.sqlite.SQLiteConfig;

/**
 * The working memory of one sign-on import, kept on disk so that the import's heap does not grow
 * with the sheet or the campaign: a temporary SQLite file holding the campaign's signatories as
 * they were, which ids and names the sheet has used so far, and the additions and updates planned.
 * The file is deleted when the scratch is closed.
 *
 * <p>A failure of the file itself (a full disk) is an {@link ImportScratchException}; nothing in
 * the workspace depends on it, so the import is then simply not made.
 */
public final class ImportScratch implements AutoCloseable {
    /** SQLite's page cache for the scratch, outside the Java heap: enough to keep the indexes' upper levels. */
    private static final int CACHE_KIB = 16 * 1024;
    private static final String SIGNATORY = "kind, position, name, acronym, title, country, signed_on, withdrawn_on, signature_image, "
            + "alt_name, alt_acronym, alt_title";

    private final Path file;
    private final Connection db;
    private final List<PreparedStatement> statements = new ArrayList<>();
    private final PreparedStatement insertExisting;
    private final PreparedStatement existingById;
    private final PreparedStatement existingByName;
    private final PreparedStatement countByName;
    private final PreparedStatement takeId;
    private final PreparedStatement idTaken;
    private final PreparedStatement registerSheetId;
    private final PreparedStatement sheetIdRow;
    private final PreparedStatement registerName;
    private final PreparedStatement nameSeen;
    private final PreparedStatement nameSeenWithoutId;
    private final PreparedStatement registerMatch;
    private final PreparedStatement matchRow;
    private final PreparedStatement insertAddition;
    private final PreparedStatement insertUpdate;
    private long existingCount;
    private int lastPosition;

    private ImportScratch(Path file) throws SQLException {
        this.file = file;
        SQLiteConfig config = new SQLiteConfig();
        // Nothing here must survive a crash, so there is no journal and no syncing.
        config.setJournalMode(SQLiteConfig.JournalMode.OFF);
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        config.setTempStore(SQLiteConfig.TempStore.FILE);
        config.setCacheSize(-CACHE_KIB);
        // The driver would otherwise ask for the last row id after every insert, doubling the work.
        config.setGetGeneratedKeys(false);
        this.db = config.createConnection("jdbc:sqlite:" + file);
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE existing (id TEXT PRIMARY KEY, name_key TEXT NOT NULL, ordinal INTEGER NOT NULL, "
                    + SIGNATORY + ", version INTEGER NOT NULL) WITHOUT ROWID");
            s.execute("CREATE INDEX existing_by_name ON existing (name_key, ordinal)");
            s.execute("CREATE TABLE taken_id (id TEXT PRIMARY KEY) WITHOUT ROWID");
            s.execute("CREATE TABLE sheet_id (id TEXT PRIMARY KEY, row INTEGER NOT NULL) WITHOUT ROWID");
            s.execute("CREATE TABLE sheet_name (name_key TEXT PRIMARY KEY, row INTEGER NOT NULL, "
                    + "row_without_id INTEGER NOT NULL, name TEXT NOT NULL) WITHOUT ROWID");
            s.execute("CREATE TABLE matched (id TEXT PRIMARY KEY, row INTEGER NOT NULL) WITHOUT ROWID");
            s.execute("CREATE TABLE addition (row INTEGER PRIMARY KEY, id TEXT NOT NULL, " + SIGNATORY + ")");
            s.execute("CREATE TABLE updated (row INTEGER PRIMARY KEY, id TEXT NOT NULL, version INTEGER NOT NULL, "
                    + SIGNATORY + ")");
        }
        db.setAutoCommit(false);
        insertExisting = prepare("INSERT INTO existing (id, name_key, ordinal, " + SIGNATORY
                + ", version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        existingById = prepare("SELECT id, " + SIGNATORY + " FROM existing WHERE id = ?");
        existingByName = prepare("SELECT id, " + SIGNATORY + " FROM existing WHERE name_key = ? ORDER BY ordinal LIMIT ?");
        countByName = prepare("SELECT COUNT(*) FROM existing WHERE name_key = ?");
        takeId = prepare("INSERT OR IGNORE INTO taken_id (id) VALUES (?)");
        idTaken = prepare("SELECT 1 FROM taken_id WHERE id = ?");
        registerSheetId = prepare("INSERT OR IGNORE INTO sheet_id (id, row) VALUES (?, ?)");
        sheetIdRow = prepare("SELECT row FROM sheet_id WHERE id = ?");
        registerName = prepare("INSERT OR IGNORE INTO sheet_name (name_key, row, row_without_id, name) VALUES (?, ?, ?, ?)");
        nameSeen = prepare("SELECT row, row_without_id, name FROM sheet_name WHERE name_key = ?");
        nameSeenWithoutId = prepare("UPDATE sheet_name SET row_without_id = ? WHERE name_key = ?");
        registerMatch = prepare("INSERT OR IGNORE INTO matched (id, row) VALUES (?, ?)");
        matchRow = prepare("SELECT row FROM matched WHERE id = ?");
        insertAddition = prepare("INSERT INTO addition (row, id, " + SIGNATORY + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insertUpdate = prepare("INSERT INTO updated (row, id, version, " + SIGNATORY
                + ") SELECT ?, id, version, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM existing WHERE id = ?");
    }

    /** A new, empty scratch in the system's temporary folder. */
    public static ImportScratch create() {
        Path file;
        try {
            file = Files.createTempFile("appeal-import-", ".db");
        } catch (IOException e) {
            throw new ImportScratchException("cannot create the import's working file in "
                    + System.getProperty("java.io.tmpdir") + ": " + e.getMessage(), e);
        }
        try {
            return new ImportScratch(file);
        } catch (SQLException e) {
            deleteQuietly(file);
            throw failed(file, e);
        }
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        statements.add(statement);
        return statement;
    }

    // --- the campaign as it was -------------------------------------------------------------------

    /** One of the campaign's signatories (withdrawn ones too), in list order, with the version it was read at. */
    public void addExisting(Signatory signatory, long version) {
        try {
            insertExisting.setString(1, signatory.id());
            insertExisting.setString(2, NameKey.of(signatory.name()));
            insertExisting.setLong(3, existingCount++);
            bind(insertExisting, 4, signatory);
            insertExisting.setLong(16, version);
            insertExisting.executeUpdate();
            take(signatory.id());
            lastPosition = Math.max(lastPosition, signatory.position());
        } catch (SQLException e) {
            throw failed(file, e);
        }
    }

    /** The highest list position among the campaign's signatories; 0 for an empty list. */
    int lastPosition() {
        return lastPosition;
    }

    Signatory existingById(String id) {
        if (existingCount == 0) {
            return null;
        }
        try {
            existingById.setString(1, id);
            try (ResultSet row = existingById.executeQuery()) {
                return row.next() ? signatory(row) : null;
            }
        } catch (SQLException e) {
            throw failed(file, e);
        }
    }

    /** The campaign's signatories with this {@link NameKey}, in list order, at most {@code limit} of them. */
    List<Signatory> existingByName(String key, int limit) {
        if (existingCount == 0) {
            return List.of();
        }
        try {
            existingByName.setString(1, key);
            existingByName.setInt(2, limit);
            List<Signatory> found = new ArrayList<>();
            try (ResultSet rows = existingByName.executeQuery()) {
                while (rows.next()) {
                    found.add(signatory(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw failed(file, e);
        }
    }

    long countByName(String key) {
        try {
            countByName.setString(1, key);
            try (ResultSet row = countByName.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw failed(file, e);
        }
    }

    // --- what the sheet has used so far -----------------------------------------------------------

    /** Claims an id for a signatory; false when an existing or planned signatory has it. */
    boolean take(String id) {
        try {
            takeId.setString(1, id);
            return takeId.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failed(file, e);
        }
    }

    boolean isTaken(String id) {
        try {
            idTaken.setString(1, id);
            try (ResultSet row = idTaken.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw failed(file, e);
        }
    }

    /** Registers the sheet row giving this id; returns the earlier row that gave it, or 0 for none. */
    int firstRowWithId(String id, int row) {
        return firstRow(registerSheetId, sheetIdRow, id, row);
    }

    /** Registers the sheet row matching this existing signatory; returns the earlier row that did, or 0. */
    int firstRowMatching(String existingId, int row) {
        return firstRow(registerMatch, matchRow, existingId, row);
    }

    private int firstRow(PreparedStatement register, PreparedStatement lookup, String key, int row) {
        try {
            register.setString(1, key);
            register.setInt(2, row);
            if (register.executeUpdate() == 1) {
                return 0;
            }
            lookup.setString(1, key);
            try (ResultSet found = lookup.executeQuery()) {
                found.next();
                return found.getInt(1);
            }
        } catch (SQLException e) {
            throw failed(file, e);
        }
    }

    /** The first sheet row with a name, and the first one with it and no id (0 for none). */
    record NameSeen(int row, int rowWithoutId, String name) {
    }

    /** Registers a name as first seen in {@code seen}; returns what was seen before, or {@code null} the first time. */
    NameSeen registerName(String key, NameSeen seen) {
        try {
            registerName.setString(1, key);
            registerName.setInt(2, seen.row());
            registerName.setInt(3, seen.rowWithoutId());
            registerName.setString(4, seen.name());
            if (registerName.executeUpdate() == 1) {
                return null;
            }
            nameSeen.setString(1, key);
            try (ResultSet row = nameSeen.executeQuery()) {
                row.next();
                return new NameSeen(row.getInt(1), row.getInt(2), row.getString(3));
            }
        } catch (SQLException e) {
            throw failed(file, e);
        }
    }

    void nameSeenWithoutId(String key, int row) {
        try {
            nameSeenWithoutId.setInt(1, row);
            nameSeenWithoutId.setString(2, key);
            nameSeenWithoutId.executeUpdate();
        } catch (SQLException e) {
            throw failed(file, e);
        }
    }

    // --- the plan ---------------------------------------------------------------------------------

    void addition(int row, Signatory signatory) {
        try {
            insertAddition.setInt(1, row);
            insertAddition.setString(2, signatory.id());
            bind(insertAddition, 3, signatory);
            insertAddition.executeUpdate();
        } catch (SQLException e) {
            throw failed(file, e);
        }
    }

    /** An update of an existing signatory, to be made against the version it was read at. */
    void update(int row, Signatory after) {
        try {
            insertUpdate.setInt(1, row);
            bind(insertUpdate, 2, after);
            insertUpdate.setString(14, after.id());
            insertUpdate.executeUpdate();
        } catch (SQLException e) {
            throw failed(file, e);
        }
    }

    /** Receives the planned updates, in sheet order. */
    @FunctionalInterface
    public interface UpdateSink {
        void update(Signatory after, long expectedVersion) throws SQLException;
    }

    /** Receives the planned additions, in sheet order. */
    @FunctionalInterface
    public interface AdditionSink {
        void add(Signatory signatory) throws SQLException;
    }

    /** Hands over every planned update, one at a time; a sink's own failure comes back as it is. */
    public void forEachUpdate(UpdateSink sink) throws SQLException {
        try (PreparedStatement all = db.prepareStatement("SELECT id, " + SIGNATORY + ", version FROM updated ORDER BY row");
             ResultSet rows = readAll(all)) {
            while (next(rows)) {
                Signatory after = signatory(rows);
                long version = rows.getLong(14);
                sink.update(after, version);
            }
        }
    }

    /** Hands over every planned addition, one at a time; a sink's own failure comes back as it is. */
    public void forEachAddition(AdditionSink sink) throws SQLException {
        try (PreparedStatement all = db.prepareStatement("SELECT id, " + SIGNATORY + " FROM addition ORDER BY row");
             ResultSet rows = readAll(all)) {
            while (next(rows)) {
                sink.add(signatory(rows));
            }
        }
    }

    private ResultSet readAll(PreparedStatement statement) {
        try {
            return statement.executeQuery();
        } catch (SQLException e) {
            throw failed(file, e);
        }
    }

    private boolean next(ResultSet rows) {
        try {
            return rows.next();
        } catch (SQLException e) {
            throw failed(file, e);
        }
    }

    // --- rows -------------------------------------------------------------------------------------

    /** Binds the twelve signatory fields (the last three its second-script forms) from {@code first} on. */
    private static void bind(PreparedStatement statement, int first, Signatory s) throws SQLException {
        statement.setString(first, s.kind().name());
        statement.setInt(first + 1, s.position());
        statement.setString(first + 2, s.name());
        statement.setString(first + 3, s.acronym());
        statement.setString(first + 4, s.title());
        statement.setString(first + 5, s.country());
        day(statement, first + 6, s.signedOn());
        day(statement, first + 7, s.withdrawnOn());
        statement.setString(first + 8, s.signatureImage());
        statement.setString(first + 9, s.alt().name());
        statement.setString(first + 10, s.alt().acronym());
        statement.setString(first + 11, s.alt().title());
    }

    private static void day(PreparedStatement statement, int index, LocalDate day) throws SQLException {
        if (day == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, day.toString());
        }
    }

    private static Signatory signatory(ResultSet row) throws SQLException {
        // By position (id, then the SIGNATORY columns): looking columns up by name costs a map per result set.
        return new Signatory(row.getString(1), Signatory.Kind.valueOf(row.getString(2)), row.getInt(3),
                row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                day(row.getString(8)), day(row.getString(9)), row.getString(10),
                new SignatoryText(row.getString(11), row.getString(12), row.getString(13)));
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static ImportScratchException failed(Path file, SQLException e) {
        return new ImportScratchException("the import's working file " + file + " failed: " + e.getMessage(), e);
    }

    /** Closes and deletes the file. */
    @Override
    public void close() {
        for (PreparedStatement statement : statements) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // The connection closes next, and with it everything it prepared.
            }
        }
        try {
            db.close();
        } catch (SQLException ignored) {
            // The file goes next; there is nothing in it anyone needs.
        }
        deleteQuietly(file);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A file left in the temporary folder is cleared with it; it holds nothing to protect.
        }
    }
}
