package org.appeal.compose.view;

import java.util.List;

/**
 * One UN body's part of the history.
 *
 * @param code        {@code GA} or {@code HRC}
 * @param name        the body's name in the letter's language
 * @param resolutions its resolutions in adoption order (by session, then day)
 * @param recent      its two most recent resolutions with a known adoption day, oldest first
 * @param latest      the most recent of them; {@code null} when there is none, so a letter citing it
 *                    blocks with the reference's line and column (an index past the end of
 *                    {@code recent} would not say where)
 * @param previous    the one before it; {@code null} when there is none
 */
public record BodyHistoryView(String code, String name, List<ResolutionView> resolutions,
                              List<ResolutionView> recent, ResolutionView latest, ResolutionView previous) {
    public BodyHistoryView {
        resolutions = List.copyOf(resolutions);
        recent = List.copyOf(recent);
    }

    public BodyHistoryView(String code, String name, List<ResolutionView> resolutions, List<ResolutionView> recent) {
        this(code, name, resolutions, recent, fromEnd(recent, 1), fromEnd(recent, 2));
    }

    private static ResolutionView fromEnd(List<ResolutionView> list, int n) {
        return list.size() >= n ? list.get(list.size() - n) : null;
    }
}
