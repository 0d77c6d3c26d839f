package org.appeal.compose;

import org.appeal.compose.view.BodyHistoryView;
import org.appeal.compose.view.HistoryCellView;
import org.appeal.compose.view.HistoryView;
import org.appeal.compose.view.HistoryYearView;
import org.appeal.compose.view.ResolutionView;
import org.appeal.compose.view.RunView;
import org.appeal.domain.CampaignData;
import org.appeal.domain.CoSponsorshipRun;
import org.appeal.domain.CoSponsorshipRuns;
import org.appeal.domain.Resolution;
import org.appeal.domain.ResolutionChronology;
import org.appeal.domain.SponsorshipStatus;
import org.appeal.domain.SponsorshipTimeline;
import org.appeal.domain.StateNames;
import org.appeal.domain.UnBody;
import org.appeal.domain.Vote;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Builds {@code $history}: the campaign's resolution records for its target state, as known on the
 * letter's date, worded in the letter's language.
 */
final class HistoryViews {
    /** How many resolutions {@code recent} holds: a letter cites "last year's and the year before's". */
    static final int RECENT = 2;

    private HistoryViews() {
    }

    /**
     * @param votes recorded votes; only the target state's count. A campaign's data carries none yet
     *              (bundle format 1 has no votes file), so callers pass what they have.
     */
    static HistoryView of(CampaignData data, List<Vote> votes) {
        String state = data.campaign().targetState();
        String language = data.language();
        LocalDate asOf = data.letter().date();
        HistoryWording words = HistoryWording.forLanguage(language);
        SponsorshipTimeline timeline = SponsorshipTimeline.of(state, data.sponsorships(), asOf);
        CoSponsorshipRuns runs = CoSponsorshipRuns.of(timeline);
        Resolutions resolutions = new Resolutions(data.resolutions(), asOf, state, votes, words, language);
        return new HistoryView(state,
                runs.runs().stream().map(r -> run(r, words)).toList(),
                run(runs.first(SponsorshipStatus.COSPONSORED), words),
                run(runs.last(SponsorshipStatus.DECLINED), words),
                run(runs.last(SponsorshipStatus.COSPONSORED), words),
                timeline.bodies().stream().map(resolutions::of).toList(),
                timeline.years().stream().map(year -> year(timeline, year, words)).toList(),
                resolutions.recent(null),
                resolutions.of(UnBody.GA),
                resolutions.of(UnBody.HRC),
                words.headings(state));
    }

    private static RunView run(Optional<CoSponsorshipRun> run, HistoryWording words) {
        return run.map(r -> run(r, words)).orElse(null);
    }

    private static RunView run(CoSponsorshipRun run, HistoryWording words) {
        String text = words.time(run.span(), run.fromYear(), run.toYear(), run.firstPart());
        String start = words.time(run.startSpan(), run.fromYear(), run.fromYear(), run.firstPart());
        return new RunView(text, words.inSentence(text), start, code(run.status()),
                run.status() == SponsorshipStatus.COSPONSORED, run.fromYear(), run.toYear(),
                run.bodies().stream().map(words::body).toList());
    }

    private static HistoryYearView year(SponsorshipTimeline timeline, int year, HistoryWording words) {
        return new HistoryYearView(year, timeline.bodies().stream().map(body -> {
            List<SponsorshipStatus> statuses = timeline.in(year, body).stream()
                    .map(SponsorshipTimeline.Slot::status).distinct().toList();
            return statuses.size() == 1
                    ? new HistoryCellView(code(statuses.get(0)), words.status(statuses.get(0)))
                    : new HistoryCellView("mixed", words.mixed());
        }).toList());
    }

    private static String code(SponsorshipStatus status) {
        return switch (status) {
            case COSPONSORED -> "yes";
            case DECLINED -> "no";
            case UNKNOWN -> "unknown";
        };
    }

    /** The campaign's resolutions as views, each with the target state's vote when it is known. */
    private record Resolutions(List<Resolution> all, LocalDate asOf, String state, List<Vote> votes,
                               HistoryWording words, String language) {
        BodyHistoryView of(UnBody body) {
            return new BodyHistoryView(body.name(), words.body(body),
                    ResolutionChronology.of(all, body, asOf).stream().map(this::view).toList(), recent(body));
        }

        List<ResolutionView> recent(UnBody body) {
            return ResolutionChronology.recent(all, body, asOf, RECENT).stream().map(this::view).toList();
        }

        private ResolutionView view(Resolution r) {
            return new ResolutionView(r.symbol(), number(r.symbol()), words.body(r.body()),
                    r.session() == null ? "" : r.session().toString(), r.title(),
                    r.adoptedOn() == null ? "" : LetterDates.format(r.adoptedOn(), language),
                    words.adoption(r.adoption()), vote(r), CitationKey.ofOrNull(r.id()));
        }

        private String vote(Resolution r) {
            return votes.stream()
                    .filter(v -> !r.symbol().isEmpty() && v.resolutionSymbol().equals(r.symbol())
                            && StateNames.same(v.state(), state))
                    .findFirst().map(v -> words.vote(v.choice())).orElse("");
        }

        /** "A/RES/78/218" is cited as "78/218": the part after "RES/", or the whole symbol without one. */
        private static String number(String symbol) {
            int res = symbol.lastIndexOf("RES/");
            return res < 0 ? symbol : symbol.substring(res + "RES/".length());
        }
    }
}
