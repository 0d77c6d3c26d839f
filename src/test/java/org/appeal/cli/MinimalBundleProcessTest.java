package org.appeal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bundle of only campaign.yaml, recipients.csv, signatories.csv and a body, imported by a real
 * {@code appeal} process and exported again without the files it did not have. Made-up content.
 */
class MinimalBundleProcessTest {
    @TempDir
    Path temp;

    @Test
    void aBundleWithoutResolutionFilesImportsAndExportsWithoutThem() throws Exception {
        Path bundle = Files.createDirectories(temp.resolve("first-letter"));
        write(bundle.resolve("campaign.yaml"), """
                format: 1
                id: first-letter
                title: "A first letter (made up)"
                language: en
                letter:
                  subject: "A made-up subject"
                  date: 2030-03-01
                  body: letter.md
                """);
        write(bundle.resolve("letter.md"), "Dear $recipient.formOfAddress,\n\nA made-up request.\n");
        write(bundle.resolve("recipients.csv"), """
                id,role,name,form_of_address
                minister,TO,Alpha Example,Minister Example
                """);
        write(bundle.resolve("signatories.csv"), """
                id,kind,name
                example-org,ORGANISATION,Example Organisation
                """);

        CliRun.Result imported = CliRun.process(CliRun.Launch.in(temp), "import", "bundle", bundle.toString(),
                "-w", "w.db");

        assertThat(imported.exit()).as(imported.toString()).isZero();
        assertThat(imported.out()).isEqualTo("first-letter\n");
        assertThat(imported.err()).isEmpty();

        CliRun.Result exported = CliRun.process(CliRun.Launch.in(temp), "export", "bundle", "first-letter", "out",
                "-w", "w.db");
        assertThat(exported.exit()).as(exported.toString()).isZero();
        assertThat(exported.err()).isEmpty();
        try (var files = Files.list(temp.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("campaign.yaml", "letter.md", "recipients.csv", "signatories.csv");
        }
    }

    private static void write(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
