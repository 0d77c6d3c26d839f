package org.appeal.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.appeal.app.DateEntry;

import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * A date field that cannot be silently wrong. It shows days the way the interface's language
 * writes them, reads what is typed with {@link DateEntry} as it is typed, and when the entry is no
 * day it says so under the field at once, marks the field, and leaves {@link #valueProperty()} at
 * the last day it could read (so a letter never takes a guessed date). The calendar button of a
 * {@link DatePicker} stays for picking.
 *
 * <p>The picker's own id is the one given, so tests and accessibility reach it as before; the
 * problem line is {@code <id>Problem}.
 */
public final class DateField {
    private final Messages messages;
    private final boolean required;
    private final DatePicker picker = new DatePicker();
    private final Label problemLine = new Label();
    private final VBox node;
    private final ObjectProperty<LocalDate> value = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private boolean typing;

    /** @param required an empty field is a problem; otherwise it means the day is unknown (null) */
    public DateField(String id, Messages messages, boolean required) {
        this.messages = messages;
        this.required = required;
        picker.setId(id);
        picker.setEditable(true);
        picker.setMaxWidth(220);
        picker.setPromptText(messages.get("date.prompt"));
        picker.setConverter(new Shown());
        problemLine.setId(id + "Problem");
        problemLine.getStyleClass().add("field-problem");
        problemLine.setWrapText(true);
        problemLine.textProperty().bind(problem);
        problemLine.visibleProperty().bind(problem.isNotEmpty());
        problemLine.managedProperty().bind(problemLine.visibleProperty());
        node = new VBox(2, picker, problemLine);

        picker.getEditor().textProperty().addListener((o, old, text) -> typed(text));
        picker.valueProperty().addListener((o, old, day) -> {
            if (!typing && day != null) {
                value.set(day);
            }
        });
        value.addListener((o, old, day) -> {
            if (!typing) {
                picker.setValue(day);
                picker.getEditor().setText(day == null ? "" : DateEntry.show(day, messages.locale()));
            }
        });
    }

    /** The field with its problem line under it. */
    public Node node() {
        return node;
    }

    /** The picker itself: for labels, accessible text and focus. */
    public DatePicker control() {
        return picker;
    }

    /** The last day the field could read; unchanged while the entry is no day. */
    public ObjectProperty<LocalDate> valueProperty() {
        return value;
    }

    /** Why the entry is no day, in words; empty while it is one. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The interface's language changed: days are shown its way, and a problem is said in it. */
    public void relabel() {
        picker.setPromptText(messages.get("date.prompt"));
        LocalDate day = value.get();
        if (problem.get().isEmpty() && day != null) {
            picker.getEditor().setText(DateEntry.show(day, messages.locale()));
        } else {
            typed(picker.getEditor().getText());
        }
    }

    private void typed(String text) {
        DateEntry.Reading reading = DateEntry.read(text, messages.locale());
        String why = "";
        if (reading instanceof DateEntry.Read read) {
            quietly(read.date());
        } else if (reading instanceof DateEntry.Refused refused) {
            why = explain(text, refused);
        } else if (required) {
            why = messages.get("date.problem.EMPTY");
        } else {
            quietly(null);
        }
        problem.set(why);
        picker.getStyleClass().remove("invalid-field");
        if (!why.isEmpty()) {
            picker.getStyleClass().add("invalid-field");
        }
    }

    /** The day typed becomes the value without the field rewriting the text under the cursor. */
    private void quietly(LocalDate day) {
        typing = true;
        try {
            value.set(day);
        } finally {
            typing = false;
        }
    }

    private String explain(String text, DateEntry.Refused refused) {
        LocalDate example = value.get() != null ? value.get() : LocalDate.of(2025, 11, 10);
        String forms = messages.get("date.forms", DateEntry.iso(example), DateEntry.show(example, messages.locale()));
        if (refused.problem() == DateEntry.Problem.AMBIGUOUS) {
            return messages.get("date.problem.AMBIGUOUS", text.strip(), refused.readings().stream()
                    .map(d -> DateEntry.show(d, messages.locale()))
                    .collect(Collectors.joining(messages.get("date.or")))) + " " + forms;
        }
        return messages.get("date.problem." + refused.problem().name(), text.strip()) + " " + forms;
    }

    /**
     * Days shown the interface's way. The picker commits the text when it loses the focus and
     * throws whatever the converter throws at the user, so an entry that is no day gives back the
     * picker's day unchanged: the text stays as typed, and the problem line already says why.
     */
    private final class Shown extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate day) {
            return day == null ? "" : DateEntry.show(day, messages.locale());
        }

        @Override
        public LocalDate fromString(String text) {
            DateEntry.Reading reading = DateEntry.read(text, messages.locale());
            if (reading instanceof DateEntry.Read read) {
                return read.date();
            }
            if (reading instanceof DateEntry.Blank && !required) {
                return null;
            }
            return picker.getValue();
        }
    }
}
