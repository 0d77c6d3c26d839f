package org.appeal.cli;

import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.store.db.StoreException;
import org.appeal.store.db.BusyWait;
import org.appeal.store.db.WorkspaceBusyException;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.NoSuchElementException;
import org.appeal.domain.CampaignData;
import org.appeal.store.db.CampaignStore;

/**
 * {@code --workspace PATH-OR-URL}: an SQLite file (default {@code ~/.local/share/appeal/workspace.db})
 * or a team's PostgreSQL database as a JDBC URL. PostgreSQL credentials come from the URL
 * ({@code ?user=…&password=…}) or from {@code PGUSER}/{@code PGPASSWORD}, so they stay out of
 * shell history.
 */
final class WorkspaceOption {
    @Option(names = {"-w", "--workspace"}, paramLabel = "PATH-OR-URL",
            description = "workspace: an SQLite file or jdbc:postgresql://host/db (default: ~/.local/share/appeal/workspace.db)")
    String workspace;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "30",
            description = "while another Appeal is writing to the workspace, wait this long for it to finish before "
                    + "giving up (default: ${DEFAULT-VALUE})")
    long waitSeconds;

    private final Map<String, String> environment;

    WorkspaceOption() {
        this(System.getenv());
    }

    WorkspaceOption(Map<String, String> environment) {
        this.environment = environment;
    }

    WorkspaceLocation location() {
        if (workspace == null) {
            return WorkspaceLocation.defaultSqlite();
        }
        WorkspaceLocation parsed = WorkspaceLocation.parse(workspace);
        if (workspace.startsWith("jdbc:postgresql:") && environment.containsKey("PGUSER")) {
            return WorkspaceLocation.postgres(workspace, environment.get("PGUSER"), environment.get("PGPASSWORD"));
        }
        return parsed;
    }

    private Workspace opened;

    /** Opens the workspace once per command (running its migrations the first time). */
    Workspace open() throws BadInput {
        if (opened != null) {
            return opened;
        }
        if (waitSeconds < 0) {
            throw new BadInput("--wait must be 0 or more seconds, not " + waitSeconds);
        }
        WorkspaceLocation location = location();
        try {
            opened = Workspace.open(location, BusyWait.ofSeconds(waitSeconds));
            return opened;
        } catch (WorkspaceBusyException e) {
            throw new BadInput(e.getMessage());
        } catch (StoreException | IllegalArgumentException e) {
            throw new BadInput("cannot open the workspace " + location + ": " + e.getMessage());
        }
    }

    /** A campaign of the workspace, or bad input naming the campaign and the workspace. */
    CampaignData campaign(String campaignId) throws BadInput {
        try {
            return new CampaignStore(open()).load(campaignId);
        } catch (NoSuchElementException e) {
            throw noSuchCampaign(campaignId);
        }
    }

    BadInput noSuchCampaign(String campaignId) {
        return new BadInput("no campaign '" + campaignId + "' in the workspace " + location());
    }
}
