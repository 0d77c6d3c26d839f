package org.appeal.cli;

import org.appeal.compose.sign.SigningException;
import org.appeal.compose.sign.VerificationReport;
import org.appeal.compose.sign.VerificationText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code appeal verify FILE.pdf}: one block per signature, and an exit code scripts can trust. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"List the signatures of a PDF: who signed, when, whether the signed bytes are intact,"
                + " and whether anything but signatures was added after each; for a timestamped signature (PAdES B-T"
                + " and up) the time and authority of its timestamp, whose token is checked too.",
                "Whether a certificate is trusted is not judged: coalition members sign with their own certificates."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every signature intact, and nothing but signatures added after any of them",
                "1:internal error (a bug: please report it)",
                "2:bad input (the file cannot be read as a PDF)",
                "3:verification failed: a signature is broken, something else changed after one, or there is none"})
final class VerifyCommand implements Callable<Integer> {
    private final CliServices services;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.pdf", description = "the PDF to check")
    Path pdf;

    VerifyCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        return Reporting.check(spec, () -> {
            VerificationReport report;
            try {
                report = services.verifier().verify(PdfInput.read(pdf));
            } catch (SigningException e) {
                throw new BadInput(pdf + ": " + e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            VerificationText.lines(report, pdf.toString(), VerificationText.ENGLISH).forEach(out::println);
            return report.allValid() ? ExitCode.OK : ExitCode.VERIFICATION_FAILED;
        });
    }
}
