package org.appeal.compose;

import org.appeal.compose.view.SignatoryView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateSafetyTest {
    @TempDir
    Path templates;

    private Evaluation merge(String template, Map<String, Object> model) throws IOException {
        Files.writeString(templates.resolve("t.vm"), template);
        return new TemplateEngine(templates).merge("t.vm", model, Escaping.HTML);
    }

    @Test
    void undefinedReferenceIsReportedWithTemplateLineAndColumn() throws IOException {
        Evaluation result = merge("Hello\n  $undefinedThing here", Map.of());

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isBlocking()).isTrue();
            assertThat(p.where()).isEqualTo("t.vm");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.message()).contains("$undefinedThing");
        });
    }

    @Test
    void everyUndefinedReferenceIsReportedInOnePass() throws IOException {
        Evaluation result = merge("$one\n$two and $three.four", Map.of());

        assertThat(result.problems()).extracting(Problem::line, Problem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1), org.assertj.core.groups.Tuple.tuple(2, 1),
                        org.assertj.core.groups.Tuple.tuple(2, 10));
    }

    @Test
    void reflectionThroughGetClassIsRefused() throws IOException {
        Evaluation result = merge("$signatory.getClass().forName(\"java.lang.Runtime\").getRuntime()",
                Map.of("signatory", new SignatoryView("Jane", "", "", "")));

        assertThat(result.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.isBlocking()).isTrue());
        assertThat(result.problems().get(0).message()).contains("templates cannot use `getClass()`");
        assertThat(result.output()).doesNotContain("java.lang.Runtime@");
    }

    @Test
    void recordComponentsReadAsProperties() throws IOException {
        Evaluation result = merge("$signatory.name", Map.of("signatory", new SignatoryView("Jane", "", "", "")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.output()).isEqualTo("Jane");
    }

    @Test
    void insertedValuesAreEscapedButRenderedHtmlIsNot() throws IOException {
        Evaluation result = merge("$a|$b", Map.of("a", "<b>&\"'", "b", new Html("<u>x</u>")));

        assertThat(result.output()).isEqualTo("&lt;b&gt;&amp;&quot;&#39;|<u>x</u>");
    }

    @Test
    void syntaxErrorNamesTemplateLineAndColumn() throws IOException {
        Evaluation result = merge("ok\n#if($x\nmore", Map.of("x", true));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("t.vm");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).startsWith("syntax error");
        });
    }

    @Test
    void unknownTemplateIsAProblem() {
        Evaluation result = new TemplateEngine(templates).merge("nope.vm", Map.of(), Escaping.HTML);

        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("nope.vm: template not found"));
    }

    @Test
    void templatesCannotBeLoadedFromOutsideTheFolder() throws IOException {
        Evaluation result = merge("#parse(\"../../etc/passwd\")", Map.of());

        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("outside the templates folder"));
        assertThat(result.output()).doesNotContain("root:");
    }

    @Test
    void missingTemplatesFolderIsRefusedAtStart() {
        assertThatThrownBy(() -> new TemplateEngine(templates.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("templates folder not found");
    }

    @Test
    void aMacroDefinedInOneLetterDoesNotPrintInTheNext() {
        TemplateEngine engine = new TemplateEngine(templates);

        Evaluation first = engine.evaluate("letter.md", "#macro(closing)Words of campaign A#end#closing()", Map.of(),
                Escaping.HTML);
        Evaluation second = engine.evaluate("letter.md", "#closing()", Map.of(), Escaping.HTML);

        assertThat(first.output()).isEqualTo("Words of campaign A");
        assertThat(second.output()).doesNotContain("campaign A");
    }

    @Test
    void evaluateCannotRunTextAsATemplate() {
        Evaluation result = new TemplateEngine(templates).evaluate("letter.md", "Hello\n #evaluate($code) there",
                Map.of("code", "#foreach($i in [1..3])x#end"), Escaping.HTML);

        assertThat(result.problems()).extracting(Problem::toString).containsExactly("letter.md line 2, column 2:"
                + " #evaluate is not available to templates: it would run text, perhaps from the data, as template code");
        assertThat(result.output()).doesNotContain("xxx");
    }

    @Test
    void aMisspelledNameInAConditionIsBlockingNotSilentlyFalse() throws IOException {
        Evaluation result = merge("line\n#if($adressee)Dear you#end\n#if(!$ok && $nope)x#end", Map.of("ok", false));

        assertThat(result.problems()).extracting(Problem::line, Problem::column, Problem::isBlocking)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 5, true),
                        org.assertj.core.groups.Tuple.tuple(3, 13, true));
        assertThat(result.problems().get(0).message()).contains("$adressee is not defined");
    }

    @Test
    void conditionsOnKnownEmptyOrTemplateSetNamesStayQuiet() throws IOException {
        java.util.Map<String, Object> model = new java.util.HashMap<>();
        model.put("maybe", null);   // made-up: a value the data leaves empty
        Evaluation result = merge("#if($maybe)no#end#if($addressee)no#end#set($y = 1)#if($y)a#end"
                + "#foreach($s in [1])#if($s)b#end#end#macro(m $p)#if($p)c#end#end#m(1)", model);

        assertThat(result.problems()).isEmpty();
        assertThat(result.output()).isEqualTo("abc");
    }

    @Test
    void aCallToAnUndefinedMacroIsBlockingAndNeverPrintedAsCode() throws IOException {
        Evaluation result = merge("Dear friend,\nwe #hi() and #{bye}( \"x\" )", Map.of());

        assertThat(result.problems()).extracting(Problem::line, Problem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 4), org.assertj.core.groups.Tuple.tuple(2, 14));
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.isBlocking()).isTrue());
        assertThat(result.problems().get(0).message()).startsWith("`#hi()` calls a macro that this template does not define");
    }

    @Test
    void aDefinedMacroOrAnEscapedCallIsNotAProblem() throws IOException {
        Evaluation result = merge("#macro(hi)Hello#end#hi() and \\#hi()", Map.of());

        assertThat(result.problems()).isEmpty();
        assertThat(result.output()).isEqualTo("Hello and #hi()");
    }

    @Test
    void aLetterBodyIsCheckedTheSameWay() {
        Evaluation result = new TemplateEngine(templates).evaluate("letter.md", "Text #sig() and #if($nmae)x#end",
                Map.of(), Escaping.HTML);

        assertThat(result.problems()).extracting(Problem::where, Problem::column)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("letter.md", 6),
                        org.assertj.core.groups.Tuple.tuple("letter.md", 21));
    }
}
