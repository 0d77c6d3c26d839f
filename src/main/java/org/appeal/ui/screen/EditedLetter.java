package org.appeal.ui.screen;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.appeal.domain.LetterDraft;

/**
 * The letter as the editor holds it now, unsaved edits included. The letter screen writes it;
 * screens that judge something against the text (who approved it) read it.
 */
public final class EditedLetter {
    private final ReadOnlyObjectWrapper<LetterDraft> draft;

    public EditedLetter(LetterDraft saved) {
        draft = new ReadOnlyObjectWrapper<>(saved);
    }

    public LetterDraft draft() {
        return draft.get();
    }

    public ReadOnlyObjectProperty<LetterDraft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    /** For the letter editor only. */
    public void edited(LetterDraft now) {
        draft.set(now);
    }
}
