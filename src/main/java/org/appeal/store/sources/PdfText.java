package org.appeal.store.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.appeal.store.ImportException;
import org.appeal.store.ImportProblem;

/**
 * The text layer of a PDF, as PDFBox extracts it. Where PDFBox sees a paragraph end (a large
 * vertical gap or an indent, and each page's end) it leaves a blank line, so that the text splits
 * into paragraphs the same way a text file does.
 */
final class PdfText {
    /** @param title the title in the document's properties, if it has one */
    record Extracted(String text, Optional<String> title) {
    }

    private PdfText() {
    }

    static Extracted read(Path file, String name) throws ImportException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(new ImportProblem(name, 0, "", "file does not exist"), null);
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            String text = stripper.getText(document);
            if (text.isBlank()) {
                throw new ImportException(new ImportProblem(name, 0, "",
                        "the PDF has no text to extract (a scanned document? run text recognition on it first)"), null);
            }
            return new Extracted(text, title(document.getDocumentInformation()));
        } catch (InvalidPasswordException e) {
            throw new ImportException(new ImportProblem(name, 0, "",
                    "the PDF is password-protected; save a copy without the password and import that"), e);
        } catch (IOException e) {
            throw new ImportException(new ImportProblem(name, 0, "",
                    "not a readable PDF (damaged or not a PDF at all): " + e.getMessage()), e);
        }
    }

    private static Optional<String> title(PDDocumentInformation info) {
        String title = info == null ? null : info.getTitle();
        return title == null || title.isBlank() ? Optional.empty() : Optional.of(title.strip());
    }
}
