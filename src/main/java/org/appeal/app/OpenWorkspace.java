package org.appeal.app;

import org.appeal.domain.Campaign;
import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleException;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The workspace the desktop app has open, and what the window does with it: list its campaigns,
 * open one for editing, import a bundle. Every call may take a while (a server, a big bundle): the
 * app makes them in the background.
 */
public final class OpenWorkspace {
    private final Workspace workspace;
    private final WorkspaceLocation location;
    private final BundleLoader bundles;

    private OpenWorkspace(Workspace workspace, WorkspaceLocation location, BundleLoader bundles) {
        this.workspace = workspace;
        this.location = location;
        this.bundles = bundles;
    }

    /** Opens (and creates or migrates) the workspace; a file that is no workspace is refused with why. */
    public static OpenWorkspace open(WorkspaceLocation location, BundleLoader bundles) {
        return new OpenWorkspace(Workspace.open(location), location, bundles);
    }

    /** The file path, or for a server its URL: what settings remember and File → Recent lists. */
    public String label() {
        return location.sqliteFile().map(Path::toString).orElse(location.jdbcUrl());
    }

    public List<Campaign> campaigns() {
        return new CampaignStore(workspace).campaigns();
    }

    /**
     * Imports the sample campaign into a workspace that has none, so a first start has a letter to
     * show; a workspace with campaigns is left as it is.
     *
     * @return whether it was imported
     */
    public boolean importSampleIfEmpty(Path sample) throws BundleException {
        if (sample == null || !campaigns().isEmpty()) {
            return false;
        }
        new CampaignStore(workspace).importCampaign(bundles.read(sample));
        return true;
    }

    /** The campaign to open: the one opened last time if it is still here, else the first, if any. */
    public Optional<String> campaignToOpen(String remembered) {
        List<Campaign> all = campaigns();
        return all.stream().map(Campaign::id).filter(remembered::equals).findFirst()
                .or(() -> all.stream().map(Campaign::id).findFirst());
    }

    public CampaignSession openCampaign(String campaignId) {
        return CampaignSession.open(workspace, campaignId);
    }

    /** Reads a bundle folder, with every problem it has; nothing is written yet. */
    public CampaignData readBundle(Path folder) throws BundleException {
        return bundles.read(folder);
    }

    /** Writes a read bundle as a new campaign in one transaction; refused if its id is taken. */
    public String importCampaign(CampaignData data) {
        new CampaignStore(workspace).importCampaign(data);
        return data.campaign().id();
    }
}
