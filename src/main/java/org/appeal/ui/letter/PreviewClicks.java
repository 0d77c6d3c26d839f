package org.appeal.ui.letter;

import org.appeal.app.PreviewParagraph;
import org.appeal.compose.RenderedLetter;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;
import org.appeal.ui.screen.StatusLine;

import java.util.Optional;

/**
 * Clicking a paragraph in the preview selects it in the body: the point is read against the PDF the
 * preview shows ({@link PreviewParagraph}, off the FX thread), and the paragraph's text is selected
 * and scrolled to. A click on the address, the signatories or the margin says it is not the body;
 * a click while the preview lags behind the typing says to wait, rather than select the wrong text.
 */
final class PreviewClicks {
    private final LetterEditorViewModel model;
    private final UiExecutor executor;
    private final Messages messages;
    private final StatusLine status;

    PreviewClicks(LetterEditorViewModel model, UiExecutor executor, Messages messages, StatusLine status) {
        this.model = model;
        this.executor = executor;
        this.messages = messages;
        this.status = status;
    }

    /**
     * @param pageIndex the page clicked, from 0
     * @param y         the height clicked, in points from the page's top
     */
    void clicked(int pageIndex, double y) {
        LetterPreview preview = model.preview();
        Optional<RenderedLetter> letter = preview.lastGoodLetter();
        String body = model.bodyProperty().get();
        if (letter.isEmpty() || preview.stateProperty().get() != LetterPreview.State.UP_TO_DATE
                || !body.equals(preview.lastGoodBody())) {
            status.show(messages.get("preview.clickBehind"));
            return;
        }
        executor.submit(messages.get("task.previewClick"),
                progress -> PreviewParagraph.at(letter.get(), body, pageIndex, y), found -> {
                    if (!body.equals(model.bodyProperty().get())) {
                        return;  // typed in the meantime: the stretch found is no longer that paragraph
                    }
                    found.ifPresentOrElse(paragraph -> {
                        model.selectionRequestProperty().set(null);
                        model.selectionRequestProperty().set(new TextRange(paragraph.start(), paragraph.end()));
                        status.show(messages.get("preview.paragraphSelected"));
                    }, () -> status.show(messages.get("preview.notBody")));
                }, failure -> status.show(messages.get("preview.clickFailed", failure.getMessage())));
    }
}
