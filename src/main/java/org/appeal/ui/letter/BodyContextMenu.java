package org.appeal.ui.letter;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.appeal.compose.BodyCheck;
import org.appeal.ui.common.Messages;
import org.fxmisc.richtext.CodeArea;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The body's context menu, made each time it opens: the fixes of the issue at the caret, what
 * others add (spelling suggestions), then Cut, Copy and Paste.
 */
final class BodyContextMenu {
    private final CodeArea area;
    private final Messages messages;
    private final BodyMarks marks;
    private final BiConsumer<BodyCheck.Issue, String> fix;
    private final List<Consumer<ContextMenu>> extraItems = new ArrayList<>();

    BodyContextMenu(CodeArea area, Messages messages, BodyMarks marks, BiConsumer<BodyCheck.Issue, String> fix) {
        this.area = area;
        this.messages = messages;
        this.marks = marks;
        this.fix = fix;
        area.setOnContextMenuRequested(e -> build().show(area, e.getScreenX(), e.getScreenY()));
    }

    void addItems(Consumer<ContextMenu> items) {
        extraItems.add(items);
    }

    private ContextMenu build() {
        ContextMenu menu = new ContextMenu();
        menu.setId("body-menu");
        marks.issueAt(area.getCaretPosition()).ifPresent(issue -> {
            for (String one : issue.fixes()) {
                MenuItem item = new MenuItem(messages.get("editor.didYouMean", one));
                item.setOnAction(e -> fix.accept(issue, one));
                menu.getItems().add(item);
            }
        });
        extraItems.forEach(extra -> extra.accept(menu));
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem cut = new MenuItem(messages.get("editor.cut"));
        cut.setOnAction(e -> area.cut());
        MenuItem copy = new MenuItem(messages.get("editor.copy"));
        copy.setOnAction(e -> area.copy());
        MenuItem paste = new MenuItem(messages.get("editor.paste"));
        paste.setOnAction(e -> area.paste());
        menu.getItems().addAll(cut, copy, paste);
        return menu;
    }
}
