package org.appeal.store.signon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.appeal.domain.Signatory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the corpus against the made-up campaign of {@link SignOnFixtures}, with what the
 * import must make of it. Applicable plans are applied and the sheet planned again, which must then
 * change nothing; plans that cannot apply must refuse to, leaving the list as it was.
 */
class SignOnCorpusTest {
    /**
     * @param rejected     rejected rows
     * @param firstProblem a part of the first problem's text; {@code null} when there must be none
     */
    record Case(String file, String optionsText, UnaryOperator<ImportOptions> options, int added, int updated,
                int rejected, int unchanged, boolean canApply, String firstProblem) {
        @Override
        public String toString() {
            return file + (optionsText.isEmpty() ? "" : " [" + optionsText + "]");
        }
    }

    static Stream<Case> corpus() {
        return Stream.of(
                ok("01-google-forms-us.csv", 3, 0, 0),
                ok("02-utf8-bom.csv", 2, 0, 0),
                ok("03-crlf.csv", 2, 0, 0),
                ok("04-semicolon.csv", 3, 0, 0),
                ok("05-tab.csv", 2, 0, 0),
                ok("06-quoted-commas.csv", 2, 0, 0),
                bad("07-quoted-newlines.csv", 1, 0, 1, "row 2 (line 5): Date: not a date: 'not-a-date'"),
                ok("08-doubled-quotes.csv", 2, 0, 0),
                ok("09-hangul-utf8.csv", 2, 0, 1),
                ok("10-hangul-cp949.csv", 2, 0, 1),
                ok("11-hangul-nfd.csv", 1, 0, 1),
                ok("12-windows-1252.csv", 3, 0, 0),
                bad("13-empty-lines.csv", 1, 0, 1, "row 2 (line 8): Date: not a date: 'someday'"),
                bad("14-missing-name-column.csv", 0, 0, 0, "line 1: no column for the signatory's name"),
                bad("15-duplicate-header.csv", 0, 0, 0,
                        "line 1: Organisation: this header appears 2 times (columns 1 and 3)"),
                with("16-invalid-utf8.csv", "", o -> o, 1, 0, 1, 1, false, "row 2 (line 3): Organisation: bytes "
                        + "not valid UTF-8 in 'Broken \uFFFD Bytes Org' (the encoding detected"),
                bad("17-cp949-invalid.csv", 2, 0, 1, "row 2 (line 3): Organisation: bytes not valid CP949"),
                with("18-unknown-mapping-target.csv", "map Org=nme", o -> o.withMapping("Org=nme"),
                        0, 0, 0, 0, false, "mapping 'Org=nme': unknown field 'nme'"),
                ok("19-header-only.csv", 0, 0, 0),
                bad("20-ragged-rows.csv", 2, 0, 1, "row 2 (line 3): the row has 4 values but the header has 3 columns"),
                bad("21-bad-dates.csv", 1, 0, 3, "row 1 (line 2): Date: not a date: 'yesterday'"),
                ok("22-reimport-same.csv", 0, 0, 4),
                ok("23-updates.csv", 0, 2, 0),
                with("24-skip-bad-rows.csv", "skip bad rows", o -> o.withSkipBadRows(true),
                        2, 0, 1, 0, true, "row 2 (line 3): Date: no such day: '2025-13-01'"),
                with("24-skip-bad-rows.csv", "", o -> o,
                        2, 0, 1, 0, false, "row 2 (line 3): Date: no such day: '2025-13-01'"),
                with("25-explicit-map.csv", "map", o -> o.withMapping("Signing body=organisation,When=signedOn,Nation=country"),
                        1, 0, 0, 0, true, null),
                with("25-explicit-map.csv", "", o -> o,
                        0, 0, 0, 0, false, "no column for the signatory's name"),
                with("26-map-header-missing.csv", "map Group Name=name", o -> o.withMapping("Group Name=name"),
                        0, 0, 0, 0, false, "the sheet has no column 'Group Name'"),
                bad("27-duplicate-rows.csv", 2, 0, 1, "row 3 (line 4): the same signatory as row 1 ('Twice Example Org')"),
                ok("28-id-column.csv", 1, 1, 0),
                bad("29-kind-column.csv", 3, 0, 1, "row 4 (line 5): Type: unknown kind 'Sometimes'"),
                ok("30-org-and-name.csv", 2, 0, 0),
                ok("31-google-forms-korean.csv", 2, 0, 0),
                with("32-dmy-dates.csv", "dateOrder DMY", o -> o.withDateOrder(ImportOptions.DateOrder.DMY),
                        2, 0, 0, 0, true, null),
                with("32-dmy-dates.csv", "", o -> o,
                        1, 0, 1, 0, false, "row 1 (line 2): Date: no such day: '13/07/2025' read as month/day/year "
                                + "(if the sheet writes the day first, set dateOrder=DMY)"),
                bad("33-empty-file.csv", 0, 0, 0, "the sheet is empty"),
                bad("34-unclosed-quote.csv", 1, 0, 0, "row 2 (line 3): cannot read the sheet from this row on"),
                with("35-windows-1252-invalid.csv", "encoding Windows-1252",
                        o -> o.withEncoding(SheetEncoding.forName("Windows-1252")),
                        1, 0, 1, 0, false, "row 2 (line 3): Organisation: bytes not valid Windows-1252 in "
                                + "'Bad \uFFFD Byte Org' (the encoding given"),
                bad("35-windows-1252-invalid.csv", 1, 0, 1, "bytes not valid Windows-1252"),
                with("36-utf8-given-invalid.csv", "encoding UTF-8", o -> o.withEncoding(SheetEncoding.forName("utf8")),
                        0, 0, 1, 0, false, "row 1 (line 2): Organisation: bytes not valid UTF-8"),
                ok("36-utf8-given-invalid.csv", 1, 0, 0),
                bad("37-ambiguous-columns.csv", 0, 0, 0,
                        "columns 'Title' (column 2), 'Affiliation' (column 3) both look like the title"),
                with("37-ambiguous-columns.csv", "map Affiliation=ignore", o -> o.withMapping("Affiliation=ignore"),
                        1, 0, 0, 0, true, null),
                bad("38-empty-name.csv", 1, 0, 1, "row 1 (line 2): Organisation: the name is empty"),
                ok("39-excel-bom-semicolon-crlf.csv", 1, 0, 0),
                ok("40-nbsp-spaces.csv", 0, 0, 2),
                ok("41-date-forms.csv", 9, 0, 0),
                bad("42-id-name-conflict.csv", 0, 0, 1,
                        "row 1 (line 2): id 'new-id-for-foo' is new, but the name is that of signatory foo-org"),
                bad("43-only-blank-lines.csv", 0, 0, 0, "the sheet is empty"),
                bad("44-text-after-quote.csv", 1, 0, 0, "row 2 (line 3): cannot read the sheet from this row on"),
                ok("45-unknown-headers-ignored.csv", 1, 0, 0),
                with("46-mapping-syntax-error.csv", "map Org name", o -> o.withMapping("Org name"),
                        0, 0, 0, 0, false, "mapping entry 'Org name' has no '='"),
                ok("47-cp949-extension-hangul.csv", 1, 0, 0),
                with("47-cp949-extension-hangul.csv", "encoding EUC-KR", o -> o.withEncoding(SheetEncoding.forName("EUC-KR")),
                        1, 0, 0, 0, true, null),
                ok("48-windows-1252-curly-apostrophe.csv", 1, 0, 0),
                bad("49-bad-kind-and-date.csv", 0, 0, 1, "row 1 (line 2): Kind: unknown kind 'Sometimes'"),
                with("50-invalid-bytes-in-header.csv", "encoding UTF-8", o -> o.withEncoding(SheetEncoding.forName("UTF-8")),
                        0, 0, 0, 0, false, "line 1: the header has bytes not valid UTF-8"),
                // One stray byte in an otherwise ASCII file is valid Windows-1252: detection cannot know better.
                ok("50-invalid-bytes-in-header.csv", 1, 0, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachFileGivesItsExpectedResult(Case c) {
        List<Signatory> existing = SignOnFixtures.existing();
        ImportPlan plan = SignOnFixtures.plan(c.file(), c.options().apply(ImportOptions.defaults()));

        assertThat(plan.counts().added()).as(plan.summary()).isEqualTo(c.added());
        assertThat(plan.firstAdditions()).as(plan.summary()).hasSize(c.added());
        assertThat(plan.counts().updated()).as(plan.summary()).isEqualTo(c.updated());
        assertThat(plan.firstUpdates()).as(plan.summary()).hasSize(c.updated());
        assertThat(plan.rejectedRows()).as(plan.summary()).isEqualTo(c.rejected());
        assertThat(plan.unchanged()).as(plan.summary()).isEqualTo(c.unchanged());
        assertThat(plan.canApply()).as(plan.summary()).isEqualTo(c.canApply());
        if (c.firstProblem() == null) {
            assertThat(plan.problems()).as(plan.summary()).isEmpty();
        } else {
            assertThat(plan.problems()).as(plan.summary()).isNotEmpty();
            assertThat(plan.problems().get(0).toString()).contains(c.firstProblem());
        }
        assertAllOrNothing(c, existing, plan);
    }

    private static void assertAllOrNothing(Case c, List<Signatory> existing, ImportPlan plan) {
        SignOnFixtures.Applied applied = SignOnFixtures.apply(readBytes(c.file()),
                c.options().apply(ImportOptions.defaults()), existing);
        assertThat(applied.plan()).isEqualTo(plan);
        if (!plan.canApply()) {
            assertThat(applied.after()).isEqualTo(SignOnFixtures.existing());
            return;
        }
        List<Signatory> after = applied.after();
        assertThat(after).hasSize(existing.size() + c.added());
        assertThat(after.stream().map(Signatory::id).distinct()).hasSize(after.size());
        ImportPlan again = new SignOnImport(c.options().apply(ImportOptions.defaults()).withSkipBadRows(true))
                .plan(readBytes(c.file()), after);
        assertThat(again.counts().added()).as("re-import\n" + again.summary()).isZero();
        assertThat(again.counts().updated()).as("re-import\n" + again.summary()).isZero();
    }

    @Test
    void theCorpusHasAtLeastThirtyFilesAndTheTableCoversEach() {
        List<String> files = SignOnFixtures.corpusFiles();
        Set<String> inTable = corpus().map(Case::file).collect(Collectors.toSet());

        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        assertThat(inTable).containsExactlyInAnyOrderElementsOf(files);
    }

    private static byte[] readBytes(String file) {
        try {
            return java.nio.file.Files.readAllBytes(SignOnFixtures.corpus(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Case ok(String file, int added, int updated, int unchanged) {
        return new Case(file, "", o -> o, added, updated, 0, unchanged, true, null);
    }

    private static Case bad(String file, int added, int updated, int rejected, String firstProblem) {
        return new Case(file, "", o -> o, added, updated, rejected, 0, false, firstProblem);
    }

    private static Case with(String file, String optionsText, UnaryOperator<ImportOptions> options, int added,
                             int updated, int rejected, int unchanged, boolean canApply, String firstProblem) {
        return new Case(file, optionsText, options, added, updated, rejected, unchanged, canApply, firstProblem);
    }
}
