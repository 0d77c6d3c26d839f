package org.appeal.store.resolutions;

import java.util.List;
import org.appeal.domain.Resolution;
import org.appeal.domain.Vote;

/**
 * What a General Assembly voting-data file says: the resolutions adopted by recorded vote, in the
 * order they first appear, and every state's vote on each.
 */
public record VotingData(List<Resolution> resolutions, List<Vote> votes) {
    public VotingData {
        resolutions = List.copyOf(resolutions);
        votes = List.copyOf(votes);
    }

    /** The votes on one resolution, by its normalised symbol ("A/RES/79/181"), in file order. */
    public List<Vote> votesOn(String symbol) {
        return votes.stream().filter(v -> v.resolutionSymbol().equals(symbol)).toList();
    }
}
