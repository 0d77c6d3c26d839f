package org.appeal.ui;

import org.appeal.ui.common.Messages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/appeal/ui/" + name)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void englishAndKoreanHaveTheSameKeys() throws IOException {
        // A count's forms are its language's own (PluralRule): Korean has no "count.*.one", English has it.
        java.util.Set<Object> english = new java.util.HashSet<>(load("messages.properties").keySet());
        english.removeIf(k -> k.toString().startsWith("count.") && k.toString().endsWith(".one"));
        assertThat(load("messages_ko.properties").keySet()).containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void koreanStringsAreHangulAndArgumentsAreFilledIn() {
        Messages messages = new Messages(Locale.KOREAN);
        assertThat(messages.get("menu.file")).isEqualTo("파일");
        assertThat(messages.get("status.saved", 3)).contains("3");
        messages.switchTo(Locale.ENGLISH);
        assertThat(messages.get("menu.file")).isEqualTo("File");
        assertThat(messages.get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
