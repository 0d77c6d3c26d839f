package org.appeal.store.signon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.appeal.domain.Signatory;

/** A made-up campaign's signatory list and access to the corpus under {@code src/test/resources/signon}. */
final class SignOnFixtures {
    private SignOnFixtures() {
    }

    /** An organisation, an individual, a Hangul-named organisation and a withdrawn one. */
    static List<Signatory> existing() {
        return List.of(
                new Signatory("foo-org", Signatory.Kind.ORGANISATION, 1, "Foo Organisation", "FO", "", "Exampleland",
                        LocalDate.of(2025, 7, 1), null),
                new Signatory("kim-example", Signatory.Kind.INDIVIDUAL, 2, "Kim Example", "", "Researcher", "", null,
                        null),
                new Signatory("haneul", Signatory.Kind.ORGANISATION, 3, "하늘시민연대", "", "", "대한민국",
                        LocalDate.of(2025, 7, 3), null),
                new Signatory("gone-coalition", Signatory.Kind.ORGANISATION, 4, "Gone Coalition", "", "", "",
                        LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 1)));
    }

    static Path corpus(String file) {
        try {
            return Path.of(SignOnFixtures.class.getResource("/signon/" + file).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no corpus file " + file, e);
        }
    }

    static List<String> corpusFiles() {
        try (var files = Files.list(corpus("01-google-forms-us.csv").getParent())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportPlan plan(String file, ImportOptions options) {
        try {
            return new SignOnImport(options).plan(corpus(file), existing());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plan and the list it leaves, applied as the workspace applies it: updates in place, additions at the end. */
    record Applied(ImportPlan plan, List<Signatory> after) {
    }

    /** Plans the sheet against {@code existing} and, when the plan can be applied, applies it to a copy of the list. */
    static Applied apply(byte[] sheet, ImportOptions options, List<Signatory> existing) {
        try (ImportScratch scratch = ImportScratch.create()) {
            existing.forEach(s -> scratch.addExisting(s, 1));
            SignOnImportPlanner planner = new SignOnImportPlanner(scratch, options);
            ImportPlan plan = planner.finish(new SignOnSheetReader(options).read(sheet, planner));
            List<Signatory> after = new ArrayList<>(existing);
            if (plan.canApply()) {
                java.util.Map<String, Signatory> updates = new java.util.HashMap<>();
                scratch.forEachUpdate((updated, version) -> updates.put(updated.id(), updated));
                after.replaceAll(s -> updates.getOrDefault(s.id(), s));
                scratch.forEachAddition(after::add);
            }
            return new Applied(plan, after);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the sinks above throw nothing", e);
        }
    }

    static List<Signatory> added(ImportPlan plan) {
        return plan.firstAdditions().stream().map(Addition::signatory).toList();
    }

    static List<SheetRow> rows(byte[] sheet, ImportOptions options) {
        List<SheetRow> rows = new ArrayList<>();
        new SignOnSheetReader(options).read(sheet, rows::add);
        return rows;
    }
}
