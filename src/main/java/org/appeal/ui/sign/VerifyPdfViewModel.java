package org.appeal.ui.sign;

import org.appeal.compose.sign.SignatureVerifier;
import org.appeal.compose.sign.VerificationReport;
import org.appeal.compose.sign.VerificationText;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * File → Verify a PDF: every signature of a PDF, in the lines {@code appeal verify} prints (see
 * {@link VerificationText}), in the interface's language. Nothing is judged that the command line
 * does not judge: whether a certificate is trusted is for the reader to know.
 */
public final class VerifyPdfViewModel {
    /** What verification found, for the dialog. */
    public record Result(Path pdf, boolean allValid, List<String> lines) {
        public Result {
            lines = List.copyOf(lines);
        }

        public String text() {
            return String.join("\n", lines);
        }
    }

    private final SignatureVerifier verifier;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    public VerifyPdfViewModel(SignatureVerifier verifier, UiExecutor executor, DialogService dialogs, Messages messages) {
        this.verifier = verifier;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Asks for the PDF (starting with {@code suggested}'s folder, if any), verifies it in the background, then shows. */
    public void chooseAndVerify(Path suggested, Consumer<Result> show) {
        dialogs.chooseOpenFile(messages.get("verify.choose"), "pdf", suggested == null ? null : suggested.getParent())
                .ifPresent(pdf -> verify(pdf, show));
    }

    public void verify(Path pdf, Consumer<Result> show) {
        executor.submit(messages.get("task.verify"), progress -> {
            VerificationReport report = verifier.verify(Files.readAllBytes(pdf));
            return new Result(pdf, report.allValid(), VerificationText.lines(report, pdf.getFileName().toString(),
                    messages::get));
        }, show, failure -> dialogs.error(messages.get("verify.failedTitle"), pdf + ": " + failure.getMessage()));
    }
}
