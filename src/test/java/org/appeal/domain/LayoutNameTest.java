package org.appeal.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A layout is named by a plain file name, never a path. */
class LayoutNameTest {
    @Test
    void plainFileNamesAreLayoutNames() {
        for (String name : List.of("letter.html.vm", "briefing.html.vm", "서한.html.vm", "my layout.vm")) {
            assertThat(LayoutName.problem(name)).as(name).isEmpty();
        }
    }

    @Test
    void pathsAndUrlsAreNot() {
        for (String name : List.of("../../../../etc/passwd", "/etc/passwd", "partials/addressee.vm", "..", ".",
                "..\\..\\windows\\win.ini", "C:\\x.vm", "file:///etc/passwd", "letter.html.vm\n", " letter.html.vm")) {
            assertThat(LayoutName.problem(name)).as(name).contains("'" + name + "' is a path, not a file name");
        }
    }
}
