package org.appeal.cli;

import org.appeal.compose.RenderException;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;
import org.appeal.export.BatchExport;
import org.appeal.export.ExportFileNames;
import org.appeal.export.PartialExportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code appeal batch BUNDLE --out DIR}: one PDF per recipient, TO and CC. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Render the letter once per recipient into a folder, files named date_office_name.pdf. "
                + "Nothing is written unless every letter renders.")
final class BatchCommand implements Callable<Integer> {
    private final CliServices services;

    @Spec
    CommandSpec spec;

    @Mixin
    CampaignInput input;

    @Mixin
    ArchivalOption pdfa;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "the folder to write into")
    Path out;

    @Mixin
    LanguageOptions languages;
    @Option(names = "--jobs", paramLabel = "N", description = "letters rendered at once (default: the number of cores, ${DEFAULT-VALUE})")
    int jobs = Runtime.getRuntime().availableProcessors();

    BatchCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        return Reporting.run(spec, () -> {
            CampaignData data = input.load();
            List<String> versions = languages.versions(data, null, input.describe());
            OutputTarget target = input.outputTarget(services.templatesFolder());
            target.checkFolder(out);
            ExportFileNames names = new ExportFileNames();
            String suffix = BatchExport.languagesOf(data, versions);
            for (Recipient recipient : data.recipients()) {
                target.checkFileIn(out.resolve(names.next(data.letter(versions.get(0)).orElseThrow(), recipient,
                        suffix)));
            }
            if (jobs < 1) {
                throw new BadInput("--jobs must be at least 1: " + jobs);
            }
            BatchExport.Result result;
            ProgressLine progress = new ProgressLine(ProgressLine.terminalOrNull(spec.commandLine().getErr()));
            long start = System.nanoTime();
            try {
                result = new BatchExport(services.renderer(), input.renderOptions(pdfa.archival), jobs)
                        .export(data, versions, data.recipients(), out, progress, () -> false);
            } catch (RenderException e) {
                throw Reporting.notRendered(e);
            } catch (PartialExportException e) {
                e.written().forEach(f -> spec.commandLine().getOut().println("Wrote " + f));
                IOException why = e.getCause() instanceof IOException io ? io : e;
                throw new BadInput(FileProblem.cannotWrite(e.failed(), why).getMessage()
                        + (e.written().isEmpty() ? "" : "; the " + e.written().size() + " letters above were written"));
            } catch (IOException e) {
                throw FileProblem.cannotWrite(out, e);
            } finally {
                progress.finish();
            }
            progress.summary(result.files().size(), System.nanoTime() - start);
            Reporting.warnings(spec, result.warnings());
            result.files().forEach(f -> spec.commandLine().getOut().println("Wrote " + f));
            input.recordExport(spec);
        });
    }
}
