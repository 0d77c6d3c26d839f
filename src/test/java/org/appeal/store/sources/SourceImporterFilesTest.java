package org.appeal.store.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.appeal.domain.Source;
import org.appeal.store.ImportException;
import org.appeal.store.ImportProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents written by the tests themselves; their text is made up. */
class SourceImporterFilesTest {
    @TempDir
    Path dir;

    private final SourceImporter importer = new SourceImporter();

    private ImportException importFails(Path file) {
        return catchThrowableOfType(ImportException.class,
                () -> importer.importFile(file, SourceMetadata.withId("s")));
    }

    @Test
    void markdownHeadingsAreNotParagraphsAndMarkupIsKept() throws Exception {
        Path file = Files.writeString(dir.resolve("statement.md"), """
                # A made-up statement

                The first paragraph runs
                over two lines with **bold** text.

                ## A section

                The second paragraph, with a [link](https://example.org).

                Another heading
                ===============

                - a list item
                - another item
                """);

        Source source = importer.importFile(file, SourceMetadata.withId("s"));

        assertThat(source.title()).isEqualTo("A made-up statement");
        assertThat(source.paragraphs()).containsExactly(
                "The first paragraph runs\nover two lines with **bold** text.",
                "The second paragraph, with a [link](https://example.org).",
                "- a list item\n- another item");
    }

    @Test
    void aGeneratedPdfWithTwoParagraphs() throws Exception {
        Path file = dir.resolve("made-up.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            document.getDocumentInformation().setTitle("A made-up PDF");
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                text.setLeading(14);
                text.newLineAtOffset(72, 700);
                text.showText("The first made-up paragraph starts on this line");
                text.newLine();
                text.showText("and ends on the next one.");
                text.newLine();
                text.newLine();
                text.newLine();
                text.showText("The second made-up paragraph is short.");
                text.endText();
            }
            document.save(file.toFile());
        }

        Source source = importer.importFile(file, SourceMetadata.withId("s"));

        assertThat(source.title()).isEqualTo("A made-up PDF");
        assertThat(source.paragraphs()).containsExactly(
                "The first made-up paragraph starts on this line\nand ends on the next one.",
                "The second made-up paragraph is short.");
    }

    @Test
    void aCorruptPdfGivesAClearErrorNamingTheFile() throws Exception {
        Path file = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));

        ImportException e = importFails(file);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("broken.pdf");
            assertThat(p.message()).startsWith("not a readable PDF (damaged or not a PDF at all)");
        });
        assertThat(e.getMessage()).startsWith("broken.pdf:0: not a readable PDF");
    }

    @Test
    void aPasswordProtectedPdfSaysSo() throws Exception {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }

        assertThat(importFails(file).problems()).extracting(ImportProblem::file, ImportProblem::message)
                .containsExactly(tuple("locked.pdf",
                        "the PDF is password-protected; save a copy without the password and import that"));
    }

    @Test
    void aPdfWithoutTextIsRefused() throws Exception {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(file.toFile());
        }

        assertThat(importFails(file).problems()).extracting(ImportProblem::message).singleElement().asString()
                .startsWith("the PDF has no text to extract");
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithItsLine() throws IOException {
        byte[] bytes = "First line\nSecond line\nCaf\u00e9 on the third line\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.txt"), bytes);

        assertThat(importFails(file).problems()).extracting(ImportProblem::file, ImportProblem::line)
                .containsExactly(tuple("latin1.txt", 3L));
    }

    @Test
    void windowsLineBreaksAndAByteOrderMarkReadLikePlainText() throws Exception {
        Path file = Files.writeString(dir.resolve("windows.txt"),
                "\uFEFFMade-up heading line\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n");

        Source source = importer.importFile(file, SourceMetadata.withId("s"));

        assertThat(source.title()).isEqualTo("Made-up heading line");
        assertThat(source.paragraphs()).containsExactly("Made-up heading line", "First paragraph.", "Second paragraph.");
    }

    @Test
    void otherFilesAndEmptyOnesAreRefused() throws Exception {
        assertThat(importFails(Files.writeString(dir.resolve("notes.docx"), "x")).problems())
                .extracting(ImportProblem::message)
                .containsExactly("not a text, Markdown or PDF file (expected .txt, .md or .pdf)");
        assertThat(importFails(Files.writeString(dir.resolve("empty.txt"), "\n\n# Only a heading\n")).problems())
                .extracting(ImportProblem::message).containsExactly("the document has no paragraphs of text");
        assertThat(importFails(dir.resolve("missing.txt")).problems())
                .extracting(ImportProblem::message).containsExactly("file does not exist");
        assertThat(importFails(Files.write(dir.resolve("binary.txt"), new byte[] {'a', '\n', 0, 1})).problems())
                .extracting(ImportProblem::line, ImportProblem::message)
                .containsExactly(tuple(2L, "contains NUL characters: not a text file"));
    }
}
