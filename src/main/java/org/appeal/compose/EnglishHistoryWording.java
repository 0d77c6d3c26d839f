package org.appeal.compose;

import org.appeal.compose.view.HistoryHeadings;
import org.appeal.domain.CoSponsorshipRun;
import org.appeal.domain.Resolution;
import org.appeal.domain.SponsorshipStatus;
import org.appeal.domain.UnBody;
import org.appeal.domain.Vote;
import org.appeal.domain.YearPart;

/** The history in English, in the seed letter's words ("Every year from 2008 to 2018", "In late 2022"). */
final class EnglishHistoryWording implements HistoryWording {
    @Override
    public String time(CoSponsorshipRun.Span span, int from, int to, YearPart part) {
        return switch (span) {
            case EVERY_YEAR -> "Every year from " + from + " to " + to;
            case BETWEEN_YEARS -> "Between " + from + " and " + to;
            case YEAR -> "In " + from;
            case PART_OF_YEAR -> switch (part) {
                case EARLY -> "In early " + from;
                case MID -> "In mid-" + from;
                case LATE -> "In late " + from;
            };
        };
    }

    @Override
    public String inSentence(String sentenceStart) {
        return sentenceStart.isEmpty() ? sentenceStart
                : Character.toLowerCase(sentenceStart.charAt(0)) + sentenceStart.substring(1);
    }

    @Override
    public String status(SponsorshipStatus status) {
        return switch (status) {
            case COSPONSORED -> "co-sponsored";
            case DECLINED -> "did not co-sponsor";
            case UNKNOWN -> "unknown";
        };
    }

    @Override
    public String mixed() {
        return "partly";
    }

    @Override
    public String body(UnBody body) {
        return body.displayName();
    }

    @Override
    public String adoption(Resolution.Adoption adoption) {
        return switch (adoption) {
            case RECORDED_VOTE -> "adopted by recorded vote";
            case WITHOUT_VOTE -> "adopted without a vote";
            case UNKNOWN -> "";
        };
    }

    @Override
    public String vote(Vote.Choice choice) {
        return switch (choice) {
            case YES -> "yes";
            case NO -> "no";
            case ABSTAIN -> "abstained";
            case ABSENT -> "absent";
        };
    }

    @Override
    public HistoryHeadings headings(String state) {
        return new HistoryHeadings("Year", "Resolution", "Title", "Adopted", "Adoption",
                state.isBlank() ? "Vote" : "Vote of " + state);
    }
}
