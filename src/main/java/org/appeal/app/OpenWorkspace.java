package org.appeal.app;

import org.appeal.domain.Campaign;
import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleException;
import org.appeal.store.db.CampaignRepository;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.DraftHistory;
import org.appeal.store.db.Versioned;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /** A workspace already open, as one client (tests open two to play two people). */
    public static OpenWorkspace of(Workspace workspace, BundleLoader bundles) {
        return new OpenWorkspace(workspace, workspace.location(), bundles);
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

    /**
     * The campaign to open: the one opened last time if it is still here, else the first that is
     * not archived, if any. An archived campaign is opened only when it was the last one open.
     */
    public Optional<String> campaignToOpen(String remembered) {
        List<Campaign> all = campaigns();
        Set<String> archived = archived();
        return all.stream().map(Campaign::id).filter(remembered::equals).findFirst()
                .or(() -> all.stream().map(Campaign::id).filter(id -> !archived.contains(id)).findFirst());
    }

    /** The ids of the archived campaigns: kept whole, left out of the list until View → Show archived. */
    public Set<String> archived() {
        return workspace.read(work -> new CampaignRepository(work).archivedIds());
    }

    /** File → New campaign: the empty campaign, under an id made from its title; returns the id. */
    public String create(NewCampaign form) {
        String id = CampaignIds.fromTitle(form.title(), campaigns().stream().map(Campaign::id).toList());
        new CampaignStore(workspace).importCampaign(form.data(id));
        return id;
    }

    /**
     * File → New campaign from a copy: a new campaign titled {@code title} with the settings of
     * {@code sourceId} and the parts chosen, written in one transaction; returns its id.
     */
    public String copy(String sourceId, String title, Set<CampaignCopy.Part> parts) {
        CampaignStore store = new CampaignStore(workspace);
        String id = CampaignIds.fromTitle(title, campaigns().stream().map(Campaign::id).toList());
        store.importCampaign(CampaignCopy.of(store.load(sourceId), id, title, parts));
        return id;
    }

    /**
     * Archives the campaign (hidden, kept whole) or restores it. Refused when someone changed the
     * campaign since {@code expectedVersion}.
     */
    public void archive(String campaignId, boolean archived, long expectedVersion) {
        workspace.inTransaction(work -> new CampaignRepository(work).archive(campaignId, archived, expectedVersion));
    }

    /** Restores an archived campaign from the list, as it is now. */
    public void restore(String campaignId) {
        workspace.inTransaction(work -> {
            CampaignRepository campaigns = new CampaignRepository(work);
            long version = campaigns.find(campaignId).map(Versioned::version).orElseThrow(() ->
                    new java.util.NoSuchElementException("The workspace has no campaign '" + campaignId + "'"));
            return campaigns.archive(campaignId, false, version);
        });
    }

    /** What deleting a campaign would lose, for the question put before it. */
    public record DeletionImpact(String title, int savedVersions, int recipients, int signatories, int sources,
                                 int deliveries) {
        /** A saved version history makes deleting a deliberate act: the title must be typed. */
        public boolean deliberate() {
            return savedVersions > 0 || deliveries > 0;
        }
    }

    public DeletionImpact deletionImpact(String campaignId) {
        CampaignData data = new CampaignStore(workspace).load(campaignId);
        return new DeletionImpact(data.campaign().title(), new DraftHistory(workspace).versions(campaignId).size(),
                data.recipients().size(), data.signatories().all().size(), data.sources().size(),
                data.deliveries().size());
    }

    /**
     * Deletes the campaign with all it holds (its saved versions and delivery record too), in one
     * transaction; refused when someone changed it since {@code expectedVersion}.
     */
    public void delete(String campaignId, long expectedVersion) {
        workspace.inTransaction(work -> {
            new CampaignRepository(work).delete(campaignId, expectedVersion);
            return null;
        });
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
