package org.appeal.ui.letter;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.appeal.ui.common.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Insert, don't type: the Insert menu's and toolbar's items. Each opens a picker of what the
 * letter can use, showing what it prints now, and writes the chosen reference, citation, quote,
 * signatory list or history sentence at the caret, in the markup the body allows.
 */
public final class LetterInsertions {
    /** What can be inserted; the menu and toolbar ids are {@code insert-<id>}. */
    public enum Kind {
        FIELD("field"), CITATION("citation"), QUOTE("quote"), SIGNATORIES("signatories"), HISTORY("history");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private static final List<String> RUNS = List.of("firstCosponsored", "lastDeclined", "lastCosponsored");
    private static final List<String> RUN_FIELDS = List.of("text", "start");

    private final BodyAssistant assistant;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final RichBodyEditor editor;

    public LetterInsertions(BodyAssistant assistant, Messages messages, Supplier<Window> owner, RichBodyEditor editor) {
        this.assistant = assistant;
        this.messages = messages;
        this.owner = owner;
        this.editor = editor;
    }

    public void insert(Kind kind) {
        Optional<String> text = switch (kind) {
            case FIELD -> field();
            case CITATION -> citation();
            case QUOTE -> quote();
            case SIGNATORIES -> signatories();
            case HISTORY -> history();
        };
        text.ifPresent(editor::insert);
    }

    private InsertPicker picker() {
        return new InsertPicker(messages, owner.get());
    }

    private Optional<String> field() {
        List<InsertPicker.Choice> choices = assistant.fields().stream()
                .map(i -> new InsertPicker.Choice(i.group(), i.insert(), i.printed(), i.explanation().replace("`", ""),
                        i.insert()))
                .toList();
        return picker().pick("insert.field", choices, null).map(InsertPicker.Choice::insert);
    }

    private Optional<String> citation() {
        List<InsertPicker.Choice> choices = assistant.citables().stream()
                .map(c -> new InsertPicker.Choice(c.evidence() ? "evidence" : "sources", c.key(), c.title(),
                        c.evidence() ? c.quote() : c.title(), c.key()))
                .toList();
        TextField words = new TextField(editor.selectedText());
        words.setId("citation-words");
        words.setAccessibleText(messages.get("insert.citation.words"));
        Label label = new Label(messages.get("insert.citation.words") + " ("
                + messages.get("insert.citation.way." + assistant.citationWay().key()) + ")");
        label.setLabelFor(words);
        label.setWrapText(true);
        return picker().pick("insert.citation", choices, new VBox(4, label, words))
                .map(c -> assistant.citation(c.insert(), words.getText()));
    }

    private Optional<String> quote() {
        List<InsertPicker.Choice> choices = assistant.citables().stream().filter(BodyAssistant.Citable::evidence)
                .map(c -> new InsertPicker.Choice("evidence", c.key(), c.quote(), c.title(), assistant.quote(c.key())))
                .toList();
        return picker().pick("insert.quote", choices, null).map(InsertPicker.Choice::insert);
    }

    private Optional<String> signatories() {
        List<InsertPicker.Choice> choices = new ArrayList<>();
        for (String list : List.of("organisations", "individuals")) {
            String snippet = BodyAssistant.signatoryList(list);
            choices.add(new InsertPicker.Choice("signatories", messages.get("insert.signatories." + list),
                    assistant.print(snippet).text(), snippet, snippet));
        }
        return picker().pick("insert.signatories", choices, null).map(InsertPicker.Choice::insert);
    }

    private Optional<String> history() {
        List<InsertPicker.Choice> choices = new ArrayList<>();
        for (String run : RUNS) {
            for (String field : RUN_FIELDS) {
                String reference = "$history." + run + "." + field;
                String printed = assistant.print(reference).problem().isPresent()
                        ? messages.get("insert.history.none") : assistant.print(reference).text() + ", …";
                choices.add(new InsertPicker.Choice("history", reference, printed,
                        BodyAssistant.explanation("$history." + run) + "; " + BodyAssistant.explanation(reference),
                        BodyAssistant.historySentence(run, field)));
            }
        }
        return picker().pick("insert.history", choices, null).map(InsertPicker.Choice::insert);
    }
}
