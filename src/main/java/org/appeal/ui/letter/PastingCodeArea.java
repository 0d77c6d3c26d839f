package org.appeal.ui.letter;

import javafx.scene.input.Clipboard;
import org.appeal.compose.PastedHtml;
import org.fxmisc.richtext.CodeArea;

/**
 * The body's code area. Its paste (Ctrl+V, the context menu's Paste) takes what a word processor puts
 * on the clipboard as HTML and writes it as body markup ({@link PastedHtml}): paragraphs, bold,
 * italic, underline, superscript and links kept, the rest dropped. Plain text pastes as it is. A paste
 * is one undo step of its own, never merged with the typing around it.
 */
final class PastingCodeArea extends CodeArea {
    @Override
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String markup = clipboard.hasHtml() ? PastedHtml.toBody(clipboard.getHtml()) : "";
        getUndoManager().preventMerge();
        if (markup.isEmpty()) {
            super.paste();
        } else {
            replaceSelection(markup);
            requestFollowCaret();
        }
        getUndoManager().preventMerge();
    }
}
