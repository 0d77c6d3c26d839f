package org.appeal.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.appeal.domain.Campaign;
import org.appeal.domain.Recipient;

class WorkspaceTest {

    @OnBothDatabases
    void opensMigratesAndReopensWithoutMigratingAgain(TestDatabase db) {
        int applied = appliedMigrations(db.open());
        int appliedAfterReopening = appliedMigrations(db.open());

        assertThat(applied).isPositive().isEqualTo(appliedAfterReopening);
        db.location().sqliteFile().ifPresent(file -> assertThat(Files.exists(file)).isTrue());
    }

    private static int appliedMigrations(Workspace workspace) {
        return workspace.read(work -> {
            try (Statement statement = work.connection().createStatement();
                 ResultSet row = statement.executeQuery(
                         "SELECT COUNT(*) FROM flyway_schema_history WHERE success = " + trueLiteral(work))) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    private static String trueLiteral(UnitOfWork work) {
        return work.dialect() == Dialect.SQLITE ? "1" : "TRUE";
    }

    @OnBothDatabases
    void rollsBackEverythingWhenTheWorkThrows(TestDatabase db) {
        Workspace workspace = db.open();

        assertThatThrownBy(() -> workspace.inTransaction(work -> {
            new CampaignRepository(work).save(new Campaign("half-done", "t", "en"), 0);
            throw new IllegalStateException("the user cancelled");
        })).hasMessage("the user cancelled");

        Optional<Versioned<Campaign>> stored = workspace.read(work -> new CampaignRepository(work).find("half-done"));
        assertThat(stored).isEmpty();
    }

    @OnBothDatabases
    void enforcesForeignKeys(TestDatabase db) {
        Workspace workspace = db.open();

        assertThatThrownBy(() -> workspace.inTransaction(work -> new RecipientRepository(work)
                .save("no-such-campaign", new Recipient("r", Recipient.Role.TO, 1, "", "", "", "", null, "", ""), 0)))
                .isInstanceOf(StoreException.class);
    }

    @OnBothDatabases
    void stampsRowsWithTheClientsUserAndClock(TestDatabase db) {
        Workspace workspace = db.open("ana");
        workspace.inTransaction(work -> new CampaignRepository(work).save(new Campaign("c", "t", "en"), 0));

        String stamp = workspace.read(work -> {
            try (PreparedStatement statement = work.connection().prepareStatement(
                    "SELECT updated_by, updated_at FROM campaign WHERE id = ?")) {
                statement.setString(1, "c");
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getString(1) + " " + row.getString(2);
                }
            }
        });
        assertThat(stamp).matches("ana 2025-10-28T09:00:0\\dZ");
    }
}
