package org.appeal.export;

import org.appeal.compose.FontLibrary;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;
import org.appeal.store.bundle.BundleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A batch that cannot write one of its files says which one, and which letters it wrote before
 * it: those stay, complete. (A folder of the third letter's name stands in the way here; on a
 * user's machine it is more likely a full disk.)
 */
class BatchExportPartialTest {
    @TempDir
    Path temp;

    @Test
    void aFileThatCannotBeWrittenIsNamedWithTheLettersWrittenBeforeIt() throws Exception {
        CampaignData data = new BundleReader().read(Path.of("seeds/sample-campaign"));
        Renderer renderer = new Renderer(new TemplateEngine(Path.of("templates")), new FontLibrary());
        ExportFileNames names = new ExportFileNames();
        List<Path> expected = data.recipients().stream().map(r -> temp.resolve(names.next(data.letter(), r))).toList();
        Path blocker = Files.createDirectories(expected.get(2));
        Files.writeString(blocker.resolve("keeps-it-from-being-replaced.txt"), "made up");

        assertThatThrownBy(() -> new BatchExport(renderer).export(data, data.recipients(), temp, (d, t, m) -> { }, () -> false))
                .isInstanceOfSatisfying(PartialExportException.class, e -> {
                    assertThat(e.failed()).isEqualTo(expected.get(2));
                    assertThat(e.written()).containsExactly(expected.get(0), expected.get(1));
                    assertThat(e.getMessage()).isEqualTo("cannot write " + expected.get(2) + " (2 letters were written before it)");
                });

        for (Path written : List.of(expected.get(0), expected.get(1))) {
            assertThat(Files.readAllBytes(written)).startsWith("%PDF-".getBytes());
        }
        assertThat(expected.get(3)).doesNotExist();
        assertThat(data.recipients()).extracting(Recipient::id).hasSize(4);
    }
}
