package org.appeal.cli;

import org.appeal.compose.Problem;
import org.appeal.compose.RenderException;
import org.appeal.compose.RenderOptions;
import org.appeal.compose.RenderedLetter;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;
import org.appeal.store.AtomicFile;
import org.appeal.store.bundle.BundleException;
import org.appeal.store.bundle.BundleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code appeal render BUNDLE --out FILE}: one letter, one PDF. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render a campaign's letter to a PDF (to the TO recipient unless --recipient is given).")
final class RenderCommand implements Callable<Integer> {
    private final CliServices services;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "a campaign bundle folder (see docs/bundle-format.md)")
    Path bundle;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "the PDF to write")
    Path out;

    @Option(names = {"-r", "--recipient"}, paramLabel = "ID", description = "recipient id from recipients.csv")
    String recipientId;

    RenderCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CampaignData data;
        try {
            data = new BundleReader().read(bundle);
        } catch (BundleException e) {
            err.println("appeal: cannot read the campaign bundle " + bundle + ":");
            e.problems().forEach(p -> err.println("  " + p));
            return ExitCode.BAD_INPUT;
        }
        Recipient recipient = recipientId == null ? data.addressee().orElse(null)
                : data.recipient(recipientId).orElse(null);
        if (recipient == null) {
            err.println("appeal: " + (recipientId == null ? "the campaign has no TO recipient"
                    : "no recipient with id '" + recipientId + "' in " + bundle.resolve("recipients.csv")
                    + " (ids: " + data.recipients().stream().map(Recipient::id).collect(Collectors.joining(", ")) + ")"));
            return ExitCode.BAD_INPUT;
        }
        RenderedLetter letter;
        try {
            letter = services.renderer().render(data, recipient, RenderOptions.DEFAULT);
        } catch (RenderException e) {
            err.println("appeal: the letter was not rendered; fix these first:");
            e.problems().forEach(p -> err.println("  " + p));
            return ExitCode.BAD_INPUT;
        }
        for (Problem warning : letter.warnings()) {
            err.println("warning: " + warning);
        }
        AtomicFile.write(out, letter.pdf());
        spec.commandLine().getOut().println("Wrote " + out + " (letter to " + recipient.name() + ")");
        return ExitCode.OK;
    }
}
