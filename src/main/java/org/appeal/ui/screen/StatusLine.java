package org.appeal.ui.screen;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The one line of news at the bottom of the window: the shell shows it, every screen writes to it. */
public final class StatusLine {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    public void show(String message) {
        text.set(message);
    }

    public String text() {
        return text.get();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
