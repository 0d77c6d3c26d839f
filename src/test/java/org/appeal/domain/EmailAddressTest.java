package org.appeal.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressTest {
    @ParameterizedTest
    @ValueSource(strings = {"minister@example.invalid", "first.last+appeal@mail.example.org", "kim@예시.kr",
            " padded@example.org "})
    void theseCanBeSentTo(String address) {
        assertThat(EmailAddress.problem(address)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // The sample campaign's own e-mail field for the President.
            "president.go.kr|'president.go.kr' has no @: it looks like a web domain, not an e-mail address",
            "''|no e-mail address",
            "mailto:x@example.org|'mailto:x@example.org' is a link: write the address without 'mailto:'",
            "kim @example.org|'kim @example.org' has a space or control character in it",
            "a@b@example.org|'a@b@example.org' has more than one @",
            "@example.org|'@example.org' has nothing before the @",
            "kim@|'kim@' has nothing after the @",
            "kim@localhost|'kim@localhost' has no dot after the @, so no mail domain",
            "kim@example..org|'kim@example..org' has a misplaced dot after the @",
            "kim.@example.org|'kim.@example.org' has a misplaced dot before the @",
            "<kim>@example.org|'<kim>@example.org' has '<' before the @, which mail servers refuse",
            "kim@exa_mple.org|'kim@exa_mple.org' has '_' after the @, which no mail domain has",
            "kim@-example.org|'kim@-example.org' has a domain part that starts or ends with '-'"})
    void theseAreNotSentToAndTheReasonSaysWhy(String address, String reason) {
        assertThat(EmailAddress.problem(address)).contains(reason);
        assertThat(EmailAddress.looksValid(address)).isFalse();
    }
}
