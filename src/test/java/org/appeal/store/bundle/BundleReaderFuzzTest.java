package org.appeal.store.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.appeal.domain.CampaignData;
import org.junit.jupiter.api.Timeout;

/**
 * Any folder of files read as a bundle: the reader either returns a campaign that the writer
 * writes back and the reader reads again unchanged, or refuses with problems that each name a
 * file, a line inside it and what is wrong; it never throws anything else. Without
 * {@code JAZZER_FUZZ} this replays the committed inputs in
 * {@code BundleReaderFuzzTestInputs/readsAnyFolder/} as a regression test; {@code bench/fuzz} fuzzes it.
 *
 * <p>An input is a folder written as text, the way {@code head} prints several files: a line
 * {@code ==> campaign.yaml <==} starts a file, and every byte up to the next such line is its
 * content (any bytes, not only UTF-8). Names are plain relative names, at most one folder deep,
 * so an input can never write outside its temporary folder.
 */
class BundleReaderFuzzTest {
    private static final Pattern FILE_LINE = Pattern.compile("==> ([A-Za-z0-9_-][A-Za-z0-9_.-]{0,39}"
            + "(?:/[A-Za-z0-9_-][A-Za-z0-9_.-]{0,39})?) <==");

    @DictionaryEntries({"==> ", " <==", "campaign.yaml", "letter.md", "recipients.csv", "signatories.csv",
            "resolutions.csv", "sponsorships.csv", "sources.csv", "evidence.csv", "sources/", "images/", "¶ ", "¶",
            "\\¶", "letters:", "  body: ", "  date: ", "text_file", "signature_image", "position", "PARAGRAPH",
            "ORGANISATION", "INDIVIDUAL", ",TO,", ",CC,", ",GA,", ",HRC,", "RECORDED_VOTE", "yes", "no", "footnotes",
            "oscola", "bibliography: ", "&a ", "*a", "!!str ", "\uFEFF", "\"\"", "2030-01-15", "99999999999"})
    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void readsAnyFolder(byte[] input) throws IOException {
        Map<String, byte[]> files = files(input);
        Path dir = Files.createTempDirectory("appeal-fuzz-bundle");
        try {
            write(dir, files);
            CampaignData data;
            try {
                data = new BundleReader().read(dir);
            } catch (BundleException e) {
                assertThat(e.problems()).isNotEmpty();
                for (BundleProblem p : e.problems()) {
                    assertThat(p.file()).as("file of %s", p).isNotBlank();
                    assertThat(p.message()).as("message of %s", p).isNotBlank();
                    assertThat(p.line()).as("line of %s", p).isGreaterThanOrEqualTo(0);
                    byte[] named = files.get(p.file());
                    if (named != null) {
                        assertThat(p.line()).as("line of %s", p).isLessThanOrEqualTo(lines(named) + 1);
                    }
                }
                return;
            }
            // The writer leaves files it does not own (signature images) where they are, so it writes over a copy.
            Path again = Files.createTempDirectory(dir, "written");
            write(again, files);
            new BundleWriter().write(data, again);
            assertSameCampaign(new BundleReader().read(again), data);
        } catch (BundleException e) {
            throw new AssertionError("a bundle the writer wrote cannot be read back: " + e.getMessage(), e);
        } finally {
            delete(dir);
        }
    }

    /** Part by part, so that a finding says which part the round trip changed. */
    private static void assertSameCampaign(CampaignData again, CampaignData data) {
        String as = "read again after writing: ";
        assertThat(again.campaign()).as(as + "campaign").isEqualTo(data.campaign());
        assertThat(again.letter()).as(as + "letter").isEqualTo(data.letter());
        assertThat(again.otherLetters()).as(as + "further letters").isEqualTo(data.otherLetters());
        assertThat(again.recipients()).as(as + "recipients").isEqualTo(data.recipients());
        assertThat(again.signatories()).as(as + "signatories").isEqualTo(data.signatories());
        assertThat(again.resolutions()).as(as + "resolutions").isEqualTo(data.resolutions());
        assertThat(again.sponsorships()).as(as + "sponsorships").isEqualTo(data.sponsorships());
        assertThat(again.sources()).as(as + "sources").isEqualTo(data.sources());
        assertThat(again.evidence()).as(as + "evidence").isEqualTo(data.evidence());
        assertThat(again).as(as + "campaign data").isEqualTo(data);
    }

    /** The files an input describes, in order; a later file of the same name replaces an earlier one. */
    static Map<String, byte[]> files(byte[] input) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String current = null;
        int contentStart = 0;
        int lineStart = 0;
        while (lineStart <= input.length) {
            int lineEnd = lineStart;
            while (lineEnd < input.length && input[lineEnd] != '\n') {
                lineEnd++;
            }
            String name = fileName(input, lineStart, lineEnd);
            if (name != null) {
                if (current != null) {
                    files.put(current, java.util.Arrays.copyOfRange(input, contentStart, lineStart));
                }
                current = name;
                contentStart = Math.min(lineEnd + 1, input.length);
            }
            lineStart = lineEnd + 1;
        }
        if (current != null) {
            files.put(current, java.util.Arrays.copyOfRange(input, contentStart, input.length));
        }
        return files;
    }

    private static String fileName(byte[] input, int from, int to) {
        if (to - from < 9 || input[from] != '=' || input[from + 1] != '=' || input[from + 2] != '>') {
            return null;
        }
        var matcher = FILE_LINE.matcher(new String(input, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1));
        if (!matcher.matches()) {
            return null;
        }
        String name = matcher.group(1);
        for (String part : name.split("/")) {
            if (part.equals(".") || part.equals("..")) {
                return null;
            }
        }
        return name;
    }

    private static void write(Path dir, Map<String, byte[]> files) {
        files.forEach((name, bytes) -> {
            Path file = dir.resolve(name);
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            } catch (IOException e) {
                // A name already taken by a folder (or a folder by a file): that file is left out.
            }
        });
    }

    private static long lines(byte[] bytes) {
        long lines = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
                lines++;
            }
        }
        return lines;
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
