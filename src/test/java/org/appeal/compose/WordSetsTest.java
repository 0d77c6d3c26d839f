package org.appeal.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.appeal.domain.LetterWord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words files beside the templates: complete for English and Korean, and every fault named with its file and line. */
class WordSetsTest {
    @TempDir
    Path templates;

    @Test
    void theEnglishAndKoreanFilesHaveEveryWordAndNoOther() throws Exception {
        for (String language : new String[] {"en", "ko"}) {
            Properties words = new Properties();
            words.load(Files.newBufferedReader(Path.of("templates/words/" + language + ".properties"), StandardCharsets.UTF_8));
            assertThat(words.stringPropertyNames()).as(language).containsExactlyInAnyOrderElementsOf(
                    java.util.Arrays.stream(LetterWord.values()).map(LetterWord::key).toList());
            WordSets.Words read = new WordSets(Path.of("templates")).of(language, Map.of(), Map.of());
            assertThat(read.problems()).as(language).isEmpty();
        }
        WordSets.Words korean = new WordSets(Path.of("templates")).of("ko-KR", Map.of(), Map.of());
        assertThat(korean.get(LetterWord.SIGNATORIES)).isEqualTo("서명 명단({date} 기준)");
        assertThat(korean.get(LetterWord.PAGE)).isEqualTo("- {page} -");
    }

    @Test
    void aMissingWordAnUnknownKeyAndAWrongPlaceAreNamedWithTheirLines() throws Exception {
        Files.createDirectories(templates.resolve("words"));
        String english = Files.readString(Path.of("templates/words/en.properties"));
        Files.writeString(templates.resolve("words/xx.properties"), english
                .replace("closing = Sincerely,\n", "")
                .replace("groups = Groups\n", "groups = Groups\nfarewell = Bye\n")
                .replace("salutation = Dear {name},", "salutation = Dear {nmae},"));

        WordSets.Words words = new WordSets(templates).of("xx", Map.of(), Map.of(LetterWord.CLOSING, "Bye,"));

        assertThat(words.problems()).extracting(Object::toString).containsExactlyInAnyOrder(
                "words/xx.properties line 19: 'farewell' is no layout word (the words are " + LetterWord.keys() + ")",
                "words/xx.properties line 7: 'salutation' has no place {nmae} (it takes {name})",
                "words/xx.properties: the word 'closing' is missing");
        assertThat(words.get(LetterWord.CLOSING)).isEqualTo("Bye,");
    }

    @Test
    void aPageNumberBecomesCssThatNoWordCanBreakOutOf() {
        assertThat(PageNumberCss.of("{page}").value()).isEqualTo("counter(page)");
        assertThat(PageNumberCss.of("- {page} -").value()).isEqualTo("\"- \" counter(page) \" -\"");
        assertThat(PageNumberCss.of("p. {page} \"</style>").value())
                .isEqualTo("\"p. \" counter(page) \" \\\"\\3c /style\\3e \"");
        assertThat(PageNumberCss.of("").value()).isEqualTo("none");
    }
}
