package org.appeal.compose;

import org.appeal.domain.CampaignData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No silent limits: a template that never ends stops with a clear blocking problem where it is,
 * while the work a pass may do grows with its data, so honest letters of any size render whole.
 * The timeout only guards against a hang; it measures nothing.
 */
@Timeout(120)
class WorkBudgetTest {
    private static final String STEPS = "the template did more work than this letter's data allows";
    private static final String CHARACTERS = "the template wrote more text than this letter's data allows";

    @TempDir
    Path templates;

    private Evaluation body(String text) {
        return body(text, Map.of());
    }

    private Evaluation body(String text, Map<String, Object> model) {
        return new TemplateEngine(templates).evaluate("letter.md", text, model, Escaping.MARKDOWN);
    }

    static Stream<Arguments> runaways() {
        return Stream.of(
                Arguments.of("a loop over a big range", "Intro\n#foreach($i in [1..2000000000])x#end", 2, 1, STEPS),
                Arguments.of("a loop with an empty body", "#foreach($i in [1..2000000000])#end", 1, 1, STEPS),
                Arguments.of("a loop over a range set before", "#set($all = [1..2000000000])\n#foreach($i in $all)"
                        + "$i #end", 2, 21, STEPS),
                Arguments.of("nested loops", "#foreach($i in [1..100000])#foreach($j in [1..100000])#end#end", 1, 28,
                        STEPS),
                Arguments.of("a loop that sets a value each time", "#foreach($i in [1..2000000000])#set($x = $i)#end",
                        1, 1, STEPS),
                Arguments.of("a block that prints itself", "#define($block)again $block#end\n$block", 1, 22,
                        "#define block $block prints blocks more than 20 deep: does it print itself?"),
                Arguments.of("a block that prints itself twice", "#define($b)$b$b#end$b", 1, 12,
                        "#define block $b prints blocks more than 20 deep"),
                Arguments.of("a block that tests itself", "#define($b)#if($b == \"\")x#end#end$b", 1, 34,
                        "#define block $b prints blocks more than 20 deep"),
                Arguments.of("a macro that calls itself", "#macro(again)#again()#end\n#again()", 1, 14,
                        "macro #again calls macros more than 20 deep: does it call itself without end?"),
                Arguments.of("a macro that calls itself four times, 19 deep", "#macro(fan $n)#if($n > 0)"
                        + "#set($m = $n - 1)#fan($m)#set($m = $n - 1)#fan($m)#set($m = $n - 1)#fan($m)#end#end#fan(19)",
                        1, 0, STEPS),
                Arguments.of("text that doubles in a string", "#set($s = \"ab\")#foreach($i in [1..64])"
                        + "#set($s = \"$s$s\")#end$s", 1, 49, CHARACTERS),
                Arguments.of("text that doubles with +", "#set($s = \"ab\")#foreach($i in [1..64])"
                        + "#set($s = $s + $s)#end$s", 1, 49, CHARACTERS),
                Arguments.of("a number that squares itself", "#set($n = 2)#foreach($i in [1..64])"
                        + "#set($n = $n * $n)#end$n", 1, 41,
                        "the template computed a number of more than 100 digits"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runaways")
    void aRunawayTemplateStopsWithAClearProblem(String what, String text, int line, int column, String message) {
        Evaluation result = body(text);

        assertThat(result.problems()).as(what).singleElement().satisfies(p -> {
            assertThat(p.isBlocking()).isTrue();
            assertThat(p.where()).isEqualTo("letter.md");
            assertThat(p.line()).isEqualTo(line);
            if (column > 0) {
                assertThat(p.column()).isEqualTo(column);
            }
            assertThat(p.message()).startsWith(message).doesNotContain("Exception", "at org.");
        });
        assertThat((long) result.output().length()).as("the output stays within the character budget")
                .isLessThanOrEqualTo(WorkBudget.BASE_CHARACTERS + 10L * text.length());
    }

    @Test
    void theMessageGivesTheNumbers() {
        assertThat(body("#foreach($i in [1..2000000000])#end").problems()).extracting(Problem::message)
                .containsExactly(STEPS + " (200,000 steps for 0 list items: 200,000 + 20 per item; a step is a time"
                        + " round a #foreach, a printed value, a #set or a macro call): does a loop or macro never end?");
        String text = "#set($s = \"ab\")#foreach($i in [1..64])#set($s = \"$s$s\")#end";
        assertThat(body(text).problems()).extracting(Problem::message).containsExactly(CHARACTERS + " (2,000,"
                + String.format("%03d", 10 * text.length()) + " characters for " + text.length() + " characters of"
                + " data and template: 2,000,000 + 10 per character): does a loop never end, or text double?");
    }

    @Test
    void theWorkAllowedGrowsWithTheData() {
        List<String> items = IntStream.range(0, 50_000).mapToObj(i -> "item " + i).toList();
        String template = "#foreach($item in $items)#foreach($i in [1..5])#end#end done";

        Evaluation withData = body(template, Map.of("items", items));
        Evaluation withoutData = body("#foreach($item in [1..50000])#foreach($i in [1..5])#end#end done");

        assertThat(withData.problems()).as("50,000 items allow 1,200,000 steps").isEmpty();
        assertThat(withData.output()).isEqualTo(" done");
        assertThat(withoutData.problems()).as("the same loops over the template's own ranges")
                .extracting(Problem::message).singleElement().asString().startsWith(STEPS);
    }

    @Test
    void everyItemOfABigListIsGoneThrough() {
        List<String> names = IntStream.rangeClosed(1, 150_000).mapToObj(i -> "n" + i).toList();

        Evaluation result = body("#foreach($n in $names)$n,#end", Map.of("names", names));

        assertThat(result.problems()).isEmpty();
        assertThat(result.output().split(",")).hasSize(150_000).endsWith("n150000");
    }

    @Test
    void partialsThatParseThemselvesStop() throws IOException {
        Files.writeString(templates.resolve("again.vm"), "x#parse(\"again.vm\")");

        Evaluation result = new TemplateEngine(templates).merge("again.vm", Map.of(), Escaping.HTML);

        assertThat(result.problems()).extracting(Problem::toString).containsExactly("again.vm line 1, column 2:"
                + " #parse(\"again.vm\") nests partials more than 10 deep: does a partial parse itself?");
    }

    @Test
    void partialsNestedTenDeepAreFine() throws IOException {
        for (int i = 1; i <= 10; i++) {
            Files.writeString(templates.resolve("p" + i + ".vm"), i + (i < 10 ? "#parse(\"p" + (i + 1) + ".vm\")" : ""));
        }

        Evaluation result = new TemplateEngine(templates).merge("p1.vm", Map.of(), Escaping.HTML);

        assertThat(result.problems()).isEmpty();
        assertThat(result.output()).isEqualTo("12345678910");
    }

    @Test
    void aTemplateNestedThousandsDeepIsAProblemNotACrash() throws IOException {
        String deep = "#if(true)".repeat(10_000) + "x" + "#end".repeat(10_000);
        Files.writeString(templates.resolve("deep.vm"), deep);

        Evaluation asBody = body(deep);
        Evaluation asLayout = new TemplateEngine(templates).merge("deep.vm", Map.of(), Escaping.HTML);

        for (Evaluation result : List.of(asBody, asLayout)) {
            assertThat(result.problems()).extracting(Problem::message).singleElement().asString()
                    .startsWith("the template nests too deeply to be read");
        }
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedWithItsSize() {
        String big = "We write to you. ".repeat(300_000);

        Evaluation result = body(big);

        assertThat(result.problems()).extracting(Problem::toString).containsExactly("letter.md: the text is 5,100,000"
                + " characters long; a letter body may have at most 200,000");
        assertThat(result.output()).isEmpty();
    }

    @Test
    void aRenderOfABodyOverTheSizeLimitIsRefused() {
        CampaignData data = Fixtures.campaign("We write to you. ".repeat(12_000));

        assertThatThrownBy(() -> Fixtures.renderer().render(data, null, RenderOptions.DEFAULT))
                .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly("letter.md: the text is 204,000 characters"
                                + " long; a letter body may have at most 200,000"));
    }

    @Test
    void aBodyJustUnderTheLimitRenders() throws Exception {
        String body = ("We write to you. ".repeat(40) + "\n\n").repeat(290);
        assertThat(body.length()).isLessThan(TemplateEngine.MAX_BODY_CHARACTERS);

        RenderedLetter letter = Fixtures.renderer().render(Fixtures.campaign(body), null, RenderOptions.DEFAULT);

        assertThat(letter.html()).contains("We write to you.");
    }

    @Test
    void theSafetyPageStatesTheLimitsTheCodeApplies() throws IOException {
        String safety = Files.readString(Path.of("docs/safety.md"), StandardCharsets.UTF_8);
        String limits = safety.substring(safety.indexOf("## Limits"), safety.indexOf("\n## ", safety.indexOf("## Limits")
                + 1));

        assertThat(limits).contains(WorkBudget.number(WorkBudget.BASE_STEPS), WorkBudget.STEPS_PER_ITEM + " per item",
                WorkBudget.number(WorkBudget.BASE_CHARACTERS), WorkBudget.CHARACTERS_PER_INPUT_CHARACTER + " per",
                WorkBudget.MAX_NESTING + " deep", WorkBudget.MAX_PARSE_DEPTH + " deep",
                WorkBudget.MAX_DIGITS + " digits", WorkBudget.number(TemplateEngine.MAX_BODY_CHARACTERS));
    }

    @Test
    void aLetterOfTheSampleSizeUsesLittleOfItsBudget() {
        CampaignData data = Fixtures.campaign("");
        Map<String, Object> model = new HashMap<>(LetterContext.of(data, data.recipients().get(0), new Html(""))
                .model());
        WorkBudget budget = WorkBudget.forPass(model, 1_000);

        // Address lines 2 + 1 + 2 (addressee, copy, recipient), one copy, one organisation, one individual.
        assertThat(budget.stepLimit()).isEqualTo(WorkBudget.BASE_STEPS + WorkBudget.STEPS_PER_ITEM * 8);
        assertThat(budget.characterLimit()).isGreaterThan(WorkBudget.BASE_CHARACTERS + 10 * 1_000);
    }
}
