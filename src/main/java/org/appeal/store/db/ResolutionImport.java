package org.appeal.store.db;

import org.appeal.domain.Resolution;
import org.appeal.domain.Sponsorship;
import org.appeal.domain.Vote;
import org.appeal.store.resolutions.VotingData;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Puts resolution records into a campaign, each import one transaction: UN voting data
 * (resolutions and recorded votes) or the bundle's own resolution and sponsorship tables. Rows are
 * added, or updated where they differ; importing the same file again changes nothing.
 */
public final class ResolutionImport {
    public record Counts(int resolutionsAdded, int resolutionsUpdated, int votesAdded, int votesUpdated) {
    }

    private final Workspace workspace;

    public ResolutionImport(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /** Rows of the bundle's own resolution tables: added, or updated where they differ. */
    public record TableCounts(int resolutionsAdded, int resolutionsUpdated, int sponsorshipsAdded,
                              int sponsorshipsUpdated) {
    }

    public TableCounts importTables(String campaignId, List<Resolution> resolutions, List<Sponsorship> sponsorships) {
        return workspace.inTransaction(work -> {
            requireCampaign(work, campaignId);
            ResolutionRepository repository = new ResolutionRepository(work);
            int[] r = upsertResolutions(repository, campaignId, resolutions);
            int added = 0;
            int updated = 0;
            for (Sponsorship sponsorship : sponsorships) {
                Optional<Versioned<Sponsorship>> existing = repository.findSponsorship(campaignId, sponsorship.id());
                if (existing.isEmpty()) {
                    repository.saveSponsorship(campaignId, sponsorship, 0);
                    added++;
                } else if (!existing.get().value().equals(sponsorship)) {
                    repository.saveSponsorship(campaignId, sponsorship, existing.get().version());
                    updated++;
                }
            }
            return new TableCounts(r[0], r[1], added, updated);
        });
    }

    private static void requireCampaign(UnitOfWork work, String campaignId) throws java.sql.SQLException {
        if (new CampaignRepository(work).find(campaignId).isEmpty()) {
            throw new java.util.NoSuchElementException("no campaign '" + campaignId + "'");
        }
    }

    private static int[] upsertResolutions(ResolutionRepository repository, String campaignId,
                                           List<Resolution> resolutions) throws java.sql.SQLException {
        int added = 0;
        int updated = 0;
        for (Resolution resolution : resolutions) {
            Optional<Versioned<Resolution>> existing = repository.find(campaignId, resolution.id());
            if (existing.isEmpty()) {
                repository.save(campaignId, resolution, 0);
                added++;
            } else if (!existing.get().value().equals(resolution)) {
                repository.save(campaignId, resolution, existing.get().version());
                updated++;
            }
        }
        return new int[] {added, updated};
    }

    public Counts importInto(String campaignId, VotingData data, Predicate<String> keepState) {
        return workspace.inTransaction(work -> {
            requireCampaign(work, campaignId);
            ResolutionRepository repository = new ResolutionRepository(work);
            int[] r = upsertResolutions(repository, campaignId, data.resolutions());
            int added = r[0];
            int updated = r[1];
            int votesAdded = 0;
            int votesUpdated = 0;
            Map<String, Map<String, Versioned<Vote>>> known = new HashMap<>();
            for (Vote vote : data.votes()) {
                if (!keepState.test(vote.state())) {
                    continue;
                }
                Map<String, Versioned<Vote>> onResolution = known.computeIfAbsent(vote.resolutionSymbol(), symbol -> {
                    Map<String, Versioned<Vote>> byState = new HashMap<>();
                    try {
                        repository.votes(campaignId, symbol).forEach(v -> byState.put(v.value().state(), v));
                    } catch (java.sql.SQLException e) {
                        throw new StoreException("could not read the votes on " + symbol + ": " + e.getMessage(), e);
                    }
                    return byState;
                });
                Versioned<Vote> existing = onResolution.get(vote.state());
                if (existing == null) {
                    repository.saveVote(campaignId, vote, 0);
                    votesAdded++;
                } else if (!existing.value().equals(vote)) {
                    repository.saveVote(campaignId, vote, existing.version());
                    votesUpdated++;
                }
            }
            return new Counts(added, updated, votesAdded, votesUpdated);
        });
    }
}
