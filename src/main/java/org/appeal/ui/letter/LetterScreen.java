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
    private final BodyAssistant assistant;
    private LetterEditorView view;
    private RichBodyEditor editor;
    private LetterInsertions insertions;
    private BodySpellChecker spelling;

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
        assistant = new BodyAssistant(context.services().renderer(),
                () -> context.session().data().withLetter(model.draft()), model.recipientProperty()::get);
        // What references print depends on the letter's fields and the recipient, not on the body.
        model.subjectProperty().addListener((o, a, b) -> assistant.invalidate());
        model.dateProperty().addListener((o, a, b) -> assistant.invalidate());
        model.signatoriesAsOfProperty().addListener((o, a, b) -> assistant.invalidate());
        model.recipientProperty().addListener((o, a, b) -> assistant.invalidate());
    }

    @Override
    public String id() {
        return "letter";
    }

    /** The view is kept while the campaign is open, so the body keeps its undo history between screens. */
    @Override
    public Node node() {
        if (view == null) {
            editor = new RichBodyEditor(assistant, context.messages());
            FindBar find = new FindBar(editor, context.messages());
            insertions = new LetterInsertions(assistant, context.messages(), this::window, editor);
            EditorToolbar tools = new EditorToolbar(editor, insertions, find, context.messages());
            spelling = new BodySpellChecker(editor, context.messages(),
                    () -> context.session().data().campaign().language(),
                    () -> org.appeal.compose.BodySpelling.knownWords(context.session().data()),
                    new org.appeal.ui.common.FxDebouncer(javafx.util.Duration.millis(600)));
            view = new LetterEditorView(model, context.messages(), editor,
                    tools.withSpelling(spelling.stateProperty()), find);
            view.onPreviewClick(new PreviewClicks(model, context.executor(), context.messages(), context.status())::clicked);
            spelling.schedule();  // the dictionary loads now, off the FX thread, not at start-up
        }
        return view.node();
    }

    /** The body's editor while the screen has a view (tests and the user guide's screenshots reach it here). */
    public java.util.Optional<RichBodyEditor> editor() {
        return java.util.Optional.ofNullable(editor);
    }

    /** The body's spell checking while the screen has a view. */
    public java.util.Optional<BodySpellChecker> spelling() {
        return java.util.Optional.ofNullable(spelling);
    }

    /**
     * Insert → Field, Citation, …: writes into the body at its caret; does nothing while the letter is not
     * shown (the menu is then disabled).
     */
    public void insert(LetterInsertions.Kind kind) {
        if (canInsert()) {
            insertions.insert(kind);
        }
    }

    /** Whether the body shows, so that the Insert menu has a caret to write at. */
    public boolean canInsert() {
        return editor != null && editor.area().getScene() != null && editor.area().getScene().getWindow() != null
                && editor.area().isVisible();
    }

    private javafx.stage.Window window() {
        return editor.area().getScene() != null ? editor.area().getScene().getWindow() : context.owner();
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
        assistant.invalidate();
        if (editor != null) {
            editor.recheck();  // a key added or removed in the evidence library changes the marks
        }
        if (spelling != null) {
            spelling.schedule();  // names added or the language changed
        }
        model.campaignChanged(change);
    }

    @Override
    public EditActions editActions() {
        return view == null ? EditActions.NONE : view.editActions();
    }

    @Override
    public void relabel() {
        view = null;
        editor = null;
        if (spelling != null) {
            spelling.close();
            spelling = null;
        }
        model.refreshNow();  // the status and the problems come back in the new language
    }
}
