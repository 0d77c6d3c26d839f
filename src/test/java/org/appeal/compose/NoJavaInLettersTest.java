package org.appeal.compose;

import org.appeal.domain.CampaignData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No Java object reaches a letter: a view, a list, a lookup, a date or yes/no printed where text
 * belongs is a blocking problem with template, line and column that says what to write instead,
 * and only the template vocabulary can be called. Checked in the body (Markdown) and the layout
 * (HTML), printed directly, inside a quoted string, after {@code #set} and joined with {@code +}.
 */
class NoJavaInLettersTest {
    /** Made-up data: the fixture campaign's context, with values of kinds the views never hold. */
    private static final Map<String, Object> MODEL = model();

    @TempDir
    Path templates;

    private static Map<String, Object> model() {
        CampaignData data = Fixtures.campaign("body");
        Map<String, Object> model = new HashMap<>(LetterContext.of(data, data.recipients().get(0),
                new Html("A subject")).model());
        model.put("day", LocalDate.of(2025, 10, 28));
        model.put("maybe", Optional.of("words"));
        model.put("weekday", DayOfWeek.TUESDAY);
        model.put("name", "Kim & <Lee>");
        return model;
    }

    private Evaluation body(String text) {
        return new TemplateEngine(templates).evaluate("letter.md", text, MODEL, Escaping.MARKDOWN);
    }

    private Evaluation layout(String text) throws IOException {
        Files.writeString(templates.resolve("layout.html.vm"), text);
        return new TemplateEngine(templates).merge("layout.html.vm", MODEL, Escaping.HTML);
    }

    private static final String OUTSIDE = " templates print text, numbers and the formatted fields listed in"
            + " docs/templates.md";

    static Stream<Arguments> notText() {
        return Stream.of(
                Arguments.of("$addressee", "`$addressee` is a recipient, not text: write `$addressee.name` or"
                        + " `$addressee.formOfAddress`"),
                Arguments.of("$campaign", "`$campaign` is a campaign, not text: write `$campaign.title`"),
                Arguments.of("$signatories", "`$signatories` is a signatory block, not text: write `$signatories.asOf`"),
                Arguments.of("$history.ga", "`$history.ga` is a body's history, not text: write `$history.ga.name`"),
                Arguments.of("$copies", "`$copies` is a list of recipients, not text: go through it with"
                        + " `#foreach($item in $copies)`, or write `$copies.size()` for how many"),
                Arguments.of("$addressee.addressLines", "`$addressee.addressLines` is a list of lines of text, not"
                        + " text: go through it with `#foreach($item in $addressee.addressLines)`, or write"
                        + " `$addressee.addressLines.size()` for how many"),
                Arguments.of("$quotes", "`$quotes` is a quote lookup, not text: write `$quotes.get(\"key\")`"),
                Arguments.of("$addressee.copy", "`$addressee.copy` is a yes/no value, not text: test it with"
                        + " `#if($addressee.copy)`"),
                Arguments.of("$day", "`$day` is a date (print a formatted date such as `$letter.date`), not text:"
                        + OUTSIDE),
                Arguments.of("$maybe", "`$maybe` is an optional value, not text:" + OUTSIDE),
                Arguments.of("$weekday", "`$weekday` is a fixed choice, not text:" + OUTSIDE));
    }

    @ParameterizedTest
    @MethodSource("notText")
    void aValueThatIsNotTextIsRefusedInTheBody(String reference, String message) {
        Evaluation result = body("Dear friends,\n\nDear " + reference + ", we write.");

        assertRefused(result, "letter.md", 3, 6, message);
    }

    @ParameterizedTest
    @MethodSource("notText")
    void aValueThatIsNotTextIsRefusedInTheLayout(String reference, String message) throws IOException {
        Evaluation result = layout("<p>\n  <b>" + reference + "</b></p>");

        assertRefused(result, "layout.html.vm", 2, 6, message);
    }

    @ParameterizedTest
    @MethodSource("notText")
    void aValueThatIsNotTextIsRefusedInsideAQuotedString(String reference, String message) throws IOException {
        String braced = "${" + reference.substring(1) + "}";
        Evaluation result = layout("#set($greeting = \"Dear " + braced + ",\")\n$greeting");

        assertRefused(result, "layout.html.vm", 1, 24, message);
    }

    @ParameterizedTest
    @MethodSource("notText")
    void aValueThatIsNotTextIsRefusedAfterSet(String reference, String message) {
        Evaluation result = body("#set($someone = " + reference + ")\nDear $someone,");

        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.toString())
                .startsWith("letter.md line 2, column 6: `$someone` is ").contains(", not text"));
        assertNoJava(result.output());
    }

    @ParameterizedTest
    @MethodSource("notText")
    void aValueThatIsNotTextCannotBeJoinedToText(String reference, String message) {
        Evaluation result = body("#set($greeting = \"Dear \" + " + reference + ")\n$greeting");

        assertRefused(result, "letter.md", 1, 28, message + " (`+` joins only text and numbers)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"$addressee", "$copies", "$quotes", "$history.ga", "$day", "$addressee.copy"})
    void aValueThatIsNotTextMayBeTestedWithIf(String reference) {
        Evaluation result = body("#if(" + reference + ")present#end #if(!" + reference + ")absent#end");

        assertThat(result.problems()).isEmpty();
        assertThat(result.output()).containsAnyOf("present", "absent");
    }

    static Stream<Arguments> javaMethods() {
        return Stream.of("$campaign", "$letter", "$addressee", "$signatories", "$signatories.organisations.get(0)",
                        "$history", "$history.headings", "$citations", "$copies", "$quotes", "$letter.subject",
                        "$addressee.name", "$day")
                .flatMap(owner -> Stream.of("getClass()", "hashCode()", "toString()", "wait()", "notify()",
                                "notifyAll()", "equals($campaign)")
                        .map(method -> Arguments.of(owner, method)));
    }

    @ParameterizedTest
    @MethodSource("javaMethods")
    void javaMethodsAreRefusedOnEveryValue(String owner, String method) {
        String written = owner + "." + method;
        Evaluation result = body("Hello\n  " + written + " there");

        assertThat(result.problems()).first().satisfies(p -> {
            assertThat(p.isBlocking()).isTrue();
            assertThat(p.where()).isEqualTo("letter.md");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).as("the column of the method's name").isEqualTo(3 + owner.length() + 1);
            assertThat(p.message()).startsWith("templates cannot use `" + method.substring(0, method.indexOf('('))
                    + "()`");
        });
        assertNoJava(result.output());
    }

    @ParameterizedTest
    @ValueSource(strings = {"$addressee.name.toUpperCase()", "$addressee.name.length()", "$copies.clear()",
            "$copies.stream()", "$copies.subList(0, 1)", "$quotes.put(\"a\", \"b\")", "$quotes.keySet()",
            "$quotes.entrySet()", "$letter.subject.value", "$history.headings.year.bytes", "$addressee.name()",
            "$addressee.nickname", "$foreach.parent"})
    void namesOutsideTheVocabularyAreRefused(String written) {
        Evaluation result = body("#foreach($i in [1])" + written + "#end");

        assertThat(result.problems()).first().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).containsAnyOf("templates cannot use", "is a field of a recipient, not a method");
        });
    }

    @Test
    void aRefusedNameSaysWhatTheValueOffers() {
        assertThat(body("$addressee.nickname").problems()).extracting(Problem::toString).containsExactly(
                "letter.md line 1, column 12: templates cannot use `nickname`: a recipient offers `id`, `copy`,"
                        + " `formOfAddress`, `name`, `title`, `office`, `addressLines`, `fax`, `email`, `heading`, `copyHeading`");
        assertThat(body("$addressee.name()").problems()).extracting(Problem::message).containsExactly(
                "`name` is a field of a recipient, not a method: write it without brackets");
    }

    @Test
    void aRefusedNameIsReportedInsideIfAndQuietReferencesToo() {
        Evaluation result = body("#if($addressee.nickname)x#end $!addressee.nickname #if($copies.getClass())y#end");

        assertThat(result.problems()).extracting(Problem::column).containsExactly(16, 43, 64);
        assertThat(result.output()).doesNotContain("x", "y");
    }

    @Test
    void setCannotChangeWhatTemplatesAreGiven() {
        Evaluation result = body("Dear\n#set($addressee.name = \"Someone else\")$addressee.name");

        assertThat(result.problems()).extracting(Problem::toString).containsExactly("letter.md line 2, column 6:"
                + " templates cannot change `name`: what a letter is given stays as the data has it; #set a name of"
                + " your own instead, such as #set($myName = ...)");
        assertThat(result.output()).doesNotContain("Someone else");
    }

    @Test
    void theVocabularyInUseTodayStillWorks() throws IOException {
        Evaluation result = layout("""
                #foreach($o in $signatories.organisations)#if($foreach.first)[#end$foreach.index/$foreach.count \
                $o.name#if($foreach.hasNext), #end#if($foreach.last)]#end#end
                $copies.size() #if($copies.isEmpty())none#else some#end $copies.get(0).name $copies[0].name $signatories.individuals.size()
                #if($letter.body)body#else no body yet#end #if($addressee.copy)cc#else to#end
                $history.ga.code $letter.subject $name #set($n = $copies.size() + 1)$n""");

        assertThat(result.problems()).isEmpty();
        assertThat(result.output()).isEqualTo("""
                [0/1 Example Rights Watch]1  some Alex Sample Alex Sample 1
                 no body yet  to
                GA A subject Kim &amp; &lt;Lee&gt; 2""");
    }

    @Test
    void quotesLookUpByKeyAndAMissingKeyIsAProblem() {
        Map<String, Object> model = new HashMap<>(MODEL);
        model.put("quotes", Map.of("coi-2014", "crimes against humanity"));
        TemplateEngine engine = new TemplateEngine(templates);

        Evaluation found = engine.evaluate("letter.md", "#set($k = \"coi-2014\")\"$quotes.get(\"coi-2014\")\""
                + " / $quotes.get(\"$k\") / $quotes[\"coi-2014\"]", model, Escaping.HTML);
        Evaluation missing = engine.evaluate("letter.md", "$quotes.get(\"coi-2041\")", model, Escaping.HTML);

        assertThat(found.problems()).isEmpty();
        assertThat(found.output()).isEqualTo("\"crimes against humanity\" / crimes against humanity / crimes against"
                + " humanity");
        assertThat(missing.problems()).extracting(Problem::toString)
                .containsExactly("letter.md line 1, column 1: $quotes.get(…) has no value: no evidence has that key");
    }

    @Test
    void aQuotedStringIsEscapedOnceWhenPrintedNotWhenFilledIn() {
        Evaluation result = body("#set($who = \"${name} and $addressee.name\")$who");

        assertThat(result.problems()).isEmpty();
        assertThat(result.output()).isEqualTo("Kim \\& \\<Lee\\> and Sam Example");
    }

    @Test
    void textAndNumbersStillJoinWithPlus() {
        Evaluation result = body("#set($line = \"Year \" + $history.headings.year + \" \" + 2025)$line");

        assertThat(result.problems()).isEmpty();
        assertThat(result.output()).isEqualTo("Year Year 2025");
    }

    @Test
    void formattedTextIsPrintedButNotJoined() {
        Evaluation result = body("#set($s = \"Re: \" + $letter.subject)$s");

        assertThat(result.problems()).extracting(Problem::message).containsExactly(
                "`$letter.subject` is formatted text: write it next to the other text rather than joining them with"
                        + " `+`");
    }

    @Test
    void aForeachOverSomethingThatIsNotAListIsRefused() {
        assertThat(body("\n#foreach($line in $addressee)$line#end").problems()).extracting(Problem::toString)
                .containsExactly("letter.md line 2, column 1: #foreach cannot go through `$addressee`: it is a"
                        + " recipient, not a list: #foreach goes through lists only");
        assertThat(body("#foreach($q in $quotes)$q#end").problems()).extracting(Problem::message)
                .containsExactly("#foreach cannot go through `$quotes`: it is a quote lookup, not a list: write"
                        + " `$quotes.get(\"key\")`");
    }

    @Test
    void aRenderWithAViewWhereTextBelongsIsRefusedAndProducesNothing() {
        CampaignData data = Fixtures.campaign("Dear $addressee,\n\nWe write about $history.ga.latest.");

        assertThatThrownBy(() -> Fixtures.renderer().render(data, null, RenderOptions.DEFAULT))
                .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(
                                "letter.md line 1, column 6: `$addressee` is a recipient, not text: write"
                                        + " `$addressee.name` or `$addressee.formOfAddress`",
                                "letter.md line 3, column 16: $history.ga.latest has no value"));
    }

    @Test
    void anItemPastTheEndOfAListIsAProblemWithItsPlace() {
        assertThat(body("Dear\n  $copies[5].name").problems()).extracting(Problem::toString).containsExactly(
                "letter.md line 2, column 3: there is no item 5: the list has 1 item, counted from 0");
        assertThat(body("$copies.get(2).name and $nothing").problems()).extracting(Problem::toString).containsExactly(
                "letter.md line 1, column 9: there is no item 2: the list has 1 item, counted from 0",
                "letter.md line 1, column 25: $nothing is not defined");
    }

    @Test
    void aRefusedNameInAnIfDoesNotHideTheNextProblem() {
        assertThat(body("#if($addressee.nickname)x#end $nothing").problems()).extracting(Problem::column)
                .containsExactly(16, 31);
    }

    @Test
    void plusAddsNumbersAndNothingElse() {
        assertThat(body("#set($n = $addressee + 1)").problems()).extracting(Problem::message).containsExactly(
                "`$addressee` is a recipient, not text: write `$addressee.name` or `$addressee.formOfAddress`"
                        + " (`+` adds numbers and joins text, nothing else)");
        assertThat(body("#set($n = $copies.size() + 1)$n").output()).isEqualTo("2");
    }

    private static void assertRefused(Evaluation result, String template, int line, int column, String message) {
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isBlocking()).isTrue();
            assertThat(p.where()).isEqualTo(template);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.message()).isEqualTo(message);
        });
        assertNoJava(result.output());
    }

    /** Nothing of a Java object's own text: a record's dump, a list's brackets, a class name. */
    private static void assertNoJava(String output) {
        assertThat(output).doesNotContain("View[", "class org.", "java.", "Optional", "{", "=", "@", "2025-10-28",
                "TUESDAY", "true", "false");
    }
}
