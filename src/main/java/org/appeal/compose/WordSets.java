package org.appeal.compose;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.appeal.domain.LetterWord;
import org.appeal.files.ConfinedFolder;
import org.appeal.files.PathRefused;

/**
 * The layout words of each language, from {@code templates/words/<language>.properties} (UTF-8):
 * {@code en.properties}, {@code ko.properties}. A letter in {@code en-GB} takes {@code
 * en-GB.properties} when there is one, else {@code en.properties}. A campaign's words for the
 * language and then the letter's own words are laid over them. A language without a file, a word
 * missing from it, a key that is no word and a place a word does not take all block the letter:
 * a letter never goes out with the frame of another language.
 *
 * <p>The files are read at each render (they are a few hundred bytes), so an edit shows at once.
 */
final class WordSets {
    static final String FOLDER = "words";

    private final ConfinedFolder templates;

    WordSets(Path templatesRoot) {
        this.templates = ConfinedFolder.of(templatesRoot, "the templates folder");
    }

    /** The words of a letter, or the problems that keep it from having them. */
    record Words(Map<LetterWord, String> words, List<Problem> problems) {
        Words {
            words = Map.copyOf(words);
            problems = List.copyOf(problems);
        }

        String get(LetterWord word) {
            return words.getOrDefault(word, "");
        }
    }

    Words of(String language, Map<LetterWord, String> campaign, Map<LetterWord, String> letter) {
        List<Problem> problems = new ArrayList<>();
        String name = fileName(language);
        Map<LetterWord, String> words = new EnumMap<>(LetterWord.class);
        if (name == null) {
            problems.add(Problem.blocking(FOLDER + "/" + language + ".properties", 0, 0, "no layout words for the"
                    + " letter's language '" + language + "': add templates/" + FOLDER + "/" + language
                    + ".properties with the words of en.properties (" + LetterWord.keys() + ")"));
            return new Words(words, problems);
        }
        read(name, words, problems);
        words.putAll(campaign);
        words.putAll(letter);
        return new Words(words, problems);
    }

    /** The file for the language tag, or its primary language's; {@code null} when neither is there. */
    private String fileName(String language) {
        String tag = language.strip();
        for (String candidate : List.of(tag, tag.split("-")[0].toLowerCase(Locale.ROOT))) {
            String name = FOLDER + "/" + candidate + ".properties";
            try {
                if (!candidate.isEmpty() && Files.isRegularFile(templates.file(name))) {
                    return name;
                }
            } catch (PathRefused e) {
                // A tag that is no file name (it has a slash, say) has no words file: reported by the caller.
            }
        }
        return null;
    }

    private void read(String name, Map<LetterWord, String> words, List<Problem> problems) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(templates.file(name));
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(Problem.blocking(name, 0, 0, "not UTF-8 text"));
            return;
        } catch (IOException | PathRefused e) {
            problems.add(Problem.blocking(name, 0, 0, "cannot be read: " + e.getMessage()));
            return;
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(Problem.blocking(name, 0, 0, "not a properties file: " + e.getMessage()));
            return;
        }
        List<String> lines = text.lines().toList();
        for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
            int line = lineOf(lines, key);
            var word = LetterWord.byKey(key);
            if (word.isEmpty()) {
                problems.add(Problem.blocking(name, line, 0, "'" + key + "' is no layout word (the words are "
                        + LetterWord.keys() + ")"));
                continue;
            }
            String value = properties.getProperty(key);
            word.get().problem(value).ifPresentOrElse(
                    problem -> problems.add(Problem.blocking(name, line, 0, problem)),
                    () -> words.put(word.get(), value));
        }
        for (LetterWord word : LetterWord.values()) {
            if (!properties.containsKey(word.key())) {
                problems.add(Problem.blocking(name, 0, 0, "the word '" + word.key() + "' is missing"));
            }
        }
    }

    /** The 1-based line on which {@code key} is set, 0 when it cannot be told (a key continued over lines). */
    private static int lineOf(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripLeading();
            if (line.startsWith(key) && line.substring(key.length()).matches("\\s*[=:\\s].*|\\s*")) {
                return i + 1;
            }
        }
        return 0;
    }
}
