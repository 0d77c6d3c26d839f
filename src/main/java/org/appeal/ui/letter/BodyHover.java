package org.appeal.ui.letter;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.appeal.compose.BodyCheck;
import org.appeal.ui.common.Messages;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * What hovering the body shows: what a reference prints for the recipient in preview, what a
 * directive does, and for a mark what is wrong with the nearest names one click away.
 */
final class BodyHover {
    private final CodeArea area;
    private final BodyAssistant assistant;
    private final Messages messages;
    private final BodyMarks marks;
    private final BiConsumer<BodyCheck.Issue, String> fix;
    private final Popup popup = new Popup();
    private final VBox box = new VBox(4);

    /** @param fix replaces an issue's stretch with the fix clicked */
    BodyHover(CodeArea area, BodyAssistant assistant, Messages messages, BodyMarks marks,
              BiConsumer<BodyCheck.Issue, String> fix) {
        this.area = area;
        this.assistant = assistant;
        this.messages = messages;
        this.marks = marks;
        this.fix = fix;
        box.setId("hover");
        box.getStyleClass().add("editor-hover");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        area.setMouseOverTextDelay(Duration.ofMillis(400));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            Optional<BodyAssistant.Hover> hover = assistant.hover(area.getText(), marks.reading(), marks.issues(),
                    e.getCharacterIndex());
            if (hover.isEmpty()) {
                popup.hide();
                return;
            }
            show(hover.get(), e.getScreenPosition());
        });
        area.addEventFilter(KeyEvent.KEY_TYPED, e -> popup.hide());
    }

    boolean showAt(int offset) {
        Optional<BodyAssistant.Hover> hover = assistant.hover(area.getText(), marks.reading(), marks.issues(), offset);
        Optional<Bounds> bounds = area.getCharacterBoundsOnScreen(offset, Math.min(area.getLength(), offset + 1));
        if (hover.isEmpty() || bounds.isEmpty()) {
            return false;
        }
        show(hover.get(), new Point2D(bounds.get().getMinX(), bounds.get().getMaxY()));
        return true;
    }

    private void show(BodyAssistant.Hover hover, Point2D at) {
        box.getChildren().clear();
        Label written = new Label(hover.written());
        written.setId("hover-reference");
        written.getStyleClass().add("hover-reference");
        box.getChildren().add(written);
        if (!hover.explanation().isBlank()) {
            Label explanation = new Label(hover.explanation().replace("`", ""));
            explanation.setId("hover-explanation");
            explanation.setWrapText(true);
            explanation.setMaxWidth(420);
            box.getChildren().add(explanation);
        }
        hover.issue().ifPresentOrElse(issue -> {
            Label message = new Label(issueMessage(issue));
            message.setId("hover-issue");
            message.getStyleClass().add("hover-issue");
            message.setWrapText(true);
            message.setMaxWidth(420);
            box.getChildren().add(message);
            int n = 0;
            for (String one : issue.fixes()) {
                Hyperlink link = new Hyperlink(messages.get("editor.didYouMean", one));
                link.setId("hover-fix-" + n++);
                link.setAccessibleText(messages.get("editor.didYouMean", one));
                link.setOnAction(e -> fix.accept(issue, one));
                box.getChildren().add(link);
            }
        }, () -> hover.printed().ifPresent(p -> {
            Label value = new Label(p.problem().orElse(messages.get("editor.prints", p.text().isEmpty()
                    ? messages.get("editor.printsNothing") : OneLine.shorten(p.text(), 300))));
            value.setId("hover-value");
            value.getStyleClass().add(p.problem().isPresent() ? "hover-issue" : "hover-value");
            value.setWrapText(true);
            value.setMaxWidth(420);
            box.getChildren().add(value);
        }));
        popup.show(area, at.getX() + 4, at.getY() + 6);
    }

    void hide() {
        popup.hide();
    }

    List<String> shown() {
        if (!popup.isShowing()) {
            return List.of();
        }
        return box.getChildren().stream().map(n -> n instanceof Labeled l ? l.getText() : "").toList();
    }

    /** The message of an issue, in the interface's language. */
    String issueMessage(BodyCheck.Issue issue) {
        return switch (issue.kind()) {
            case UNKNOWN_REFERENCE -> messages.get("editor.issue.unknown", issue.written());
            case NOT_TEXT -> messages.get("editor.issue.notText", issue.written(), issue.typeName());
            case UNKNOWN_KEY -> messages.get("editor.issue.unknownKey", issue.written());
        };
    }
}
