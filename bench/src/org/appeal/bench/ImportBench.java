package org.appeal.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.SignOnSheetImport;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.store.signon.ImportOptions;
import org.appeal.store.signon.ImportPlan;

import java.io.BufferedWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Import of a generated sign-on sheet (made-up organisations) into a fresh SQLite workspace
 * holding the sample campaign: read, plan and apply in one transaction. Baseline in the same
 * process: Commons CSV merely parsing the same file.
 */
public final class ImportBench {
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path folder = Files.createTempDirectory("appeal-import-bench");
        Path sheet = folder.resolve("sheet.csv");
        try (BufferedWriter out = Files.newBufferedWriter(sheet, StandardCharsets.UTF_8)) {
            out.write("Timestamp,Organisation name,Title/Affiliation,Country,Email Address\n");
            for (int i = 1; i <= rows; i++) {
                out.write("7/9/2025 10:15:32,Made-up Organisation " + i + ",,Exampleland,contact" + i + "@example.org\n");
            }
        }
        var sample = new BundleReader().read(Path.of("seeds/sample-campaign"));

        double[] imports = new double[runs];
        double[] parses = new double[runs];
        ImportPlan last = null;
        for (int r = 0; r < runs; r++) {
            Path db = folder.resolve("w" + r + ".db");
            Workspace workspace = Workspace.open(WorkspaceLocation.sqlite(db));
            new CampaignStore(workspace).importCampaign(sample);
            System.gc();
            long t = System.nanoTime();
            last = new SignOnSheetImport(workspace).apply(sample.campaign().id(), sheet, ImportOptions.defaults());
            imports[r] = (System.nanoTime() - t) / 1e6;

            t = System.nanoTime();
            long count = 0;
            try (Reader in = Files.newBufferedReader(sheet, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
                for (CSVRecord record : parser) {
                    count += record.size();
                }
            }
            parses[r] = (System.nanoTime() - t) / 1e6;
            if (count == 0) {
                throw new IllegalStateException("baseline read nothing");
            }
        }
        Arrays.sort(imports);
        Arrays.sort(parses);
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("sheet: %,d rows, %.1f MB%n", rows, Files.size(sheet) / 1e6);
        System.out.printf("import (read + plan + apply, one transaction): median %7.0f ms  min %7.0f  max %7.0f  (n=%d)%n",
                median(imports), imports[0], imports[runs - 1], runs);
        System.out.printf("baseline: Commons CSV parse only:              median %7.0f ms%n", median(parses));
        System.out.printf("ratio import / parse: %.1f%n", median(imports) / median(parses));
        System.out.printf("last run: added %,d, rejected %d; peak heap (sum of per-pool peaks, an upper bound) %.0f MB, max heap %.0f MB%n",
                last.added().size(), last.rejectedRows(), peakHeap / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }
}
