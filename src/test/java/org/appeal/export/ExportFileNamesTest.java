package org.appeal.export;

import org.appeal.domain.LetterDraft;
import org.appeal.domain.Recipient;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Recipients here are made up. */
class ExportFileNamesTest {
    private final LetterDraft letter = new LetterDraft("", LocalDate.of(2025, 10, 28), "", null, null);

    private static Recipient recipient(String form, String name, String title) {
        return new Recipient("r", Recipient.Role.TO, 1, form, name, title, "", List.of(), "", "");
    }

    @Test
    void namesCarryDateOfficeAndName() {
        ExportFileNames names = new ExportFileNames();

        assertThat(names.next(letter, recipient("President Lee Jae-myung", "Lee Jae-myung", "President of the Republic of Korea")))
                .isEqualTo("2025-10-28_President_Lee-Jae-myung.pdf");
        assertThat(names.next(letter, recipient("", "Cho Hyun", "Foreign Minister")))
                .isEqualTo("2025-10-28_Foreign-Minister_Cho-Hyun.pdf");
    }

    @Test
    void hangulIsKeptAndPathCharactersAreNot() {
        assertThat(new ExportFileNames().next(letter, recipient("", "김민석 / ../etc", "국무총리")))
                .isEqualTo("2025-10-28_국무총리_김민석-etc.pdf");
    }

    @Test
    void sameNameTwiceGetsANumber() {
        ExportFileNames names = new ExportFileNames();
        Recipient kim = recipient("", "Kim", "Minister");

        assertThat(List.of(names.next(letter, kim), names.next(letter, kim)))
                .containsExactly("2025-10-28_Minister_Kim.pdf", "2025-10-28_Minister_Kim-2.pdf");
    }
}
