package org.appeal.store.signon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignOnHeaderMappingTest {
    @Test
    void recognisesTheHeadersFormsAndSpreadsheetsWrite() {
        HeaderMapping mapping = resolve(List.of("Timestamp", "Organisation name (as it should appear on the letter)",
                "Title/Affiliation", "COUNTRY", "E-mail", "Acronym", "Signing as", "ID"), "");

        assertThat(mapping.problems()).isEmpty();
        assertThat(mapping.used()).containsExactlyInAnyOrderEntriesOf(Map.of(
                SheetField.SIGNED_ON, "Timestamp",
                SheetField.ORGANISATION, "Organisation name (as it should appear on the letter)",
                SheetField.TITLE, "Title/Affiliation",
                SheetField.COUNTRY, "COUNTRY",
                SheetField.EMAIL, "E-mail",
                SheetField.ACRONYM, "Acronym",
                SheetField.KIND, "Signing as",
                SheetField.ID, "ID"));
    }

    @Test
    void recognisesKoreanHeadersAndListsTheColumnsItIgnores() {
        HeaderMapping mapping = resolve(List.of("타임스탬프", "단체명", "직함", "이메일 주소", "하고 싶은 말"), "");

        assertThat(mapping.used()).containsOnlyKeys(SheetField.SIGNED_ON, SheetField.ORGANISATION, SheetField.TITLE,
                SheetField.EMAIL);
        assertThat(mapping.ignored()).containsExactly("하고 싶은 말");
    }

    @Test
    void anExplicitMappingComesFirstAndSettlesWhatMatchingCannot() {
        HeaderMapping mapping = resolve(List.of("Org", "Date", "Title, affiliation", "Affiliation", "Title"),
                "Org=name, Date=signed_on, \"Title, affiliation\"=title, Affiliation=ignore, Title=ignore");

        assertThat(mapping.problems()).isEmpty();
        assertThat(mapping.used()).containsExactlyInAnyOrderEntriesOf(Map.of(
                SheetField.NAME, "Org", SheetField.SIGNED_ON, "Date", SheetField.TITLE, "Title, affiliation"));
    }

    @Test
    void anExplicitMappingMatchesHeadersIgnoringCaseAndPunctuationWhenNoneIsExact() {
        HeaderMapping mapping = resolve(List.of("Group-Name", "Land"), "group name=organisation,LAND=country");

        assertThat(mapping.problems()).isEmpty();
        assertThat(mapping.headerOf(SheetField.ORGANISATION)).isEqualTo("Group-Name");
        assertThat(mapping.headerOf(SheetField.COUNTRY)).isEqualTo("Land");
    }

    @Test
    void reportsEveryMistakeOfAMappingAgainstTheHeaderLine() {
        HeaderMapping mapping = resolve(List.of("Org", "Date", "Place"),
                "Org=nme, Nowhere=name, Date=signedOn, Place=signedOn, Org, Org=name, Org=title");

        assertThat(mapping.problems()).extracting(SheetProblem::toString).containsExactly(
                "line 1: mapping entry 'Org' has no '=' (write Header=field, e.g. Org=name)",
                "line 1: mapping 'Org=nme': unknown field 'nme' (fields: name, organisation, kind, acronym, title, "
                        + "country, signedOn, email, id, ignore)",
                "line 1: mapping 'Nowhere=name': the sheet has no column 'Nowhere' (headers: 'Org', 'Date', 'Place')",
                "line 1: mapping gives field 'signedOn' two columns ('Date' and 'Place')",
                "line 1: Org: mapping names this column twice");
    }

    @Test
    void aDuplicateHeaderIsAProblemOnlyWhenItIsRead() {
        assertThat(resolve(List.of("Organisation", "Comments", "Comments"), "").problems()).isEmpty();
        assertThat(resolve(List.of("Organisation", "Comments", "Organisation"), "").problems())
                .extracting(SheetProblem::toString).containsExactly("line 1: Organisation: this header appears 2 times "
                        + "(columns 1 and 3); rename all but one in the sheet so that it is clear which to read");
        assertThat(resolve(List.of("Name", "Comments", "Comments"), "Comments=title").problems())
                .extracting(SheetProblem::message).singleElement().asString().startsWith("this header appears 2 times");
    }

    @Test
    void withoutANameColumnTheProblemListsTheHeadersFound() {
        assertThat(resolve(List.of("Timestamp", "Email", ""), "").problems()).extracting(SheetProblem::message)
                .containsExactly("no column for the signatory's name: expected a header such as 'Name', 'Organisation' "
                        + "or 'Organization name', or a mapping such as --map \"Header=name\"; headers found: "
                        + "'Timestamp', 'Email', ''");
    }

    @Test
    void headersAreCleanedLikeCells() {
        HeaderMapping mapping = resolve(List.of("\u00a0Organisation \u00a0", "Country\n"), "");

        assertThat(mapping.headers()).containsExactly("Organisation", "Country");
        assertThat(mapping.problems()).isEmpty();
    }

    private static HeaderMapping resolve(List<String> headers, String mapping) {
        return HeaderMapping.resolve(headers, mapping, 1);
    }
}
