package org.appeal.compose;

import java.util.List;

/**
 * One pasted paragraph: its characters ({@code \n} a line break, spaces collapsed) and each
 * character's style.
 */
record PastedParagraph(String text, List<PastedStyle> styles) {
    PastedParagraph {
        styles = List.copyOf(styles);
        if (styles.size() != text.length()) {
            throw new IllegalArgumentException("a style for each character: " + styles.size() + " for " + text.length());
        }
    }
}
