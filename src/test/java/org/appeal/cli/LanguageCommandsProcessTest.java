package org.appeal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.appeal.compose.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render} and {@code batch} print a letter's language versions: {@code --language} picks one,
 * {@code --bilingual} joins two into one PDF. Run as a real process on the sample campaign.
 */
class LanguageCommandsProcessTest {
    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    @Test
    void renderPrintsTheKoreanVersionOrBothVersionsInOnePdf() throws Exception {
        Path korean = temp.resolve("korean.pdf");
        Path bilingual = temp.resolve("bilingual.pdf");

        Run one = appeal("render", "seeds/sample-campaign", "--language", "ko", "--out", korean.toString());
        Run two = appeal("render", "seeds/sample-campaign", "--language", "ko", "--bilingual", "en", "--out",
                bilingual.toString());

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.out()).isEqualTo("Wrote " + korean + " (letter to Lee Jae-myung)\n");
        assertThat(PdfText.withoutFooters(Files.readAllBytes(korean))).contains("대통령님께").doesNotContain("Dear");
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(two.out()).isEqualTo("Wrote " + bilingual + " (letter to Lee Jae-myung; letter-ko, then letter)\n");
        assertThat(two.err()).contains("warning: recipient 'president': e-mail \"president.go.kr\"");
        try (PDDocument pdf = Loader.loadPDF(bilingual.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(6);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("ko");
        }
        String text = PdfText.withoutFooters(Files.readAllBytes(bilingual));
        assertThat(text.indexOf("대통령님께")).isNotNegative().isLessThan(text.indexOf("Dear President Lee Jae-myung,"));
    }

    @Test
    void aLanguageTheLetterHasNoVersionInIsBadInputAndWritesNothing() throws Exception {
        Path pdf = temp.resolve("letter.pdf");

        Run french = appeal("render", "seeds/sample-campaign", "--language", "fr", "--out", pdf.toString());
        Run alone = appeal("render", "seeds/sample-campaign", "--letter", "briefing", "--bilingual", "--out",
                pdf.toString());

        assertThat(french.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(french.err()).isEqualTo("appeal: letter 'letter' has no version in 'fr' (versions: letter (en),"
                + " letter-ko (ko)); a translation names it with translation_of in campaign.yaml\n");
        assertThat(alone.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(alone.err()).isEqualTo("appeal: --bilingual needs a language: letter 'briefing' has no other"
                + " version (versions: briefing (en))\n");
        assertThat(french.out() + alone.out()).isEmpty();
        assertThat(pdf).doesNotExist();
    }

    @Test
    void batchWritesOneBilingualPdfPerRecipientNamedWithItsLanguages() throws Exception {
        Path folder = temp.resolve("out");

        Run run = appeal("batch", "seeds/sample-campaign", "--bilingual", "--out", folder.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly(
                    "2025-10-28_Foreign-Minister_Cho-Hyun_en-ko.pdf",
                    "2025-10-28_President_Lee-Jae-myung_en-ko.pdf",
                    "2025-10-28_Prime-Minister_Kim-Min-seok_en-ko.pdf",
                    "2025-10-28_Unification-Minister_Chung-Dong-young_en-ko.pdf");
        }
        assertThat(run.out().lines()).hasSize(4).allSatisfy(l -> assertThat(l).startsWith("Wrote "));
    }

    private Run appeal(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                "-Dappeal.home=" + Path.of("").toAbsolutePath(), "org.appeal.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "stdout", ".txt");
        Path err = Files.createTempFile(temp, "stderr", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the command ends").isTrue();
        Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        assertThat(run.err() + run.out()).doesNotContain("Exception", "\tat ");
        return run;
    }
}
