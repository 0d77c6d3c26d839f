package org.appeal.cli;

import org.appeal.compose.BilingualRenderer;
import org.appeal.compose.RenderException;
import org.appeal.compose.RenderedLetter;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;
import org.appeal.store.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code appeal render BUNDLE --out FILE}: one letter, one PDF. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render a campaign's letter to a PDF (to the TO recipient unless --recipient is given).")
final class RenderCommand implements Callable<Integer> {
    private final CliServices services;

    @Spec
    CommandSpec spec;

    @Mixin
    CampaignInput input;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "the PDF to write")
    Path out;

    @Mixin
    ArchivalOption pdfa;

    @Option(names = {"-r", "--recipient"}, paramLabel = "ID", description = "recipient id from recipients.csv")
    String recipientId;

    @Option(names = {"-l", "--letter"}, paramLabel = "NAME",
            description = "which of the campaign's letters (campaign.yaml 'letters:'); default: the main letter")
    String letterName;

    @Mixin
    LanguageOptions languages;

    RenderCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        return Reporting.run(spec, () -> {
            CampaignData campaign = input.load();
            List<String> versions = languages.versions(campaign, letterName, input.describe());
            CampaignData data = campaign.focusedOn(versions.get(0)).orElseThrow();
            input.outputTarget(services.templatesFolder()).checkFile(out);
            Recipient recipient = recipient(data);
            RenderedLetter letter;
            try {
                letter = versions.size() == 1
                        ? services.renderer().render(data, recipient, input.renderOptions(pdfa.archival))
                        : new BilingualRenderer(services.renderer()).render(campaign, versions, recipient,
                        input.renderOptions(pdfa.archival));
            } catch (RenderException e) {
                throw Reporting.notRendered(e);
            }
            Reporting.warnings(spec, letter.warnings());
            try {
                AtomicFile.write(out, letter.pdf());
            } catch (IOException e) {
                throw FileProblem.cannotWrite(out, e);
            }
            spec.commandLine().getOut().println("Wrote " + out + " (letter to " + recipient.name()
                    + (versions.size() == 1 ? "" : "; " + String.join(", then ", versions)) + ")");
            input.recordExport(spec);
        });
    }

    private Recipient recipient(CampaignData data) throws BadInput {
        if (recipientId == null) {
            return data.addressee().orElseThrow(() -> new BadInput("the campaign has no TO recipient"));
        }
        return data.recipient(recipientId).orElseThrow(() -> new BadInput("no recipient with id '" + recipientId
                + "' in " + input.describe() + " (ids: "
                + data.recipients().stream().map(Recipient::id).collect(Collectors.joining(", ")) + ")"));
    }
}
