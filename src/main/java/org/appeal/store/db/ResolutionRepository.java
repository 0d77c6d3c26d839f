package org.appeal.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.appeal.domain.Resolution;
import org.appeal.domain.Sponsorship;
import org.appeal.domain.UnBody;
import org.appeal.domain.Vote;

/**
 * A campaign's resolution history: resolutions, who co-sponsored them by year, and recorded votes.
 * Votes are keyed by resolution symbol and state, as voting records give them.
 */
public final class ResolutionRepository {
    private static final VersionedRows RESOLUTIONS = new VersionedRows("resolution", "campaign_id", "id");
    private static final VersionedRows SPONSORSHIPS = new VersionedRows("sponsorship", "campaign_id", "id");
    private static final VersionedRows VOTES =
            new VersionedRows("vote", "campaign_id", "resolution_symbol", "state");
    private static final String RESOLUTION_COLUMNS =
            "id, symbol, body, session, adopted_on, title, adoption, source, version";
    private static final String SPONSORSHIP_COLUMNS =
            "id, state, body, year, decided_on, resolution_symbol, cosponsored, source, version";

    private final UnitOfWork work;

    public ResolutionRepository(UnitOfWork work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    // --- resolutions ---

    /** All resolutions of the campaign, in the order they were added. */
    public List<Versioned<Resolution>> all(String campaignId) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT " + RESOLUTION_COLUMNS + " FROM resolution WHERE campaign_id = ? ORDER BY seq, id")) {
            statement.setString(1, campaignId);
            try (ResultSet rows = statement.executeQuery()) {
                List<Versioned<Resolution>> resolutions = new ArrayList<>();
                while (rows.next()) {
                    resolutions.add(resolution(rows));
                }
                return resolutions;
            }
        }
    }

    public Optional<Versioned<Resolution>> find(String campaignId, String id) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT " + RESOLUTION_COLUMNS + " FROM resolution WHERE campaign_id = ? AND id = ?")) {
            statement.setString(1, campaignId);
            statement.setString(2, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(resolution(rows)) : Optional.empty();
            }
        }
    }

    private static Versioned<Resolution> resolution(ResultSet row) throws SQLException {
        Resolution resolution = new Resolution(row.getString("id"), row.getString("symbol"),
                Columns.enumValue(row, "body", UnBody.class), Columns.nullableInt(row, "session"),
                Columns.day(row, "adopted_on"), row.getString("title"),
                Columns.enumValue(row, "adoption", Resolution.Adoption.class), row.getString("source"));
        return new Versioned<>(resolution, row.getLong("version"));
    }

    /** Inserts (expected version 0, at the end of the list) or updates; returns the new version. */
    public long save(String campaignId, Resolution resolution, long expectedVersion) throws SQLException {
        VersionedRows.checkExpected(expectedVersion);
        String what = "Resolution '" + resolution.id() + "'";
        if (expectedVersion == 0) {
            try (PreparedStatement insert = work.connection().prepareStatement(
                    "INSERT INTO resolution (symbol, body, session, adopted_on, title, adoption, source, "
                            + "updated_by, updated_at, campaign_id, id, seq, version) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
                            + "ON CONFLICT (campaign_id, id) DO NOTHING")) {
                bindResolution(insert, resolution);
                insert.setString(10, campaignId);
                insert.setString(11, resolution.id());
                insert.setInt(12, RESOLUTIONS.nextSeq(work, campaignId));
                return RESOLUTIONS.inserted(work, insert.executeUpdate(), what, campaignId, resolution.id());
            }
        }
        try (PreparedStatement update = work.connection().prepareStatement(
                "UPDATE resolution SET symbol = ?, body = ?, session = ?, adopted_on = ?, title = ?, adoption = ?, "
                        + "source = ?, updated_by = ?, updated_at = ?, version = version + 1 "
                        + "WHERE campaign_id = ? AND id = ? AND version = ?")) {
            bindResolution(update, resolution);
            update.setString(10, campaignId);
            update.setString(11, resolution.id());
            update.setLong(12, expectedVersion);
            return RESOLUTIONS.updated(work, update.executeUpdate(), what, expectedVersion, campaignId,
                    resolution.id());
        }
    }

    /** Binds parameters 1-9: the resolution's own fields, then the stamp. */
    private void bindResolution(PreparedStatement statement, Resolution resolution) throws SQLException {
        statement.setString(1, resolution.symbol());
        Columns.setEnum(statement, 2, resolution.body());
        Columns.setNullableInt(statement, 3, resolution.session());
        Columns.setDay(statement, 4, resolution.adoptedOn());
        statement.setString(5, resolution.title());
        Columns.setEnum(statement, 6, resolution.adoption());
        statement.setString(7, resolution.source());
        statement.setString(8, work.user());
        Columns.setInstant(statement, 9, work.now());
    }

    public void delete(String campaignId, String id, long expectedVersion) throws SQLException {
        try (PreparedStatement delete = work.connection().prepareStatement(
                "DELETE FROM resolution WHERE campaign_id = ? AND id = ? AND version = ?")) {
            delete.setString(1, campaignId);
            delete.setString(2, id);
            delete.setLong(3, expectedVersion);
            RESOLUTIONS.deleted(work, delete.executeUpdate(), "Resolution '" + id + "'", expectedVersion,
                    campaignId, id);
        }
    }

    // --- sponsorships ---

    /** All sponsorship facts of the campaign, in the order they were added. */
    public List<Versioned<Sponsorship>> allSponsorships(String campaignId) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT " + SPONSORSHIP_COLUMNS + " FROM sponsorship WHERE campaign_id = ? ORDER BY seq, id")) {
            statement.setString(1, campaignId);
            try (ResultSet rows = statement.executeQuery()) {
                List<Versioned<Sponsorship>> sponsorships = new ArrayList<>();
                while (rows.next()) {
                    sponsorships.add(sponsorship(rows));
                }
                return sponsorships;
            }
        }
    }

    public Optional<Versioned<Sponsorship>> findSponsorship(String campaignId, String id) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT " + SPONSORSHIP_COLUMNS + " FROM sponsorship WHERE campaign_id = ? AND id = ?")) {
            statement.setString(1, campaignId);
            statement.setString(2, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(sponsorship(rows)) : Optional.empty();
            }
        }
    }

    private static Versioned<Sponsorship> sponsorship(ResultSet row) throws SQLException {
        Sponsorship sponsorship = new Sponsorship(row.getString("id"), row.getString("state"),
                Columns.enumValue(row, "body", UnBody.class), row.getInt("year"), Columns.day(row, "decided_on"),
                row.getString("resolution_symbol"), Columns.bool(row, "cosponsored"), row.getString("source"));
        return new Versioned<>(sponsorship, row.getLong("version"));
    }

    /** Inserts (expected version 0, at the end of the list) or updates; returns the new version. */
    public long saveSponsorship(String campaignId, Sponsorship sponsorship, long expectedVersion)
            throws SQLException {
        VersionedRows.checkExpected(expectedVersion);
        String what = "Sponsorship '" + sponsorship.id() + "'";
        if (expectedVersion == 0) {
            try (PreparedStatement insert = work.connection().prepareStatement(
                    "INSERT INTO sponsorship (state, body, year, decided_on, resolution_symbol, cosponsored, source, "
                            + "updated_by, updated_at, campaign_id, id, seq, version) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
                            + "ON CONFLICT (campaign_id, id) DO NOTHING")) {
                bindSponsorship(insert, sponsorship);
                insert.setString(10, campaignId);
                insert.setString(11, sponsorship.id());
                insert.setInt(12, SPONSORSHIPS.nextSeq(work, campaignId));
                return SPONSORSHIPS.inserted(work, insert.executeUpdate(), what, campaignId, sponsorship.id());
            }
        }
        try (PreparedStatement update = work.connection().prepareStatement(
                "UPDATE sponsorship SET state = ?, body = ?, year = ?, decided_on = ?, resolution_symbol = ?, "
                        + "cosponsored = ?, source = ?, updated_by = ?, updated_at = ?, version = version + 1 "
                        + "WHERE campaign_id = ? AND id = ? AND version = ?")) {
            bindSponsorship(update, sponsorship);
            update.setString(10, campaignId);
            update.setString(11, sponsorship.id());
            update.setLong(12, expectedVersion);
            return SPONSORSHIPS.updated(work, update.executeUpdate(), what, expectedVersion, campaignId,
                    sponsorship.id());
        }
    }

    /** Binds parameters 1-9: the sponsorship's own fields, then the stamp. */
    private void bindSponsorship(PreparedStatement statement, Sponsorship sponsorship) throws SQLException {
        statement.setString(1, sponsorship.state());
        Columns.setEnum(statement, 2, sponsorship.body());
        statement.setInt(3, sponsorship.year());
        Columns.setDay(statement, 4, sponsorship.date());
        statement.setString(5, sponsorship.resolutionSymbol());
        Columns.setBoolean(statement, 6, sponsorship.cosponsored());
        statement.setString(7, sponsorship.source());
        statement.setString(8, work.user());
        Columns.setInstant(statement, 9, work.now());
    }

    public void deleteSponsorship(String campaignId, String id, long expectedVersion) throws SQLException {
        try (PreparedStatement delete = work.connection().prepareStatement(
                "DELETE FROM sponsorship WHERE campaign_id = ? AND id = ? AND version = ?")) {
            delete.setString(1, campaignId);
            delete.setString(2, id);
            delete.setLong(3, expectedVersion);
            SPONSORSHIPS.deleted(work, delete.executeUpdate(), "Sponsorship '" + id + "'", expectedVersion,
                    campaignId, id);
        }
    }

    // --- votes ---

    /** How each state voted on one resolution, ordered by state. */
    public List<Versioned<Vote>> votes(String campaignId, String resolutionSymbol) throws SQLException {
        try (PreparedStatement statement = work.connection().prepareStatement(
                "SELECT resolution_symbol, state, choice, version FROM vote "
                        + "WHERE campaign_id = ? AND resolution_symbol = ? ORDER BY state")) {
            statement.setString(1, campaignId);
            statement.setString(2, resolutionSymbol);
            try (ResultSet rows = statement.executeQuery()) {
                List<Versioned<Vote>> votes = new ArrayList<>();
                while (rows.next()) {
                    votes.add(new Versioned<>(new Vote(rows.getString("resolution_symbol"), rows.getString("state"),
                            Columns.enumValue(rows, "choice", Vote.Choice.class)), rows.getLong("version")));
                }
                return votes;
            }
        }
    }

    /** Records (expected version 0) or corrects a state's vote; returns the new version. */
    public long saveVote(String campaignId, Vote vote, long expectedVersion) throws SQLException {
        VersionedRows.checkExpected(expectedVersion);
        String what = voteName(vote.resolutionSymbol(), vote.state());
        if (expectedVersion == 0) {
            try (PreparedStatement insert = work.connection().prepareStatement(
                    "INSERT INTO vote (choice, updated_by, updated_at, campaign_id, resolution_symbol, state, version) "
                            + "VALUES (?, ?, ?, ?, ?, ?, 1) "
                            + "ON CONFLICT (campaign_id, resolution_symbol, state) DO NOTHING")) {
                bindVote(insert, vote);
                insert.setString(4, campaignId);
                insert.setString(5, vote.resolutionSymbol());
                insert.setString(6, vote.state());
                return VOTES.inserted(work, insert.executeUpdate(), what, campaignId, vote.resolutionSymbol(),
                        vote.state());
            }
        }
        try (PreparedStatement update = work.connection().prepareStatement(
                "UPDATE vote SET choice = ?, updated_by = ?, updated_at = ?, version = version + 1 "
                        + "WHERE campaign_id = ? AND resolution_symbol = ? AND state = ? AND version = ?")) {
            bindVote(update, vote);
            update.setString(4, campaignId);
            update.setString(5, vote.resolutionSymbol());
            update.setString(6, vote.state());
            update.setLong(7, expectedVersion);
            return VOTES.updated(work, update.executeUpdate(), what, expectedVersion, campaignId,
                    vote.resolutionSymbol(), vote.state());
        }
    }

    private void bindVote(PreparedStatement statement, Vote vote) throws SQLException {
        Columns.setEnum(statement, 1, vote.choice());
        statement.setString(2, work.user());
        Columns.setInstant(statement, 3, work.now());
    }

    public void deleteVote(String campaignId, String resolutionSymbol, String state, long expectedVersion)
            throws SQLException {
        try (PreparedStatement delete = work.connection().prepareStatement(
                "DELETE FROM vote WHERE campaign_id = ? AND resolution_symbol = ? AND state = ? AND version = ?")) {
            delete.setString(1, campaignId);
            delete.setString(2, resolutionSymbol);
            delete.setString(3, state);
            delete.setLong(4, expectedVersion);
            VOTES.deleted(work, delete.executeUpdate(), voteName(resolutionSymbol, state), expectedVersion,
                    campaignId, resolutionSymbol, state);
        }
    }

    private static String voteName(String resolutionSymbol, String state) {
        return "The vote of '" + state + "' on '" + resolutionSymbol + "'";
    }
}
