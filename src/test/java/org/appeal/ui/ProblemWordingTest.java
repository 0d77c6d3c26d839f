package org.appeal.ui;

import org.appeal.store.bundle.BundleException;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.signon.SheetProblem;
import org.appeal.ui.common.ListedProblem;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.ProblemWording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Readers' problems in plain words first, then where they are; English and Korean. The bundle is made up. */
class ProblemWordingTest {
    @TempDir
    Path dir;

    @Test
    void aBundlesProblemsArePlainWordsFirstThenFileLineAndField() throws Exception {
        Files.writeString(dir.resolve("recipients.csv"), "id,role,name\nalpha,BCC,Alpha Example\n");
        BundleException e = catchThrowableOfType(BundleException.class, () -> new BundleReader().read(dir));
        ProblemWording wording = new ProblemWording(new Messages(Locale.ENGLISH));

        assertThat(e.problems().stream().map(wording::of).map(ListedProblem::text).toList()).containsExactly(
                "The file campaign.yaml is missing from the folder.\n    campaign.yaml: file is missing",
                "In recipients.csv, line 2 has \"BCC\" in \"role\", which is not one of the allowed values (TO, CC).\n"
                        + "    recipients.csv, line 2, column or key \"role\": unknown value 'BCC' (expected one of TO, CC)",
                "The file signatories.csv is missing from the folder.\n    signatories.csv: file is missing");
    }

    @Test
    void aSheetsRowIsNamedAndAnAmbiguousDateExplainedInKorean() {
        ProblemWording wording = new ProblemWording(new Messages(Locale.KOREAN));

        ListedProblem problem = wording.of("sheet.csv", new SheetProblem(4, 5, "Date", "ambiguous date: '05/11/2026' is"
                + " 2026-11-05 read day first and 2026-05-11 read month first; choose the date order (DMY or MDY)"));

        assertThat(problem.plain()).isEqualTo("sheet.csv의 5번째 줄 \"Date\"의 날짜는 두 가지로 읽힙니다: 시트의 날짜 순서를 선택하세요.");
        assertThat(problem.where()).startsWith("4행, sheet.csv, 5번째 줄, 열 또는 키 \"Date\": ambiguous date");
    }

    @Test
    void anUnknownMessageIsIntroducedNeverDropped() {
        ListedProblem problem = new ProblemWording(new Messages(Locale.ENGLISH)).of("campaign.yaml", 3, "letters.x",
                "a letter's name is lower-case");

        assertThat(problem.text()).isEqualTo("There is a problem in campaign.yaml, line 3.\n"
                + "    campaign.yaml, line 3, column or key \"letters.x\": a letter's name is lower-case");
    }
}
