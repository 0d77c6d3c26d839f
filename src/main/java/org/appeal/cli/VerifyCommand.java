package org.appeal.cli;

import org.appeal.compose.sign.SignatureCheck;
import org.appeal.compose.sign.SigningException;
import org.appeal.compose.sign.ValidationData;
import org.appeal.compose.sign.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

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
            report.signatures().forEach(check -> print(check, out));
            ValidationData data = report.validationData();
            if (data.present()) {
                out.println("validation data (document security store): " + data.certificates() + " certificates, "
                        + data.crls() + " CRLs, " + data.ocspResponses() + " OCSP responses");
            }
            out.println(summary(report));
            return report.allValid() ? ExitCode.OK : ExitCode.VERIFICATION_FAILED;
        });
    }

    private static void print(SignatureCheck check, PrintWriter out) {
        out.println(check.fieldName() + (check.timestamp() ? " (document timestamp)" : ""));
        out.println("  signer:        " + (check.signer() == null ? "unknown (the signature cannot be read)" : check.signer()));
        out.println("  time:          " + (check.signedAt() == null ? "not stated" : TIME.format(check.signedAt())));
        if (!check.timestamp()) {
            out.println("  timestamp:     " + (check.timestampTime() == null
                    ? "none (the time above is what the signer's computer said)"
                    : TIME.format(check.timestampTime()) + " by " + (check.timestampAuthority() == null
                            ? "an unknown authority" : check.timestampAuthority())));
        }
        out.println("  intact:        " + (check.intact() ? "yes" : "NO (" + check.integrityProblem() + ")"));
        out.println("  covers:        revision " + check.revision() + " of " + check.revisions()
                + (check.coversWholeDocument() ? " (the whole file)" : ""));
        if (check.onlySignaturesAfter()) {
            boolean last = check.revision() == check.revisions();
            out.println("  later changes: " + (last ? "none" : "only signatures"));
        } else {
            out.println("  later changes: OTHER CHANGES");
            check.laterChanges().forEach(change -> out.println("                 " + change));
        }
    }

    private String summary(VerificationReport report) {
        if (!report.hasSignatures()) {
            return pdf + ": verification failed: the PDF has no signatures";
        }
        List<SignatureCheck> signatures = report.signatures();
        if (report.allValid()) {
            return pdf + ": " + (signatures.size() == 1 ? "the signature is" : "all " + signatures.size() + " signatures are")
                    + " intact, and nothing but signatures was added after them";
        }
        StringBuilder why = new StringBuilder(pdf + ": verification failed:");
        List<String> broken = signatures.stream().filter(s -> !s.intact()).map(SignatureCheck::fieldName).toList();
        List<String> changed = signatures.stream().filter(s -> !s.onlySignaturesAfter()).map(SignatureCheck::fieldName).toList();
        if (!broken.isEmpty()) {
            why.append(" not intact: ").append(String.join(", ", broken)).append(';');
        }
        if (!changed.isEmpty()) {
            why.append(" a later revision changed more than signatures after ").append(String.join(", ", changed)).append(';');
        }
        why.setLength(why.length() - 1);
        return why.toString();
    }
}
