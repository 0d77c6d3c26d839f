package org.appeal.ui.timeline;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.appeal.app.CampaignChange;
import org.appeal.app.CampaignSession;
import org.appeal.domain.Resolution;
import org.appeal.domain.Sponsorship;
import org.appeal.domain.StateNames;
import org.appeal.domain.UnBody;
import org.appeal.domain.Vote;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The resolution timeline of the campaign's target state: one column per year, a row per UN body
 * with the state's co-sponsorship record, and the resolutions adopted that year with how they were
 * adopted and the state's vote. Editing a year's record changes the letter's history sentences.
 */
public final class TimelineViewModel {
    public enum Mark { COSPONSORED, DECLINED, UNKNOWN, MIXED }

    /** What one body's cell in one year shows. */
    public record Cell(int year, UnBody body, Mark mark, List<Sponsorship> records) {
        public Cell {
            records = List.copyOf(records);
        }
    }

    /** The timeline as it stands: years, cells, and each year's resolutions with the state's vote. */
    public record Grid(String state, List<Integer> years, List<Cell> cells, Map<String, Vote.Choice> votes,
                       List<Resolution> resolutions) {
        public Cell cell(int year, UnBody body) {
            return cells.stream().filter(c -> c.year() == year && c.body() == body).findFirst().orElseThrow();
        }

        public List<Resolution> adoptedIn(int year) {
            return resolutions.stream().filter(r -> yearOf(r) == year).toList();
        }
    }

    private final CampaignSession session;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Grid> grid = new ReadOnlyObjectWrapper<>();

    public TimelineViewModel(CampaignSession session, UiExecutor executor, DialogService dialogs, Messages messages) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        rebuild();
    }

    /** Records written, by this screen or elsewhere: the grid is drawn again. */
    public void campaignChanged(CampaignChange change) {
        if (change == CampaignChange.SPONSORSHIPS || change == CampaignChange.SETTINGS) {  // the target state may have changed
            rebuild();
        }
    }

    public ReadOnlyObjectProperty<Grid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    public String state() {
        return session.data().campaign().targetState();
    }

    private void rebuild() {
        String state = state();
        List<Sponsorship> own = session.data().sponsorships().stream()
                .filter(s -> s.state().isBlank() || StateNames.same(s.state(), state)).toList();
        List<Resolution> resolutions = session.data().resolutions();
        IntStream.Builder yearsSeen = IntStream.builder();
        own.forEach(s -> yearsSeen.add(s.year()));
        resolutions.stream().mapToInt(TimelineViewModel::yearOf).filter(y -> y > 0).forEach(yearsSeen::add);
        int[] all = yearsSeen.build().toArray();
        int first = IntStream.of(all).min().orElse(0);
        int last = IntStream.of(all).max().orElse(-1);
        List<Integer> years = IntStream.rangeClosed(first, last).boxed().toList();
        List<Cell> cells = new ArrayList<>();
        for (int year : years) {
            for (UnBody body : UnBody.values()) {
                List<Sponsorship> records = own.stream().filter(s -> s.year() == year && s.body() == body).toList();
                cells.add(new Cell(year, body, mark(records), records));
            }
        }
        grid.set(new Grid(state, years, cells, session.votesOf(state), resolutions));
    }

    private static Mark mark(List<Sponsorship> records) {
        if (records.isEmpty()) {
            return Mark.UNKNOWN;
        }
        boolean yes = records.stream().anyMatch(Sponsorship::cosponsored);
        boolean no = records.stream().anyMatch(s -> !s.cosponsored());
        return yes && no ? Mark.MIXED : yes ? Mark.COSPONSORED : Mark.DECLINED;
    }

    /**
     * The year a resolution belongs to: its adoption day if known; otherwise, for the General
     * Assembly, the year its session opened (session N opens in September of 1945 + N and adopts
     * its human rights resolutions in December of that year).
     */
    static int yearOf(Resolution r) {
        if (r.adoptedOn() != null) {
            return r.adoptedOn().getYear();
        }
        return r.body() == UnBody.GA && r.session() != null ? 1945 + r.session() : 0;
    }

    /** Sets a year's record for a body: co-sponsored, declined, or (mark UNKNOWN) no record at all. */
    public void set(int year, UnBody body, Mark mark) {
        Cell cell = grid.get().cell(year, body);
        String state = state();
        executor.submit(messages.get("task.timeline"), progress -> {
            if (mark == Mark.UNKNOWN) {
                cell.records().forEach(session::removeSponsorship);
            } else {
                boolean cosponsored = mark == Mark.COSPONSORED;
                if (cell.records().isEmpty()) {
                    session.saveSponsorship(new Sponsorship(idFor(state, body, year), state, body, year, null, "",
                            cosponsored, messages.get("timeline.enteredByHand")));
                } else {
                    for (Sponsorship s : cell.records()) {
                        session.saveSponsorship(new Sponsorship(s.id(), s.state(), s.body(), s.year(), s.date(),
                                s.resolutionSymbol(), cosponsored, s.source()));
                    }
                }
            }
            return mark;
        }, done -> { /* the session publishes it: campaignChanged shows it */ }, failure -> dialogs.error(messages.get("error.saveTitle"), failure.getMessage()));
    }

    private String idFor(String state, UnBody body, int year) {
        String base = state.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                + "-" + body.name().toLowerCase(java.util.Locale.ROOT) + "-" + year;
        String id = base;
        for (int n = 2; taken(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private boolean taken(String id) {
        return session.data().sponsorships().stream().anyMatch(s -> s.id().equals(id));
    }

}
