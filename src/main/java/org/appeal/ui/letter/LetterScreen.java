package org.appeal.ui.letter;

import javafx.scene.Node;
import org.appeal.app.CampaignChange;
import org.appeal.app.LetterExport;
import org.appeal.ui.common.Debouncer;
import org.appeal.ui.screen.CampaignScreen;
import org.appeal.ui.screen.EditActions;
import org.appeal.ui.screen.ScreenContext;

/** The letter: its fields and body, the live preview, and the actions the File menu takes on it. */
public final class LetterScreen implements CampaignScreen<LetterEditorViewModel> {
    private final ScreenContext context;
    private final LetterEditorViewModel model;
    private final LetterActions actions;
    private LetterEditorView view;

    /** @param renderPause waits for a pause in typing before the preview renders */
    public LetterScreen(ScreenContext context, Debouncer renderPause) {
        this.context = context;
        LetterPreview preview = new LetterPreview(context.services().renderer(), context.services().rasterizer(),
                context.executor(), renderPause, context.messages(), context.status(), context.session());
        model = new LetterEditorViewModel(context.session(), preview, context.services().templates(), context.executor(),
                context.dialogs(), context.messages(), context.status(), context.editedLetter());
        actions = new LetterActions(model, new LetterExport(context.services().renderer(), context.session()),
                context.services().printer(), context.executor(), context.dialogs(), context.messages(), context.status(),
                context.session().data().campaign().title(), context.places());
    }

    @Override
    public String id() {
        return "letter";
    }

    /** The view is kept while the campaign is open, so the body keeps its undo history between screens. */
    @Override
    public Node node() {
        if (view == null) {
            view = new LetterEditorView(model, context.messages(), new TextAreaBodyEditor(context.messages().get("letter.body")));
        }
        return view.node();
    }

    @Override
    public LetterEditorViewModel viewModel() {
        return model;
    }

    /** Save, export, print: for the File menu, from whichever screen shows. */
    public LetterActions actions() {
        return actions;
    }

    @Override
    public void opened() {
        model.refreshNow();
    }

    @Override
    public void campaignChanged(CampaignChange change) {
        model.campaignChanged(change);
    }

    @Override
    public EditActions editActions() {
        return view == null ? EditActions.NONE : view.editActions();
    }

    @Override
    public void relabel() {
        view = null;
        model.refreshNow();  // the status and the problems come back in the new language
    }
}
