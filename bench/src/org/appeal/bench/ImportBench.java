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
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Import of a generated sign-on sheet (made-up organisations) into a fresh SQLite workspace
 * holding the sample campaign: read, plan and apply in one transaction, then the same sheet again
 * as a dry run against the campaign that now holds all of it. Baseline in the same process:
 * Commons CSV merely parsing the same file. Run it with a capped heap to show that memory does
 * not grow with the sheet.
 */
public final class ImportBench {
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
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
        double[] again = new double[runs];
        double[] parses = new double[runs];
        ImportPlan last = null;
        ImportPlan lastAgain = null;
        for (int r = 0; r < runs; r++) {
            Path db = folder.resolve("w" + r + ".db");
            Workspace workspace = Workspace.open(WorkspaceLocation.sqlite(db));
            new CampaignStore(workspace).importCampaign(sample);
            System.gc();
            long t = System.nanoTime();
            last = new SignOnSheetImport(workspace).apply(sample.campaign().id(), sheet, ImportOptions.defaults());
            imports[r] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            lastAgain = new SignOnSheetImport(workspace).dryRun(sample.campaign().id(), sheet, ImportOptions.defaults());
            again[r] = (System.nanoTime() - t) / 1e6;
            parses[r] = parse(sheet);
            deleteWorkspace(db);
        }
        Arrays.sort(imports);
        Arrays.sort(again);
        Arrays.sort(parses);
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("sheet: %,d rows, %.1f MB%n", rows, Files.size(sheet) / 1e6);
        System.out.printf("import (read + plan + apply, one transaction):  median %8.0f ms  min %8.0f  max %8.0f  (n=%d)%n",
                median(imports), imports[0], imports[runs - 1], runs);
        System.out.printf("dry run again (campaign holds the whole sheet): median %8.0f ms  min %8.0f  max %8.0f%n",
                median(again), again[0], again[runs - 1]);
        System.out.printf("baseline: Commons CSV parse only:               median %8.0f ms%n", median(parses));
        System.out.printf("ratio import / parse: %.1f%n", median(imports) / median(parses));
        System.out.printf("last run: added %,d, rejected %d; dry run again: %,d unchanged%n",
                last.counts().added(), last.rejectedRows(), lastAgain.unchanged());
        System.out.printf("peak RSS %.0f MB (VmHWM, whole process); peak heap %.0f MB (sum of per-pool peaks, an upper bound); max heap %.0f MB%n",
                peakRssKb() / 1e3, peakHeap / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        Files.deleteIfExists(sheet);
        Files.deleteIfExists(folder);
    }

    private static double parse(Path sheet) throws IOException {
        long t = System.nanoTime();
        long count = 0;
        try (Reader in = Files.newBufferedReader(sheet, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
            for (CSVRecord record : parser) {
                count += record.size();
            }
        }
        if (count == 0) {
            throw new IllegalStateException("baseline read nothing");
        }
        return (System.nanoTime() - t) / 1e6;
    }

    /** The process's peak resident set size, as Linux counts it; -1 elsewhere. */
    private static long peakRssKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> l.replaceAll("[^0-9]", "")).mapToLong(Long::parseLong).findFirst().orElse(-1);
    }

    private static void deleteWorkspace(Path db) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }
}
