package org.appeal.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.appeal.domain.CampaignData;
import org.appeal.domain.LetterDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A body nested thousands of levels deep used to overflow the stack in the Markdown renderer or
 * in the PDF layout (a finding of {@code BodyRenderFuzzTest}, inputs {@code finding-deep-*}); it is
 * now refused with a blocking problem that names the line, and a few levels still render.
 */
class DeepNestingRenderTest {
    private final Renderer renderer = Fixtures.renderer();

    @ParameterizedTest
    @ValueSource(strings = {"quotes", "bullets", "numbers", "sup", "emphasis"})
    void aBodyNestedThousandsDeepIsRefusedAtItsLine(String kind) {
        String deep = switch (kind) {
            case "quotes" -> ">".repeat(3000) + " x";
            case "bullets" -> "- ".repeat(2000) + "x";
            case "numbers" -> "1. ".repeat(2000) + "x";
            case "sup" -> "<sup>".repeat(2000) + "x";
            default -> "*".repeat(3000) + "x" + "*".repeat(3000);
        };

        RenderException e = catchThrowableOfType(RenderException.class,
                () -> renderer.render(Fixtures.campaign("Dear Minister,\n\n" + deep + "\n"), null, RenderOptions.DEFAULT));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo(Renderer.BODY_NAME);
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("nested more than " + MarkdownNesting.MAX_DEPTH + " levels deep");
        });
    }

    @Test
    void aSubjectNestedThousandsDeepIsRefused() {
        CampaignData data = Fixtures.campaign("Dear Minister,");
        LetterDraft letter = data.letter();
        CampaignData deepSubject = data.withLetter(new LetterDraft("<sup>".repeat(2000) + "x", letter.date(),
                letter.body(), letter.templateName(), letter.signatoriesAsOf(), letter.citations()));

        RenderException e = catchThrowableOfType(RenderException.class,
                () -> renderer.render(deepSubject, null, RenderOptions.DEFAULT));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.where()).isEqualTo(Renderer.SUBJECT_NAME));
    }

    @Test
    void aFewLevelsOfNestingStillRender() throws Exception {
        String body = "> - quoted list\n>   - nested item with *emphasis and <sup>th</sup>*\n>     > a quote inside\n";

        RenderedLetter letter = renderer.render(Fixtures.campaign(body), null, RenderOptions.DEFAULT);

        assertThat(letter.html()).contains("<blockquote>", "<em>emphasis and <sup>th</sup></em>");
    }
}
