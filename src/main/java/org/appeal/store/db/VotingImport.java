package org.appeal.store.db;

import org.appeal.domain.Resolution;
import org.appeal.domain.Vote;
import org.appeal.store.resolutions.VotingData;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Puts UN voting data into a campaign in one transaction: resolutions are added or updated, votes
 * replace earlier votes of the same state on the same resolution. Importing the same file again
 * changes nothing.
 */
public final class VotingImport {
    public record Counts(int resolutionsAdded, int resolutionsUpdated, int votesAdded, int votesUpdated) {
    }

    private final Workspace workspace;

    public VotingImport(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    public Counts importInto(String campaignId, VotingData data, Predicate<String> keepState) {
        return workspace.inTransaction(work -> {
            if (new CampaignRepository(work).find(campaignId).isEmpty()) {
                throw new java.util.NoSuchElementException("no campaign '" + campaignId + "'");
            }
            ResolutionRepository repository = new ResolutionRepository(work);
            int added = 0;
            int updated = 0;
            for (Resolution resolution : data.resolutions()) {
                Optional<Versioned<Resolution>> existing = repository.find(campaignId, resolution.id());
                if (existing.isEmpty()) {
                    repository.save(campaignId, resolution, 0);
                    added++;
                } else if (!existing.get().value().equals(resolution)) {
                    repository.save(campaignId, resolution, existing.get().version());
                    updated++;
                }
            }
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
