package org.appeal.ui.common;

import javafx.util.StringConverter;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a choice box or list names its items in the interface's words. Text turns back into the item
 * that carries that label, so nothing the user can see ever maps to a value they could not choose;
 * text that names no item gives none.
 */
public final class ChoiceLabels<T> extends StringConverter<T> {
    private final List<T> items;
    private final Function<T, String> label;

    private ChoiceLabels(List<T> items, Function<T, String> label) {
        this.items = Objects.requireNonNull(items, "items");
        this.label = Objects.requireNonNull(label, "label");
    }

    /** @param items the control's own list, read whenever text is turned back; {@code label} is never given null */
    public static <T> ChoiceLabels<T> of(List<T> items, Function<T, String> label) {
        return new ChoiceLabels<>(items, label);
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : label.apply(value);
    }

    @Override
    public T fromString(String text) {
        return items.stream().filter(item -> item != null && label.apply(item).equals(text)).findFirst().orElse(null);
    }
}
