package org.appeal.store.bundle;

import java.io.StringReader;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.appeal.domain.Addressing;
import org.appeal.domain.CampaignData;
import org.appeal.domain.LetterWord;
import org.appeal.domain.CitationSettings;
import org.appeal.domain.LayoutName;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code campaign.yaml}, reporting every problem with the line of its key. */
final class CampaignYamlReader {
    static final List<String> KEYS = List.of("format", "id", "title", "language", "target_state", "coalition", "notes",
            "words", "letter", "letters");
    static final List<String> LETTER_KEYS = List.of("subject", "date", "signatories_as_of", "template", "body",
            "citations", "citation_style", "bibliography", "addressing", "language", "words");
    /** A further letter may also be the translation of another. */
    static final List<String> FURTHER_LETTER_KEYS = Stream.concat(LETTER_KEYS.stream(), Stream.of("translation_of"))
            .toList();
    private static final List<String> WORD_KEYS = java.util.Arrays.stream(LetterWord.values()).map(LetterWord::key)
            .toList();
    /** An IETF language tag as letters use them: "en", "ko", "en-GB". */
    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile(
            "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    /** A further letter's name: it becomes its body's file name and a command-line argument. */
    private static final java.util.regex.Pattern LETTER_NAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private final Problems problems;

    CampaignYamlReader(Problems problems) {
        this.problems = problems;
    }

    /** The file's content, or {@code null} when it is not a YAML mapping at all (reported). */
    CampaignFile read(String text) {
        Node root;
        try {
            // Only composed into nodes, never constructed: the safe constructor is there in case a later change calls load().
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(CampaignFile.NAME, lineOf(mark), "", "not valid YAML: " + describe(e));
            return null;
        } catch (YAMLException e) {
            problems.add(CampaignFile.NAME, 0, "", "not valid YAML: " + e.getMessage());
            return null;
        }
        if (!(root instanceof MappingNode)) {
            problems.add(CampaignFile.NAME, root == null ? 1 : YamlMapping.lineOf(root), "",
                    "expected a mapping of keys such as 'format: 1'");
            return null;
        }
        return read(new YamlMapping((MappingNode) root, CampaignFile.NAME, "", 0, KEYS, problems));
    }

    private CampaignFile read(YamlMapping yaml) {
        String format = yaml.string("format", true);
        if (format != null && !format.strip().equals(CampaignFile.FORMAT_VERSION)) {
            problems.add(CampaignFile.NAME, yaml.lineOf("format"), "format",
                    "unknown format version '" + format + "' (this version reads " + CampaignFile.FORMAT_VERSION + ")");
        }
        String id = yaml.string("id", true);
        String title = yaml.string("title", false);
        String language = language(yaml);
        String targetState = yaml.string("target_state", false);
        String coalition = yaml.string("coalition", false);
        String notes = yaml.string("notes", false);
        Map<String, Map<LetterWord, String>> words = new LinkedHashMap<>();
        for (YamlMapping.Named named : yaml.namedMappings("words", WORD_KEYS)) {
            if (!LANGUAGE.matcher(named.name()).matches()) {
                problems.add(CampaignFile.NAME, named.line(), "words." + named.name(), "not a language tag such as"
                        + " 'en' or 'ko'");
                continue;
            }
            words.put(named.name(), words(named.mapping()));
        }
        YamlMapping letter = yaml.mapping("letter", LETTER_KEYS);
        List<LetterFile> others = new java.util.ArrayList<>();
        for (YamlMapping.Named named : yaml.namedMappings("letters", FURTHER_LETTER_KEYS)) {
            if (!LETTER_NAME.matcher(named.name()).matches() || named.name().equals(CampaignData.MAIN_LETTER)) {
                problems.add(CampaignFile.NAME, named.line(), "letters." + named.name(), "a letter's name is lower-case"
                        + " letters, digits, '-' and '_', and not '" + CampaignData.MAIN_LETTER + "'");
                continue;
            }
            others.add(readLetter(named.name(), named.mapping(), named.line()));
        }
        LetterFile main = letter == null ? null : readLetter(CampaignData.MAIN_LETTER, letter, yaml.lineOf("letter"));
        return new CampaignFile(id, title, language, targetState, coalition, words, notes, main, others);
    }

    private LetterFile readLetter(String name, YamlMapping letter, long line) {
        String template = letter.string("template", false);
        if (template != null) {
            LayoutName.problem(template).ifPresent(problem ->
                    problems.add(CampaignFile.NAME, letter.lineOf("template"), keyOf(letter, "template"),
                            problem + "; " + LayoutName.RULE));
        }
        String translationOf = letter.has("translation_of") ? letter.string("translation_of", true) : null;
        if (translationOf != null) {
            translationOf = translationOf.strip();
        }
        YamlMapping words = letter.optionalMapping("words", WORD_KEYS);
        return new LetterFile(name, letter.string("subject", false), letter.date("date", true),
                letter.date("signatories_as_of", false), template,
                letter.string("body", false), letter.lineOf("body"), citations(letter),
                choice(letter, "addressing", Addressing.values(), Addressing::key, Addressing.ONE_LETTER),
                language(letter), translationOf, words == null ? Map.of() : words(words), line);
    }

    /** A language tag, stripped; {@code null} when absent (or wrong, which is reported). */
    private String language(YamlMapping yaml) {
        String language = yaml.string("language", false);
        if (language == null) {
            return null;
        }
        if (!LANGUAGE.matcher(language.strip()).matches()) {
            problems.add(CampaignFile.NAME, yaml.lineOf("language"), keyOf(yaml, "language"), "not a language tag"
                    + " such as 'en' or 'ko': '" + language + "'");
            return null;
        }
        return language.strip();
    }

    /** Layout words, each checked for places it does not have; an explicitly empty text ({@code ""}) prints nothing. */
    private Map<LetterWord, String> words(YamlMapping words) {
        Map<LetterWord, String> found = new EnumMap<>(LetterWord.class);
        for (LetterWord word : LetterWord.values()) {
            if (!words.has(word.key())) {
                continue;
            }
            String text = words.string(word.key(), false);
            if (text == null) {
                problems.add(CampaignFile.NAME, words.lineOf(word.key()), keyOf(words, word.key()), "no text: write"
                        + " \"\" to print nothing, or leave the word out to keep the usual one");
                continue;
            }
            word.problem(text).ifPresentOrElse(
                    problem -> problems.add(CampaignFile.NAME, words.lineOf(word.key()), keyOf(words, word.key()),
                            problem),
                    () -> found.put(word, text));
        }
        return found;
    }

    /** Absent keys take the defaults of {@link CitationSettings#DEFAULT}. */
    private CitationSettings citations(YamlMapping letter) {
        CitationSettings defaults = CitationSettings.DEFAULT;
        CitationSettings.Way way = choice(letter, "citations", CitationSettings.Way.values(),
                CitationSettings.Way::key, defaults.way());
        CitationSettings.Style style = choice(letter, "citation_style", CitationSettings.Style.values(),
                CitationSettings.Style::key, defaults.style());
        String bibliography = letter.string("bibliography", false);
        boolean withBibliography = defaults.bibliography();
        if (bibliography != null) {
            switch (bibliography.strip()) {
                case "yes" -> withBibliography = true;
                case "no" -> withBibliography = false;
                default -> problems.add(CampaignFile.NAME, letter.lineOf("bibliography"), keyOf(letter, "bibliography"),
                        "expected yes or no: '" + bibliography + "'");
            }
        }
        return new CitationSettings(way, style, withBibliography);
    }

    private <E> E choice(YamlMapping letter, String key, E[] values, java.util.function.Function<E, String> names,
                         E fallback) {
        String text = letter.string(key, false);
        if (text == null) {
            return fallback;
        }
        for (E value : values) {
            if (names.apply(value).equals(text.strip())) {
                return value;
            }
        }
        problems.add(CampaignFile.NAME, letter.lineOf(key), keyOf(letter, key), "unknown value '" + text
                + "' (expected one of " + String.join(", ", java.util.Arrays.stream(values).map(names).toList()) + ")");
        return fallback;
    }

    private static String keyOf(YamlMapping letter, String key) {
        return letter.prefix() + key;
    }

    /** The context says where an unclosed construct began, which the problem's own line (often the end) does not. */
    private static String describe(MarkedYAMLException e) {
        if (e.getContext() == null || e.getContextMark() == null) {
            return e.getProblem();
        }
        return e.getContext() + " on line " + lineOf(e.getContextMark()) + ": " + e.getProblem();
    }

    private static long lineOf(Mark mark) {
        return mark == null ? 0 : mark.getLine() + 1L;
    }
}
