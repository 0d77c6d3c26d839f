package org.appeal.ui;

import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's stylesheet is read whole by JavaFX. A rule left open (a merge once dropped a closing
 * brace) makes JavaFX stop reading at that line without a word, and every rule after it, from the
 * drop markers to the editor's colours, silently disappears from the window.
 */
class StylesheetTest {
    private static final URL STYLESHEET = StylesheetTest.class.getResource("/org/appeal/ui/appeal.css");

    @Test
    void javaFxReadsEveryRuleOfTheStylesheetWithoutAnError() throws Exception {
        String text = new String(STYLESHEET.openStream().readAllBytes(), StandardCharsets.UTF_8);
        String code = text.replaceAll("(?s)/\\*.*?\\*/", "");
        CssParser.errorsProperty().clear();

        Stylesheet stylesheet = new CssParser().parse(STYLESHEET);

        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertThat(errors).as("what JavaFX's parser reported").isEmpty();
        long opened = code.chars().filter(c -> c == '{').count();
        long closed = code.chars().filter(c -> c == '}').count();
        assertThat(closed).as("closing braces, against " + opened + " opening ones").isEqualTo(opened);
        List<Rule> rules = stylesheet.getRules();
        assertThat(rules).as("rules JavaFX read, one per block in the file").hasSize((int) opened);
        String lastSelector = code.substring(0, code.lastIndexOf('{')).replaceAll("(?s).*}", "").trim();
        assertThat(rules.get(rules.size() - 1).getSelectors().toString())
                .as("the last rule of the file was read").contains(lastSelector.split("[\\s,:>]")[0].replace(".", ""));
    }
}
