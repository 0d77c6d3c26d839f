package org.appeal.compose.view;

import java.util.List;
import org.appeal.compose.Html;

/**
 * A letter's citations as its layout sees them ({@code $citations}).
 *
 * @param way          {@code links}, {@code footnotes} or {@code endnotes}: the layout prints
 *                     {@code notes} itself only for endnotes (footnotes are set at each page's foot)
 * @param notes        the numbered notes, in order; empty while the body is being evaluated
 * @param bibliography the bibliography entries, empty unless the letter asks for one
 */
public record CitationsView(String way, List<NoteView> notes, List<Html> bibliography) {
    public CitationsView {
        notes = List.copyOf(notes);
        bibliography = List.copyOf(bibliography);
    }

    /**
     * One note: {@code number} as printed at its reference, {@code text} in the letter's citation
     * style, {@code anchor} the name of its place, which its reference links to ({@code note-1}).
     */
    public record NoteView(int number, Html text, String anchor) {
    }
}
