package org.appeal.ui.letter;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.CodeArea;

import java.util.List;
import java.util.function.Consumer;

/** The body's keyboard shortcuts: bold, italic, underline, link, superscript, and Ctrl+. for the best fix. */
final class FormattingShortcuts {
    private record Shortcut(KeyCombination keys, Formatting.Format format) {
    }

    private static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN), Formatting.Format.BOLD),
            new Shortcut(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), Formatting.Format.ITALIC),
            new Shortcut(new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN), Formatting.Format.UNDERLINE),
            new Shortcut(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), Formatting.Format.LINK),
            new Shortcut(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                    Formatting.Format.SUPERSCRIPT));
    private static final KeyCombination BEST_FIX = new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN);

    private FormattingShortcuts() {
    }

    /**
     * @param format     applies a format to the selection
     * @param bestFixHere applies the best fix of the issue at the caret, if there is one
     */
    static void install(CodeArea area, Consumer<Formatting.Format> format, Runnable bestFixHere) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (Shortcut s : SHORTCUTS) {
                if (s.keys().match(e)) {
                    format.accept(s.format());
                    e.consume();
                    return;
                }
            }
            if (BEST_FIX.match(e)) {
                bestFixHere.run();
                e.consume();
            }
        });
    }
}
