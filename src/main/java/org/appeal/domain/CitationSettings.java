package org.appeal.domain;

import java.util.Objects;

/**
 * How a letter cites its evidence. Each letter chooses: a coalition letter to a head of state may
 * link the cited words, a briefing note to a ministry may carry numbered footnotes.
 *
 * @param way          links in the text, footnotes at the foot of each page, or endnotes after the body
 * @param style        the citation style notes and the bibliography are written in
 * @param bibliography whether a list of every cited source follows the letter
 */
public record CitationSettings(Way way, Style style, boolean bibliography) {
    public enum Way {
        /** The cited words link to the source (underlined in print); no notes. */
        LINKS("links"),
        /** Numbered notes at the foot of the page on which each reference stands. */
        FOOTNOTES("footnotes"),
        /** Numbered notes after the body, where the layout prints them. */
        ENDNOTES("endnotes");

        private final String key;

        Way(String key) {
            this.key = key;
        }

        /** The name a campaign file uses. */
        public String key() {
            return key;
        }
    }

    public enum Style {
        CHICAGO_NOTES("chicago-notes"),
        OSCOLA("oscola");

        private final String key;

        Style(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** Letters that say nothing cite with footnotes in the Chicago notes style, without a bibliography. */
    public static final CitationSettings DEFAULT = new CitationSettings(Way.FOOTNOTES, Style.CHICAGO_NOTES, false);

    public CitationSettings {
        Objects.requireNonNull(way, "way");
        Objects.requireNonNull(style, "style");
    }
}
