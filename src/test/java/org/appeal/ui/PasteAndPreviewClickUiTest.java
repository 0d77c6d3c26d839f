package org.appeal.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.appeal.app.PrintedLines;
import org.appeal.compose.BodyParagraphs;
import org.appeal.ui.letter.LetterPreview.State;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.appeal.ui.AppHarness.click;
import static org.appeal.ui.AppHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pasting from a word processor and clicking a paragraph in the preview (issue 12), in the sample
 * campaign (seeds/).
 */
@ExtendWith(ApplicationExtension.class)
class PasteAndPreviewClickUiTest {
    /** Made up: shaped like what LibreOffice Writer puts on the clipboard (fonts, colours, an empty paragraph). */
    private static final String WORD_PROCESSOR_HTML = """
            <html><head><meta name="generator" content="LibreOffice 24.2.7.2 (Linux)"/><style>p { margin-bottom: 0.25cm }
            </style></head><body lang="en-GB"><p style="margin-bottom: 0cm"><font face="Liberation Serif, serif"><font
            size="3">We ask you to speak <b>firmly and publicly</b> for the <i>victims</i>, at a cost of $5 or
            $more.</font></font></p><p style="margin-bottom: 0cm"><br/></p><p><font color="#c9211e">A second paragraph,
            <u>underlined</u>, cites the <a href="https://undocs.org/A/RES/79/181">latest resolution</a>.</font></p>
            </body></html>""";
    private static final String AS_BODY = "We ask you to speak **firmly and publicly** for the *victims*, at a cost of"
            + " $5 or &#36;more.\n\nA second paragraph, <u>underlined</u>, cites the"
            + " [latest resolution](https://undocs.org/A/RES/79/181).";

    @TempDir
    static Path temp;

    private final AppHarness app = new AppHarness();

    @Start
    void start(Stage stage) throws IOException {
        app.start(stage, Files.createTempDirectory(temp, "app"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static CodeArea body(FxRobot robot) {
        return robot.lookup("#body").queryAs(CodeArea.class);
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void clipboard(FxRobot robot, String html, String plain) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            if (html != null) {
                content.putHtml(html);
            }
            content.putString(plain);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private void caretAtEndAfterABlankLine(FxRobot robot) {
        click(robot, "#body");
        robot.interact(() -> {
            body(robot).moveTo(body(robot).getLength());
            body(robot).requestFollowCaret();
        });
        robot.type(KeyCode.ENTER, KeyCode.ENTER);
    }

    @Test
    void ctrlVOfAWordProcessorsHtmlWritesBodyMarkupInOneUndoStepAndPrintsTheBoldWordsBold(FxRobot robot) throws IOException {
        app.waitForPreview();
        caretAtEndAfterABlankLine(robot);
        String before = onFx(() -> body(robot).getText());
        assertThat(before).endsWith("\n\n");
        clipboard(robot, WORD_PROCESSOR_HTML, "the plain text a word processor also offers");

        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);

        waitUntil("the paste written as body markup", () -> body(robot).getText().equals(before + AS_BODY));
        waitUntil("the letter rendered with it", () -> app.preview().stateProperty().get() == State.UP_TO_DATE
                && app.preview().lastGoodLetter().orElseThrow().html().contains("<strong>firmly and publicly</strong>"));
        String html = app.preview().lastGoodLetter().orElseThrow().html();
        assertThat(html).contains("<em>victims</em>, at a cost of $5 or $more.", "<u>underlined</u>",
                "<a href=\"https://undocs.org/A/RES/79/181\">latest resolution</a>");
        assertThat(app.preview().problems()).noneMatch(p -> p.isBlocking());
        assertBoldInPdf(app.preview().lastGoodLetter().orElseThrow().pdf(), "firmly and publicly");

        // One Ctrl+Z takes the whole paste back, and only the paste.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil("the paste undone", () -> body(robot).getText().equals(before));
    }

    @Test
    void plainTextPastesAsItIs(FxRobot robot) {
        app.waitForPreview();
        caretAtEndAfterABlankLine(robot);
        String before = onFx(() -> body(robot).getText());
        clipboard(robot, null, "Plain *text* stays $as typed.");

        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);

        waitUntil("the plain text pasted", () -> body(robot).getText().equals(before + "Plain *text* stays $as typed."));
    }

    /** The glyphs of {@code words} in the PDF are all in a bold font, and the letter's other glyphs are not all bold. */
    private static void assertBoldInPdf(byte[] pdf, String words) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String line, List<TextPosition> positions) {
                    positions.stream().filter(p -> !p.getUnicode().isBlank()).forEach(glyphs::add);
                }
            }.getText(document);
        }
        String joined = glyphs.stream().map(TextPosition::getUnicode).reduce("", String::concat);
        String wanted = words.replace(" ", "");
        int i = joined.indexOf(wanted);
        assertThat(i).as("the words in the PDF").isNotNegative();
        assertThat(glyphs.subList(i, i + wanted.length())).allSatisfy(p ->
                assertThat(p.getFont().getName()).as("font of '" + p.getUnicode() + "'").contains("Bold"));
        assertThat(glyphs.subList(0, i)).anySatisfy(p -> assertThat(p.getFont().getName()).doesNotContain("Bold"));
    }

    /** The page and the middle of the first printed line holding {@code words}, read from the previewed PDF. */
    private double[] lineOf(String words) {
        byte[] pdf = app.preview().lastGoodLetter().orElseThrow().pdf();
        for (int page = 0; page < app.preview().pages().size(); page++) {
            for (PrintedLines.Line line : PrintedLines.of(pdf, page)) {
                if (line.text().contains(words)) {
                    return new double[] {page, (line.left() + line.right()) / 2, (line.top() + line.bottom()) / 2};
                }
            }
        }
        throw new AssertionError("no line of the preview prints " + words);
    }

    /** Clicks the preview where the page prints {@code words}: scrolled into view, the point scaled to the image. */
    private void clickPreviewOn(FxRobot robot, String words) {
        double[] at = lineOf(words);
        ImageView page = onFx(() -> (ImageView) robot.lookup("#previewPages").queryParent()
                .lookupAll(".preview-page").toArray()[(int) at[0]]);
        double scale = onFx(() -> page.getBoundsInLocal().getWidth()) / app.preview().widthInPoints(
                app.preview().pages().get((int) at[0]));
        Point2D local = new Point2D(at[1] * scale, at[2] * scale);
        robot.interact(() -> {
            ScrollPane scroll = robot.lookup("#preview").queryAs(ScrollPane.class);
            Bounds content = scroll.getContent().getLayoutBounds();
            double y = scroll.getContent().sceneToLocal(page.localToScene(local)).getY();
            double room = content.getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (y - scroll.getViewportBounds().getHeight() / 2) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(onFx(() -> page.localToScreen(local)));
    }

    private static BodyParagraphs.Range paragraphWith(String body, String source) {
        int at = body.indexOf(source);
        assertThat(at).as(source).isNotNegative();
        return BodyParagraphs.of(body).stream().filter(r -> r.start() <= at && at < r.end()).findFirst().orElseThrow();
    }

    @Test
    void clickingAParagraphInThePreviewSelectsItInTheBodyAndOutsideTheBodySaysSo(FxRobot robot) {
        app.waitForPreview();
        waitUntil("preview up to date", () -> app.preview().stateProperty().get() == State.UP_TO_DATE);
        String text = onFx(() -> body(robot).getText());
        BodyParagraphs.Range wanted = paragraphWith(text, "The Ministry of Unification suspended");

        // A line on the second page, inside the paragraph: "… into North Korea. The Ministry of Unification".
        clickPreviewOn(robot, "into North Korea. The Ministry");

        waitUntil("the paragraph selected", () -> body(robot).getSelection().getStart() == wanted.start()
                && body(robot).getSelection().getEnd() == wanted.end());
        assertThat(onFx(() -> body(robot).getSelectedText())).startsWith("However, we remain deeply concerned")
                .endsWith("victims of North Korea's repression.");
        waitUntil("scrolled to it", () -> body(robot).allParToVisibleParIndex(body(robot).getCurrentParagraph()).isPresent());
        assertThat(app.status()).isEqualTo("The paragraph clicked in the preview is selected in the body.");

        // The addressee's address is not the body: the selection stays, the status line says so.
        clickPreviewOn(robot, "22, Itaewon-ro");
        waitUntil("told it is not the body", () -> app.status().startsWith("That part of the preview is not the letter body"));
        assertThat(body(robot).getSelection().getStart()).isEqualTo(wanted.start());

        // A short line found in several places goes to the paragraph that printed it.
        BodyParagraphs.Range thanks = paragraphWith(text, "Thank you.");
        clickPreviewOn(robot, "Thank you.");
        waitUntil("the last paragraph selected", () -> body(robot).getSelection().getStart() == thanks.start()
                && body(robot).getSelection().getEnd() == thanks.end());
    }
}
