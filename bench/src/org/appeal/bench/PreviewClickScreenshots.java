package org.appeal.bench;

import javafx.geometry.Point2D;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.appeal.app.PrintedLines;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.RenderOptions;
import org.appeal.compose.RenderedLetter;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.store.bundle.BundleReader;
import org.fxmisc.richtext.CodeArea;

import java.nio.file.Path;

import static org.appeal.bench.GuideScreenshots.body;
import static org.appeal.bench.GuideScreenshots.fx;
import static org.appeal.bench.GuideScreenshots.lookup;
import static org.appeal.bench.GuideScreenshots.shoot;
import static org.appeal.bench.GuideScreenshots.waitFor;
import static org.appeal.bench.GuideScreenshots.xdotool;

/**
 * The user guide's screenshots of the letter editor with its preview, of a paste from a word
 * processor, and of a paragraph selected by a click in the preview, from the real app
 * (org.appeal.Main, a fresh HOME so that the sample campaign is imported). The click is a real
 * pointer click (xdotool) on the line of the page that prints the paragraph; where that line is comes
 * from the sample letter rendered here as the app renders it. Run under Xvfb from the project folder:
 * {@code HOME=$(mktemp -d) DISPLAY=:71 java -cp ... org.appeal.bench.PreviewClickScreenshots docs/images}.
 */
public final class PreviewClickScreenshots {
    /** Made up: shaped like what LibreOffice Writer puts on the clipboard. */
    private static final String PASTED = "<html><head><meta name=\"generator\" content=\"LibreOffice\"/></head><body>"
            + "<p><font face=\"Liberation Serif\" color=\"#c9211e\">We ask you to speak <b>firmly and publicly</b> for the"
            + " <i>victims</i>, as the <a href=\"https://undocs.org/A/RES/79/181\">latest resolution</a> asks.</font></p>"
            + "<p><br/></p><p><font size=\"3\">Costs of $5 and #3 print as typed.</font></p></body></html>";

    /** The preview up to date, the dictionary loaded and no task running, for a second and a half. */
    private static void settled() throws Exception {
        for (int calm = 0; calm < 6; ) {
            boolean quiet = lookup("#previewState").map(n -> ((javafx.scene.control.Labeled) n).getText()
                    .equals("Preview up to date")).orElse(false)
                    && lookup("#spelling-state").map(n -> ((javafx.scene.control.Labeled) n).getText()
                    .startsWith("Spelling: English")).orElse(false);
            calm = quiet ? calm + 1 : 0;
            Thread.sleep(250);
        }
        Thread.sleep(500);
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Thread app = new Thread(() -> org.appeal.Main.main(new String[0]), "app");
        app.setDaemon(true);
        app.start();
        waitFor("the letter with its preview", 240, () -> body().isPresent()
                && lookup("#previewPages").map(n -> !((javafx.scene.layout.Pane) n).getChildren().isEmpty()).orElse(false)
                && lookup("#previewState").map(n -> ((javafx.scene.control.Labeled) n).getText().equals("Preview up to date"))
                .orElse(false));
        CodeArea found = body().orElseThrow();
        fx(() -> {
            Stage stage = (Stage) found.getScene().getWindow();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1400);
            stage.setHeight(900);
            return null;
        });
        Thread.sleep(2500);
        CodeArea body = body().orElseThrow();
        String original = fx(body::getText);
        settled();
        shoot(out.resolve("letter-editor.png"));

        // 1. A paste from a word processor, between the first and second paragraphs.
        int firstEnd = original.indexOf("\n");
        fx(() -> {
            body.requestFocus();
            body.replaceText(firstEnd, firstEnd, "\n\n");
            body.moveTo(firstEnd + 2);
            ClipboardContent content = new ClipboardContent();
            content.putHtml(PASTED);
            content.putString("the plain text");
            Clipboard.getSystemClipboard().setContent(content);
            body.paste();  // what Ctrl+V and the context menu's Paste call
            body.showParagraphAtTop(0);
            return null;
        });
        waitFor("the preview with the paste", 60, () -> lookup("#previewState").map(n ->
                ((javafx.scene.control.Labeled) n).getText().equals("Preview up to date")).orElse(false)
                && fx(body::getText).contains("**firmly and publicly**"));
        settled();
        shoot(out.resolve("editor-paste.png"));
        fx(() -> {
            body.replaceText(original);
            return null;
        });
        waitFor("the preview of the sample again", 60, () -> lookup("#previewState").map(n ->
                ((javafx.scene.control.Labeled) n).getText().equals("Preview up to date")).orElse(false));
        Thread.sleep(2500);

        // 2. A click on the second paragraph's third line in the preview.
        RenderedLetter letter = new Renderer(new TemplateEngine(Path.of("templates")), new FontLibrary())
                .render(new BundleReader().read(Path.of("seeds/sample-campaign")), null, RenderOptions.DEFAULT);
        PrintedLines.Line line = PrintedLines.of(letter.pdf(), 0).stream()
                .filter(l -> l.text().startsWith("has committed crimes against humanity")).findFirst().orElseThrow();
        javafx.scene.Node pages = lookup("#previewPages").orElseThrow();
        ImageView page = (ImageView) fx(() -> pages.lookup(".preview-page"));
        double scale = fx(() -> page.getBoundsInLocal().getWidth()) / 595.3;  // an A4 page's width in points
        Point2D local = new Point2D((line.left() + line.right()) / 2 * scale, (line.top() + line.bottom()) / 2 * scale);
        ScrollPane scroll = (ScrollPane) lookup("#preview").orElseThrow();
        fx(() -> {
            double y = scroll.getContent().sceneToLocal(page.localToScene(local)).getY();
            double room = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.max(0, Math.min(1, (y - scroll.getViewportBounds().getHeight() / 3) / room)));
            return null;
        });
        Thread.sleep(500);
        Point2D screen = fx(() -> page.localToScreen(local));
        xdotool("mousemove", String.valueOf((int) screen.getX()), String.valueOf((int) screen.getY()));
        Thread.sleep(300);
        xdotool("click", "1");
        waitFor("the paragraph selected", 30, () -> fx(body::getSelectedText).startsWith("The gravity of the human rights"));
        settled();
        shoot(out.resolve("editor-preview-click.png"));
        System.out.println("screenshots written to " + out);
        Runtime.getRuntime().halt(0);
    }
}
