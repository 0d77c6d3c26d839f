package org.appeal.cli;

import org.appeal.domain.Signatory;
import org.appeal.store.db.SignOnSheetImport;
import org.appeal.store.signon.ImportOptions;
import org.appeal.store.signon.ImportPlan;
import org.appeal.store.signon.ImportScratchException;
import org.appeal.store.signon.SheetEncoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

/** {@code appeal import signatures --campaign ID SHEET.csv}: a sign-on sheet, all or nothing. */
@Command(name = "signatures", mixinStandardHelpOptions = true,
        description = "Import a sign-on sheet (CSV as Google Forms or a spreadsheet exports it) into a campaign's "
                + "signatory list. All or nothing unless --skip-bad-rows; importing the same sheet again adds nothing. "
                + "See docs/signon-import.md.")
final class ImportSignaturesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHEET", description = "the CSV file")
    Path sheet;

    @Option(names = {"-c", "--campaign"}, required = true, paramLabel = "ID", description = "the campaign")
    String campaignId;

    @Option(names = "--dry-run", description = "show what would be added, updated and rejected; change nothing")
    boolean dryRun;

    @Option(names = "--skip-bad-rows", description = "import the good rows and leave out the rejected ones")
    boolean skipBadRows;

    @Option(names = "--encoding", paramLabel = "NAME", description = "UTF-8, CP949 (EUC-KR) or windows-1252 (default: detect)")
    String encoding;

    @Option(names = "--map", paramLabel = "HEADER=FIELD,...",
            description = "map headers to fields: name, organisation, kind, acronym, title, country, signedOn, email, id, ignore")
    String mapping;

    @Option(names = "--kind", paramLabel = "KIND", description = "ORGANISATION or INDIVIDUAL for rows that do not say (default ORGANISATION)")
    Signatory.Kind kind;

    @Option(names = "--date-order", paramLabel = "ORDER", description = "for dates like 7/9/2025: MDY (Google Forms, US; the default), DMY, YMD (26/07/09 is 2026-07-09) "
                    + "or UNDECIDED (a date that reads two ways, such as 05/11/2026, is rejected on its row)")
    ImportOptions.DateOrder dateOrder;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() throws IOException {
        return Reporting.run(spec, () -> {
            InputFile.check(sheet, "a CSV file");
            ImportOptions options = options();
            SignOnSheetImport importer = new SignOnSheetImport(workspace.open());
            ImportPlan plan;
            try {
                plan = dryRun ? importer.dryRun(campaignId, sheet, options) : importer.apply(campaignId, sheet, options);
            } catch (NoSuchElementException e) {
                throw new BadInput(e.getMessage() + " in the workspace " + workspace.displayName());
            } catch (UncheckedIOException e) {
                throw new BadInput(FileProblem.cannotRead(sheet, e.getCause()).getMessage() + "; nothing was imported");
            } catch (ImportScratchException e) {
                throw new BadInput(e.getMessage() + "; nothing was imported");
            }
            PrintWriter out = spec.commandLine().getOut();
            if (plan.applied()) {
                // Committed: say so first, whatever the details below come to.
                out.printf("Imported: %s added, %s updated.%n", count(plan.counts().added()), count(plan.counts().updated()));
            }
            out.print(sheet + ": " + plan.summary());
            out.flush();
            if (!plan.canApply()) {
                throw new BadInput(dryRun ? "the sheet cannot be imported as it is (see above)"
                        : "nothing was imported (see above); fix the rows or use --skip-bad-rows");
            }
        });
    }

    private static String count(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    private ImportOptions options() throws BadInput {
        ImportOptions options = ImportOptions.defaults().withSkipBadRows(skipBadRows);
        if (encoding != null) {
            Charset charset;
            try {
                charset = SheetEncoding.forName(encoding);
            } catch (IllegalArgumentException e) {
                throw new BadInput("unknown --encoding '" + encoding + "': use UTF-8, CP949 or windows-1252");
            }
            options = options.withEncoding(charset);
        }
        if (mapping != null) {
            options = options.withMapping(mapping);
        }
        if (kind != null) {
            options = options.withDefaultKind(kind);
        }
        if (dateOrder != null) {
            options = options.withDateOrder(dateOrder);
        }
        return options;
    }
}
