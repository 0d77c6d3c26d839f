package org.appeal.store.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paragraph marker whose number is too long for an {@code int} is reported like any number out
 * of order; it used to throw NumberFormatException out of the reader (found reading the code while
 * writing {@code BundleReaderFuzzTest}; its input {@code finding-huge-paragraph-number} replays it).
 */
class SourceTextMarkerNumberTest {
    @TempDir
    Path dir;

    @Test
    void aMarkerNumberTooLongForAnIntIsAProblemAtItsLine() {
        FixtureBundle bundle = new FixtureBundle()
                .text("sources.csv", "id,title,text_file\nsrc-a,A made-up source,sources/src-a.txt\n")
                .text("sources/src-a.txt", "¶ 1\nFirst made-up paragraph.\n¶ 99999999999\nNever read.\n");

        BundleException e = catchThrowableOfType(BundleException.class, () -> new BundleReader().read(bundle.writeTo(dir)));

        assertThat(e.problems()).extracting(BundleProblem::toString).containsExactly(
                "sources/src-a.txt:3: expected paragraph 2 here, found '¶ 99999999999' (paragraphs are numbered 1, 2, 3, ... in order)");
    }
}
