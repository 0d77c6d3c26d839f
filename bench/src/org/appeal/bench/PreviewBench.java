package org.appeal.bench;

import org.appeal.app.PreviewParagraph;
import org.appeal.app.PreviewRasterizer;
import org.appeal.app.PrintedLines;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.Archival;
import org.appeal.compose.RenderOptions;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.ui.common.Debouncer;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.DirectUiExecutor;
import org.appeal.ui.common.Messages;
import org.appeal.app.BundleLoader;
import org.appeal.app.CampaignSession;
import org.appeal.app.SettingsFile;
import org.appeal.ui.letter.LetterEditorViewModel;
import org.appeal.ui.letter.LetterScreen;
import org.appeal.ui.screen.AppServices;
import org.appeal.ui.screen.EditedLetter;
import org.appeal.ui.screen.ScreenContext;
import org.appeal.ui.screen.StatusLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The letter editor's preview latency: from the end of the typing pause (the debouncer firing)
 * to the first page of the new preview handed to the screen, with the letter screen's own
 * view-model and preview, renderer and rasteriser (80 dpi, as in the app). Baseline in the same
 * process: the render alone. Then the time a click on the preview takes to find its body paragraph
 * (reading the page's text positions back from the PDF and aligning its words with the letter's).
 */
public final class PreviewBench {
    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path folder = Files.createTempDirectory("appeal-preview-bench");
        Workspace workspace = Workspace.open(WorkspaceLocation.sqlite(folder.resolve("w.db")));
        var sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
        new CampaignStore(workspace).importCampaign(sample);
        FontLibrary fonts = new FontLibrary();
        Renderer renderer = new Renderer(new TemplateEngine(Path.of("templates")), fonts);
        DialogService silent = new DialogService() {
            public void error(String t, String m) { throw new IllegalStateException(t + ": " + m); }
            public void info(String t, String m) { }
            public boolean confirm(String t, String m) { return false; }
            public Optional<Path> chooseSaveFile(String t, String n, String e) { return Optional.empty(); }
            public Optional<Path> chooseOpenFile(String t, String e) { return Optional.empty(); }
            public Optional<Path> chooseFolder(String t) { return Optional.empty(); }
        };
        AppServices services = new AppServices(renderer, fonts, new PreviewRasterizer(80f), (pdf, job) -> false,
                List.of("letter.html.vm"), null, BundleLoader.STANDARD, new SettingsFile(folder.resolve("settings")), silent,
                url -> { });
        CampaignSession session = CampaignSession.open(workspace, sample.campaign().id());
        LetterEditorViewModel editor = new LetterScreen(new ScreenContext(session, services, new DirectUiExecutor(),
                new Messages(Locale.ENGLISH), new StatusLine(), new EditedLetter(session.data().letter()), null),
                Debouncer.immediate()).viewModel();
        String body = editor.bodyProperty().get();

        double[] preview = new double[runs];
        for (int i = -warmup; i < runs; i++) {
            editor.bodyProperty().set(body + " Edit number " + i + ".");   // the debouncer fires at once here
            if (i >= 0) {
                preview[i] = editor.preview().lastPreviewMillisProperty().get();
            }
        }
        // The preview renders without PDF/A (its pages are the export's, pixel for pixel); the export's
        // PDF/A render is timed too, for comparison.
        double[] render = renders(renderer, sample, body, RenderOptions.DEFAULT.withArchival(Archival.NONE), warmup, runs);
        double[] archival = renders(renderer, sample, body, RenderOptions.DEFAULT, warmup, runs);
        Arrays.sort(preview);
        report("end of pause -> first preview page", preview);
        report("baseline: render alone (no raster)", render);
        report("the export's render (PDF/A-2A)", archival);
        System.out.printf("ratio (median): %.2f%n", preview[runs / 2] / render[runs / 2]);

        // A click on the preview: the middle line of page 2 to its body paragraph (what runs off the FX thread).
        var letter = renderer.render(sample, null, RenderOptions.DEFAULT);
        List<PrintedLines.Line> lines = PrintedLines.of(letter.pdf(), 1);
        PrintedLines.Line middle = lines.get(lines.size() / 2);
        double[] click = new double[runs];
        for (int i = -warmup; i < runs; i++) {
            long t = System.nanoTime();
            if (PreviewParagraph.at(letter, body, 1, (middle.top() + middle.bottom()) / 2).isEmpty()) {
                throw new IllegalStateException("the middle line of page 2 is in no body paragraph");
            }
            if (i >= 0) {
                click[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(click);
        report("preview click -> body paragraph", click);
    }

    private static double[] renders(Renderer renderer, org.appeal.domain.CampaignData sample, String body,
                                    RenderOptions options, int warmup, int runs) throws Exception {
        double[] times = new double[runs];
        for (int i = -warmup; i < runs; i++) {
            long t = System.nanoTime();
            renderer.render(sample.withLetter(sample.letter().withBody(body + " Edit " + i)), null, options);
            if (i >= 0) {
                times[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(times);
        return times;
    }

    private static void report(String what, double[] sorted) {
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
        System.out.printf("%-38s median %6.1f ms   p95 %6.1f ms   (n=%d)%n", what, sorted[sorted.length / 2], p95, sorted.length);
    }
}
