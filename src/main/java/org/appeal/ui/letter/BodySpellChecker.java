package org.appeal.ui.letter;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import org.appeal.compose.BodySpelling;
import org.appeal.compose.BodySyntax;
import org.appeal.ui.common.Debouncer;
import org.appeal.ui.common.Messages;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Spell checking of the body as it is written: after a pause in typing, the body's own words go
 * through {@link BodySpelling} on a thread of its own (never the FX thread, never start-up: the
 * dictionary loads the first time a letter is shown), and the words it does not know are underlined
 * in the editor, with the dictionary's suggestions at the top of the body's context menu. A letter in
 * a language LanguageTool has no dictionary for (Korean) is not checked, and {@link #stateProperty()}
 * says so.
 */
public final class BodySpellChecker {
    private final RichBodyEditor editor;
    private final Messages messages;
    private final Supplier<String> language;
    private final Supplier<Set<String>> knownWords;
    private final Debouncer pause;
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "appeal-spelling");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    /** The checker of the language last loaded, and that language (loaded once per language). */
    private String loadedLanguage;
    private Optional<BodySpelling> loaded = Optional.empty();
    private volatile List<BodySpelling.Misspelling> found = List.of();
    private volatile String foundFor = "";

    /**
     * @param language   the letter's language tag, read on the FX thread at each check
     * @param knownWords the campaign's own words (names), read on the FX thread at each check
     */
    public BodySpellChecker(RichBodyEditor editor, Messages messages, Supplier<String> language,
                            Supplier<Set<String>> knownWords, Debouncer pause) {
        this.editor = editor;
        this.messages = messages;
        this.language = language;
        this.knownWords = knownWords;
        this.pause = pause;
        editor.textProperty().addListener((o, old, text) -> schedule());
        editor.addContextItems(this::suggestions);
    }

    /** "Spelling: English (US), 2 words not in the dictionary", or why the body is not checked. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The words last found unknown, for the text the editor then had. */
    public List<BodySpelling.Misspelling> found() {
        return found;
    }

    /** Checks the body after the typing pause. */
    public void schedule() {
        pause.schedule(this::checkNow);
    }

    /** Checks the body as it stands now, off the FX thread. */
    public void checkNow() {
        String text = editor.text();
        String tag = language.get();
        Set<String> known = Set.copyOf(knownWords.get());
        if (!tag.equals(loadedLanguage)) {
            state.set(messages.get("spelling.loading"));
        }
        thread.execute(() -> {
            String message;
            List<BodySpelling.Misspelling> words = List.of();
            try {
                if (!tag.equals(loadedLanguage)) {
                    loaded = BodySpelling.forLanguage(tag);
                    loadedLanguage = tag;
                }
                if (loaded.isEmpty()) {
                    message = messages.get("spelling.unsupported", tag);
                } else {
                    words = loaded.get().check(text, BodySyntax.read(text), known);
                    message = words.isEmpty() ? messages.get("spelling.clean", loaded.get().languageName())
                            : messages.get("spelling.count", loaded.get().languageName(), words.size());
                }
            } catch (RuntimeException | LinkageError e) {
                message = messages.get("spelling.failed", String.valueOf(e.getMessage()));
            }
            List<BodySpelling.Misspelling> result = words;
            String shown = message;
            Platform.runLater(() -> {
                if (text.equals(editor.text())) {
                    found = result;
                    foundFor = text;
                    editor.showMisspelled(text, result.stream().map(m -> new TextRange(m.start(), m.end())).toList());
                }
                state.set(shown);
            });
        });
    }

    /** The suggestions for the unknown word at the caret, at the top of the context menu. */
    private void suggestions(ContextMenu menu) {
        menu.getItems().addAll(suggestionsAtCaret());
    }

    /** The context menu's items for the unknown word at the caret: its suggestions, each replacing it. */
    public List<MenuItem> suggestionsAtCaret() {
        List<MenuItem> items = new java.util.ArrayList<>();
        if (!foundFor.equals(editor.text())) {
            return items;
        }
        int caret = editor.caretPosition();
        found.stream().filter(m -> m.start() <= caret && caret <= m.end()).findFirst().ifPresent(m -> {
            int n = 0;
            for (String suggestion : m.suggestions()) {
                MenuItem item = new MenuItem(suggestion);
                item.setId("spelling-fix-" + n++);
                item.setOnAction(e -> editor.replace(new TextRange(m.start(), m.end()), suggestion,
                        new TextRange(m.start() + suggestion.length(), m.start() + suggestion.length())));
                items.add(item);
            }
            if (m.suggestions().isEmpty()) {
                MenuItem none = new MenuItem(messages.get("spelling.noSuggestion", m.word()));
                none.setDisable(true);
                items.add(none);
            }
        });
        return items;
    }

    /** Stops the checking thread (the letter's view is gone). */
    public void close() {
        pause.cancel();
        thread.shutdownNow();
    }
}
