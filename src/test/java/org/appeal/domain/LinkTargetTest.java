package org.appeal.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Only web and e-mail addresses become links in a letter; everything a PDF reader could act on otherwise is refused. */
class LinkTargetTest {
    @Test
    void webAndMailAddressesAreAllowedInAnyCase() {
        for (String target : List.of("https://www.ohchr.org/en/hr-bodies/hrc/co-idprk/reportcoidprk",
                "http://example.org", "HTTPS://EXAMPLE.ORG/a?b=c#d", "Http://example.org:8080/x",
                "mailto:office@example.org", "MAILTO:office@example.org?subject=Letter")) {
            assertThat(LinkTarget.problem(target)).as(target).isEmpty();
        }
    }

    @Test
    void otherSchemesAreRefusedNamingTheScheme() {
        assertThat(LinkTarget.problem("javascript:alert(1)")).contains("the link 'javascript:alert(1)' uses"
                + " 'javascript:', which a letter may not link to; only http, https and mailto links are allowed");
        for (String target : List.of("JaVaScRiPt:alert(1)", "file:///etc/passwd", "file:letter.md",
                "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox", "VBScript:x", "ftp://example.org/x",
                "launch:calc.exe", "smb://host/share")) {
            assertThat(LinkTarget.problem(target)).as(target).hasValueSatisfying(p -> assertThat(p)
                    .contains("which a letter may not link to"));
        }
    }

    @Test
    void whitespaceAndControlCharactersCannotHideAScheme() {
        for (String target : List.of(" javascript:x", "java\tscript:x", "java\nscript:x", "java script:x",
                "\u0000javascript:x", "javascript\u00a0:x", "https://example.org/a b")) {
            assertThat(LinkTarget.problem(target)).as(target).hasValueSatisfying(p -> assertThat(p)
                    .contains("contains spaces or control characters"));
        }
    }

    @Test
    void relativeAndIncompleteLinksAreRefused() {
        for (String target : List.of("letter2.html", "../secret.pdf", "/etc/passwd", "#annex", "?q=1",
                "%6Aavascript:x", "//example.org/x", "&#106;avascript:x")) {
            assertThat(LinkTarget.problem(target)).as(target).hasValueSatisfying(p -> assertThat(p)
                    .contains("is not a full web address"));
        }
        assertThat(LinkTarget.problem("https:example.org")).contains("the link 'https:example.org' is not a complete"
                + " https address");
        assertThat(LinkTarget.problem("http://")).hasValueSatisfying(p -> assertThat(p).contains("not a complete"));
        assertThat(LinkTarget.problem("mailto:")).hasValueSatisfying(p -> assertThat(p).contains("not a complete"));
        assertThat(LinkTarget.problem("")).contains("an empty link target");
    }
}
