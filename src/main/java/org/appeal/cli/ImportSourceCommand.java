package org.appeal.cli;

import org.appeal.domain.Source;
import org.appeal.store.ImportException;
import org.appeal.store.db.CampaignRepository;
import org.appeal.store.db.SourceRepository;
import org.appeal.store.db.Versioned;
import org.appeal.store.sources.SourceImporter;
import org.appeal.store.sources.SourceMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code appeal import source --campaign ID FILE}: a document evidence can quote, split into numbered paragraphs. */
@Command(name = "source", mixinStandardHelpOptions = true,
        description = "Import a text, Markdown or PDF document as a source with numbered paragraphs (so evidence can "
                + "cite \"para. 8\"). Importing under an existing id replaces that source.")
final class ImportSourceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "a .txt, .md or .pdf file")
    Path file;

    @Option(names = {"-c", "--campaign"}, required = true, paramLabel = "ID", description = "the campaign")
    String campaignId;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "the source's id, e.g. rok-pledges-2024")
    String id;

    @Option(names = "--title", paramLabel = "TEXT", description = "title (default: the document's own)")
    String title;

    @Option(names = "--issuer", paramLabel = "TEXT", description = "issuing body")
    String issuer;

    @Option(names = "--symbol", paramLabel = "SYMBOL", description = "UN document symbol, e.g. A/79/105")
    String symbol;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "date of the document")
    LocalDate date;

    @Option(names = "--url", paramLabel = "URL", description = "where the document is published")
    String url;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() throws IOException {
        return Reporting.run(spec, () -> {
            InputFile.check(file, "a .txt, .md or .pdf file");
            Source source;
            try {
                source = new SourceImporter().importFile(file, new SourceMetadata(id, title, issuer, symbol, date, url));
            } catch (ImportException e) {
                throw new BadInput("cannot import " + file + ":", e.problems().stream().map(Object::toString).toList());
            }
            boolean known = workspace.open().inTransaction(work -> {
                if (new CampaignRepository(work).find(campaignId).isEmpty()) {
                    return false;
                }
                SourceRepository sources = new SourceRepository(work);
                Optional<Versioned<Source>> existing = sources.find(campaignId, source.id());
                sources.save(campaignId, source, existing.map(Versioned::version).orElse(0L));
                return true;
            });
            if (!known) {
                throw workspace.noSuchCampaign(campaignId);
            }
            spec.commandLine().getOut().printf("Imported source '%s' (%s) with %d numbered paragraphs.%n",
                    source.id(), source.title(), source.paragraphs().size());
        });
    }
}
