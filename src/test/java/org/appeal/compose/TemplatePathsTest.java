package org.appeal.compose;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layouts, {@code #parse} and {@code #include} reach only files inside the templates folder, links
 * followed; a refusal names the template, line and column of the directive. Made-up templates.
 */
class TemplatePathsTest {
    @TempDir
    Path temp;

    private Path templates;
    private Path secret;

    @BeforeEach
    void folders() throws IOException {
        templates = Files.createDirectories(temp.resolve("templates"));
        Files.createDirectories(templates.resolve("partials"));
        Files.writeString(templates.resolve("partials/ok.vm"), "partial");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        secret = Files.writeString(elsewhere.resolve("secret.vm"), "SECRET FROM ANOTHER MACHINE");
        Files.createSymbolicLink(templates.resolve("linked.vm"), secret);
        Files.createSymbolicLink(templates.resolve("partials/linked.vm"), secret);
        Files.createSymbolicLink(templates.resolve("shared"), elsewhere);
    }

    private TemplateEngine engine() {
        return new TemplateEngine(templates);
    }

    @Test
    void aPartialInsideIsIncluded() throws IOException {
        Files.writeString(templates.resolve("t.vm"), "a #parse(\"partials/ok.vm\") #include(\"/partials/ok.vm\")");

        Evaluation result = engine().merge("t.vm", Map.of(), Escaping.HTML);

        assertThat(result.problems()).isEmpty();
        assertThat(result.output()).isEqualTo("a partial partial");
    }

    @Test
    void parseAndIncludeOfALinkOutOfTheFolderAreRefusedAtTheirLine() throws IOException {
        Files.writeString(templates.resolve("t.vm"), "line one\n  #parse(\"partials/linked.vm\")\n#include(\"linked.vm\")\n"
                + "#parse(\"shared/secret.vm\")");

        Evaluation result = engine().merge("t.vm", Map.of(), Escaping.HTML);

        assertThat(result.output()).doesNotContain("SECRET");
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "t.vm line 2, column 3: #parse(\"partials/linked.vm\") refused: 'partials/linked.vm' is a link (or lies"
                        + " in a linked folder) that leads outside the templates folder",
                "t.vm line 3, column 1: #include(\"linked.vm\") refused: 'linked.vm' is a link (or lies in a linked"
                        + " folder) that leads outside the templates folder",
                "t.vm line 4, column 1: #parse(\"shared/secret.vm\") refused: 'shared/secret.vm' is a link (or lies in"
                        + " a linked folder) that leads outside the templates folder");
    }

    @Test
    void dotDotAbsoluteAndUrlIncludesFromALetterBodyAreRefused() {
        String body = "Dear Minister,\n#parse(\"../elsewhere/secret.vm\")\n#include(\"" + secret + "\")\n"
                + "#include(\"file://" + secret + "\")";

        Evaluation result = engine().evaluate("letter.md", body, Map.of(), Escaping.MARKDOWN);

        assertThat(result.output()).doesNotContain("SECRET");
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "letter.md line 2, column 1: #parse(\"../elsewhere/secret.vm\") refused: '../elsewhere/secret.vm'"
                        + " points outside the templates folder",
                // A leading "/" means the templates folder's top, as in Velocity: the rest does not exist there.
                "letter.md line 3, column 1: #include(\"" + secret + "\"): template not found",
                "letter.md line 4, column 1: #include(\"file://" + secret + "\") refused: 'file://" + secret
                        + "' is a URL, not the name of a file in the templates folder");
    }

    @Test
    void aNameWithANulOrWithoutQuotesIsAProblemAtItsLineInWords() {
        // Found by fuzzing the body renderer: a NUL threw InvalidPathException, a bare word printed Velocity's AST.
        String body = "Dear Minister,\n#include(\"letter\0.css\")\n#parse(\"partials/\0.vm\")\n#include(word)";

        Evaluation result = engine().evaluate("letter.md", body, Map.of(), Escaping.MARKDOWN);

        assertThat(result.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                .startsWith("letter.md line 2").contains("is not a usable file name"));
        assertThat(result.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                .startsWith("letter.md line 3").contains("is not a usable file name"));
        assertThat(result.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                .startsWith("letter.md line 4").contains("#include needs the name of a file in the templates folder, in quotes"));
        assertThat(result.problems()).extracting(Problem::toString).noneSatisfy(p -> assertThat(p).contains("AST"));
    }

    @Test
    void aLayoutThatIsALinkOutOfTheFolderIsNeverRead() {
        TemplateEngine engine = engine();

        assertThat(engine.layoutProblem("linked.vm")).contains("'linked.vm' is a link (or lies in a linked folder) that"
                + " leads outside the templates folder");
        assertThat(engine.layoutProblem("../elsewhere/secret.vm")).contains("'../elsewhere/secret.vm' is a path, not a"
                + " file name");
        // Velocity itself cannot be made to read it either: its only loader is confined.
        for (String name : new String[] {"linked.vm", "shared/secret.vm", "../elsewhere/secret.vm", secret.toString()}) {
            Evaluation merged = engine.merge(name, Map.of(), Escaping.HTML);
            assertThat(merged.output()).as(name).doesNotContain("SECRET");
            assertThat(merged.problems()).as(name).singleElement()
                    .satisfies(p -> assertThat(p.isBlocking()).isTrue());
        }
    }

    @Test
    void aLayoutIsAFileNameThatExistsInTheFolder() throws IOException {
        Files.writeString(templates.resolve("letter.html.vm"), "layout");
        TemplateEngine engine = engine();

        assertThat(engine.layoutProblem("letter.html.vm")).isEmpty();
        assertThat(engine.layoutProblem("partials")).contains("'partials' is a folder, not a file");
        assertThat(engine.layoutProblem("partials/ok.vm")).contains("'partials/ok.vm' is a path, not a file name");
        assertThat(engine.layoutProblem("missing.html.vm")).contains("file 'missing.html.vm' does not exist in the"
                + " templates folder");
    }

    @Test
    void anEditedTemplateIsSeenAsModifiedAndOneSwappedForALinkOutIsNotReadAgain() throws IOException {
        Path partial = templates.resolve("partials/ok.vm");
        ConfinedTemplateLoader loader = new ConfinedTemplateLoader(org.appeal.files.ConfinedFolder.of(templates,
                "the templates folder"));
        org.apache.velocity.Template loaded = new org.apache.velocity.Template();
        loaded.setName("partials/ok.vm");
        loaded.setLastModified(loader.getLastModified(loaded));
        assertThat(loader.isSourceModified(loaded)).isFalse();

        Files.setLastModifiedTime(partial, java.nio.file.attribute.FileTime.fromMillis(loaded.getLastModified() + 5000));
        assertThat(loader.isSourceModified(loaded)).as("edited").isTrue();

        Files.delete(partial);
        Files.createSymbolicLink(partial, secret);
        assertThat(loader.isSourceModified(loaded)).as("swapped for a link").isTrue();
        assertThat(loader.resourceExists("partials/ok.vm")).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> loader.getResourceReader("partials/ok.vm", "UTF-8"))
                .isInstanceOf(org.apache.velocity.exception.ResourceNotFoundException.class)
                .hasMessageContaining("leads outside the templates folder");
    }

    @Test
    void theTemplatesFolderMayItselfBeALink() throws IOException {
        Files.writeString(templates.resolve("t.vm"), "#parse(\"partials/ok.vm\")");
        Path link = Files.createSymbolicLink(temp.resolve("installed-templates"), templates);

        Evaluation result = new TemplateEngine(link).merge("t.vm", Map.of(), Escaping.HTML);

        assertThat(result.problems()).isEmpty();
        assertThat(result.output()).isEqualTo("partial");
    }
}
