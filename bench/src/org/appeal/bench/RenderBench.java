package org.appeal.bench;

import com.itextpdf.html2pdf.ConverterProperties;
import com.itextpdf.html2pdf.HtmlConverter;
import org.appeal.compose.Archival;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.RenderOptions;
import org.appeal.compose.RenderedLetter;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleReader;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Warm in-process render of the sample letter (bundle already read; PDF/A-2A as exported, and as a
 * plain PDF) against a baseline run in the
 * same process: plain pdfHTML converting the same HTML with a fresh ConverterProperties (default
 * fonts, the same CSS), as a first naive integration would.
 */
public final class RenderBench {
    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        CampaignData sample = new BundleReader().read(Path.of("seeds/sample-campaign"));

        long startFonts = System.nanoTime();
        Renderer renderer = new Renderer(new TemplateEngine(Path.of("templates")), new FontLibrary());
        double setupMs = (System.nanoTime() - startFonts) / 1e6;
        RenderedLetter first = renderer.render(sample, null, RenderOptions.DEFAULT);
        String html = first.html();
        String templatesUri = Path.of("templates").toUri().toString();

        double[] ours = measure(warmup, runs, () -> renderer.render(sample, null, RenderOptions.DEFAULT));
        RenderOptions plain = RenderOptions.DEFAULT.withArchival(Archival.NONE);
        double[] plainPdf = measure(warmup, runs, () -> renderer.render(sample, null, plain));
        byte[] plainBytes = renderer.render(sample, null, plain).pdf();
        double[] baseline = measure(warmup, runs, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            HtmlConverter.convertToPdf(html, out, new ConverterProperties().setBaseUri(templatesUri));
        });

        System.out.printf("renderer setup (fonts, Velocity):      %7.1f ms (once per process)%n", setupMs);
        report("render sample letter (full pipeline)", ours);
        report("same, plain PDF (--pdfa none)", plainPdf);
        report("baseline: plain pdfHTML, default props", baseline);
        System.out.printf("ratio (median, full pipeline / baseline): %.2f%n", median(ours) / median(baseline));
        System.out.printf("PDF/A-2A over plain PDF (median): %+.0f %%%n", (median(ours) / median(plainPdf) - 1) * 100);
        System.out.printf("PDF size: %d bytes (plain PDF: %d bytes)%n", first.pdf().length, plainBytes.length);
    }

    interface Work {
        void run() throws Exception;
    }

    private static double[] measure(int warmup, int runs, Work work) throws Exception {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static void report(String what, double[] sorted) {
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
        System.out.printf("%-40s median %6.1f ms   p95 %6.1f ms   (n=%d)%n", what, median(sorted), p95, sorted.length);
    }
}
