package org.appeal.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BatchCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int appeal(String... args) {
        return CliRun.appeal(out, err, args);
    }

    @Test
    void writesOneValidPdfPerRecipientNamedFromTheirFields() throws IOException {
        Path folder = temp.resolve("letters");

        int code = appeal("batch", "seeds/sample-campaign", "--out", folder.toString());

        assertThat(code).as(err.toString()).isZero();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly(
                    "2025-10-28_Foreign-Minister_Cho-Hyun.pdf",
                    "2025-10-28_President_Lee-Jae-myung.pdf",
                    "2025-10-28_Prime-Minister_Kim-Min-seok.pdf",
                    "2025-10-28_Unification-Minister_Chung-Dong-young.pdf");
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path pdf : files.toList()) {
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    assertThat(document.getNumberOfPages()).as(pdf.toString()).isEqualTo(3);
                }
                assertThat(RenderCommandTest.pdfaId(pdf)).as(pdf.toString()).isEqualTo("2A");
            }
        }
    }

    @Test
    void pdfa3GivesEveryLetterTheSignatoryList() throws IOException {
        Path folder = temp.resolve("letters");

        int code = appeal("batch", "seeds/sample-campaign", "--pdfa", "3", "--out", folder.toString());

        assertThat(code).as(err.toString()).isZero();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path pdf : files.toList()) {
                assertThat(RenderCommandTest.pdfaId(pdf)).as(pdf.toString()).isEqualTo("3A");
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    assertThat(document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames())
                            .as(pdf.toString()).containsOnlyKeys("signatories.csv");
                }
            }
        }
    }

    @Test
    void aBlockingProblemWritesNoFileAtAll() throws IOException {
        Path bundle = org.appeal.SampleBundle.copyTo(temp.resolve("bundle"));
        Files.writeString(bundle.resolve("letter.md"), "Dear $friend,\n");
        Path folder = temp.resolve("letters");

        int code = appeal("batch", bundle.toString(), "--out", folder.toString());

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("letter.md line 1, column 6: $friend is not defined");
        assertThat(folder).doesNotExist();
    }
}
