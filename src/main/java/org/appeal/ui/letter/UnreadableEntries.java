package org.appeal.ui.letter;

import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;

import java.util.stream.Collectors;

/**
 * The letter's fields whose entry is no value the letter can take (a date that is no day): the
 * letter keeps the last value it could read, and saving or exporting is refused, in words,
 * until every entry is fixed.
 */
final class UnreadableEntries {
    private final DialogService dialogs;
    private final Messages messages;
    /** By the field's name: why, in words. */
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();

    UnreadableEntries(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** @param problem why, in words; empty once the entry is readable again */
    void report(String field, String problem) {
        if (problem == null || problem.isEmpty()) {
            problems.remove(field);
        } else {
            problems.put(field, problem);
        }
    }

    ObservableMap<String, String> problems() {
        return problems;
    }

    /** Says why the letter cannot be saved or exported as it is typed, if a field cannot be read; true then. */
    boolean refused() {
        if (problems.isEmpty()) {
            return false;
        }
        dialogs.error(messages.get("letter.unreadableTitle"), problems.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).sorted()
                .collect(Collectors.joining("\n")));
        return true;
    }
}
