package org.appeal.compose;

import com.itextpdf.styledxmlparser.jsoup.Jsoup;

/**
 * The words of a line that may hold the body's inline markup ({@code 80<sup>th</sup>}), for the
 * places that take plain text only: a PDF's document information, a mail's subject, a list in the
 * interface. One place, so the three never disagree about what a subject says.
 */
public final class PlainText {
    private PlainText() {
    }

    /**
     * "80<sup>th</sup>" becomes "80th", "&amp;amp;" becomes "&amp;"; runs of spaces, line breaks and
     * non-breaking spaces become one space; a "<" that starts no tag stays.
     */
    public static String of(String markup) {
        return Jsoup.parseBodyFragment(markup == null ? "" : markup).text().strip();
    }
}
