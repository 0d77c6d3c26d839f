package org.appeal.store.signon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.appeal.domain.Signatory;
import org.junit.jupiter.api.Test;

class SignOnPlannerTest {
    private final List<Signatory> existing = SignOnFixtures.existing();

    @Test
    void newSignatoriesGetStableIdsAndPositionsAfterTheLastOneInSheetOrder() {
        List<Signatory> withGap = new ArrayList<>(existing);
        withGap.add(new Signatory("late", Signatory.Kind.ORGANISATION, 10, "Late Org", "", "", "", null, null));

        ImportPlan plan = plan("Organisation,Date\nMédecins Example,2025-07-09\n하늘 새 모임,\n", withGap);

        assertThat(added(plan)).extracting(Signatory::id, Signatory::position, Signatory::signedOn).containsExactly(
                tuple("medecins-example-" + hashOf("Médecins Example"), 11, LocalDate.of(2025, 7, 9)),
                tuple("signatory-" + hashOf("하늘 새 모임"), 12, null));
        assertThat(plan("Organisation\nMédecins Example\n", withGap).firstAdditions().get(0).signatory().id())
                .isEqualTo(added(plan).get(0).id());
    }

    @Test
    void anIdThatIsTakenGetsASuffix() {
        String taken = "foo-bar-" + hashOf("Foo Bar");
        List<Signatory> list = List.of(new Signatory(taken, Signatory.Kind.ORGANISATION, 1, "Something Else", "", "",
                "", null, null));

        assertThat(plan("Organisation\nFoo Bar\n", list).firstAdditions().get(0).signatory().id()).isEqualTo(taken + "-2");
    }

    @Test
    void aMatchChangesOnlyWhatTheSheetSaysDifferentlyAndNeverEmptiesAField() {
        ImportPlan plan = plan("Name,Kind,Acronym,Title,Country,Date\n"
                + "foo ORGANISATION!,,,Board,,2025-07-05\n"
                + "Kim  Example,Organisation,,,Exampleland,2025-05-01\n", existing);

        assertThat(plan.firstUpdates()).extracting(u -> u.after().id()).containsExactly("foo-org", "kim-example");
        SignatoryUpdate foo = plan.firstUpdates().get(0);
        assertThat(foo.changes()).containsExactly(new FieldChange("title", "", "Board"));
        assertThat(foo.after()).isEqualTo(new Signatory("foo-org", Signatory.Kind.ORGANISATION, 1, "Foo Organisation",
                "FO", "Board", "Exampleland", LocalDate.of(2025, 7, 1), null));
        assertThat(plan.firstUpdates().get(1).changes()).containsExactly(
                new FieldChange("kind", "INDIVIDUAL", "ORGANISATION"),
                new FieldChange("country", "", "Exampleland"),
                new FieldChange("signedOn", "", "2025-05-01"));
    }

    @Test
    void anInferredKindNeverChangesAnExistingSignatory() {
        ImportPlan plan = plan("Organisation\nKim Example\n", existing);

        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.firstUpdates()).isEmpty();
    }

    @Test
    void aWithdrawnSignatoryStaysWithdrawn() {
        ImportPlan plan = plan("Organisation,Title\nGone Coalition,Back again\n", existing);

        assertThat(plan.firstUpdates().get(0).after().withdrawnOn()).isEqualTo(LocalDate.of(2025, 8, 1));
    }

    @Test
    void decomposedHangulIsStoredComposedAndMatchesTheComposedName() {
        String nfd = Normalizer.normalize("Organisation\n하늘시민연대\n구름연대\n", Normalizer.Form.NFD);

        ImportPlan plan = plan(nfd, existing);

        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(added(plan).get(0).name()).isEqualTo("구름연대").isNotEqualTo(Normalizer.normalize("구름연대",
                Normalizer.Form.NFD));
    }

    @Test
    void rowsWithDifferentIdsMayShareANameButNotAnId() {
        ImportPlan plan = plan("id,Name\nkim-1,Kim Min-jun\nkim-2,Kim Min-jun\nkim-1,Someone Else\n,Kim Min-jun\n",
                List.of());

        assertThat(added(plan)).extracting(Signatory::id).containsExactly("kim-1", "kim-2");
        assertThat(plan.firstRejections()).extracting(SheetProblem::row, SheetProblem::message).containsExactly(
                tuple(3, "the same id 'kim-1' as row 1: a sheet lists each signatory once"),
                tuple(4, "the same signatory as row 1 ('Kim Min-jun'): a sheet lists each signatory once"));
    }

    @Test
    void twoRowsMatchingOneSignatoryAreADuplicateEvenWhenOneUsesTheIdAndTheOtherTheName() {
        ImportPlan plan = plan("id,Organisation\nfoo-org,Foo Org Renamed\n,Foo Organisation\n", existing);

        assertThat(plan.firstRejections()).extracting(SheetProblem::toString).containsExactly(
                "row 2 (line 3): the same signatory as row 1 ('Foo Organisation', id foo-org): a sheet lists each "
                        + "signatory once");
    }

    @Test
    void aNameWithoutLettersOrDigitsIsRejectedSinceItCouldNotBeRecognisedAgain() {
        assertThat(plan("Organisation\n---\n", existing).firstRejections()).extracting(SheetProblem::toString)
                .containsExactly("row 1 (line 2): the name '---' has no letters or digits to recognise it by");
    }

    @Test
    void aNameSharedByTwoExistingSignatoriesNeedsAnId() {
        List<Signatory> twins = List.of(
                new Signatory("kim-a", Signatory.Kind.INDIVIDUAL, 1, "Kim Min-jun", "", "", "", null, null),
                new Signatory("kim-b", Signatory.Kind.INDIVIDUAL, 2, "Kim Min-jun", "", "", "", null, null));

        assertThat(plan("Name,Title\nKim Min-jun,Lawyer\n", twins).firstRejections()).extracting(SheetProblem::message)
                .containsExactly("the name matches 2 signatories (kim-a, kim-b); add an id column to say which");
        assertThat(plan("id,Name,Title\nkim-b,Kim Min-jun,Lawyer\n", twins).firstUpdates())
                .extracting(u -> u.after().id()).containsExactly("kim-b");
    }

    @Test
    void aNameSharedByManyNamesTheFirstFiveAndCountsTheRest() {
        List<Signatory> many = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            many.add(new Signatory("kim-" + i, Signatory.Kind.INDIVIDUAL, i, "Kim Min-jun", "", "", "", null, null));
        }

        assertThat(plan("Name\nKim Min-jun\n", many).firstRejections()).extracting(SheetProblem::message).containsExactly(
                "the name matches 7 signatories (kim-1, kim-2, kim-3, kim-4, kim-5 and 2 more); add an id column to say which");
    }

    /** 150 rows with two problems each: every one is counted, the first 100 problems are kept to show. */
    @Test
    void aPlanCountsEveryRejectedRowButKeepsOnlyTheFirstProblems() {
        StringBuilder sheet = new StringBuilder("Organisation,Kind,Date\n");
        for (int i = 1; i <= 150; i++) {
            sheet.append("Org ").append(i).append(",Sometimes,whenever\n");
        }

        ImportPlan plan = plan(sheet.toString(), existing);

        assertThat(plan.counts()).isEqualTo(new ImportPlan.Counts(0, 0, 0, 150, 300));
        assertThat(plan.firstRejections()).hasSize(ImportPlan.SHOWN_PROBLEMS);
        assertThat(plan.firstRejections().get(99).row()).isEqualTo(50);
        assertThat(plan.summary()).contains("would add 0, update 0, reject 150 (0 unchanged):\n",
                        "  and 200 more problems in rejected rows\n")
                .endsWith("nothing will be imported: 150 rows have problems; fix them, or import with skip bad rows to "
                        + "leave them out\n");
        assertThat(plan.summary().lines().filter(line -> line.startsWith("  reject "))).hasSize(100);
    }

    @Test
    void aRowCarriesItsContactAddressWithoutItBecomingPartOfTheSignatory() {
        List<SheetRow> rows = SignOnFixtures.rows("Organisation,Email Address\nMail Org, someone@example.org \n"
                .getBytes(StandardCharsets.UTF_8), ImportOptions.defaults());

        assertThat(rows.get(0).email()).isEqualTo("someone@example.org");
    }

    @Test
    void withProblemsAndNoSkippingThePlanRefusesToApplyAndSaysWhy() {
        ImportPlan plan = plan("Organisation,Date\nGood Org,2025-07-09\nBad Org,whenever\n", existing);

        assertThat(plan.canApply()).isFalse();
        assertThat(plan.blockers()).extracting(SheetProblem::toString).singleElement().asString()
                .startsWith("row 2 (line 3): Date: not a date: 'whenever'");
        assertThat(SignOnFixtures.apply("Organisation,Date\nGood Org,2025-07-09\nBad Org,whenever\n"
                .getBytes(StandardCharsets.UTF_8), ImportOptions.defaults(), existing).after()).isEqualTo(existing);
        assertThat(plan.summary()).startsWith("would add 1, update 0, reject 1 (0 unchanged):\n")
                .contains("  add row 1 (line 2): 'Good Org' (organisation, id good-org-")
                .contains("  reject row 2 (line 3): Date: not a date: 'whenever'")
                .endsWith("nothing will be imported: 1 row has problems; fix them, or import with skip bad rows to "
                        + "leave them out\n");
    }

    @Test
    void skippingBadRowsAppliesTheGoodOnesOnly() {
        SignOnFixtures.Applied applied = SignOnFixtures.apply("Organisation,Date\nGood Org,2025-07-09\nBad Org,whenever\n"
                .getBytes(StandardCharsets.UTF_8), ImportOptions.defaults().withSkipBadRows(true), existing);
        ImportPlan plan = applied.plan();
        List<Signatory> after = applied.after();

        assertThat(after).extracting(Signatory::name).containsExactly("Foo Organisation", "Kim Example", "하늘시민연대",
                "Gone Coalition", "Good Org");
        assertThat(plan.summary()).endsWith("ready to import; the 1 rejected row is left out\n");
    }

    @Test
    void reimportingAfterApplyingChangesNothing() {
        String sheet = "Timestamp,Organisation,Title,Country\n7/9/2025 10:00:00,New Org,,Exampleland\n"
                + "7/10/2025 10:00:00,Foo Organisation,Chair,\n";
        List<Signatory> after = SignOnFixtures.apply(sheet.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults(),
                existing).after();

        ImportPlan again = plan(sheet, after);

        assertThat(again.hasChanges()).isFalse();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.summary()).startsWith("would add 0, update 0, reject 0 (2 unchanged):").endsWith("nothing to change\n");
    }

    private static List<Signatory> added(ImportPlan plan) {
        return SignOnFixtures.added(plan);
    }

    private static ImportPlan plan(String sheet, List<Signatory> existing) {
        return new SignOnImport(ImportOptions.defaults()).plan(sheet.getBytes(StandardCharsets.UTF_8), existing);
    }

    private static String hashOf(String name) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(NameKey.of(name).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 3);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
