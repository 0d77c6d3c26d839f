package org.appeal.ui.common;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * The standard dialog buttons in the interface's language. JavaFX's own {@link ButtonType#OK},
 * {@link ButtonType#CANCEL} and {@link ButtonType#CLOSE} take their text once, from the JDK's
 * locale when the class loads, so a Korean interface would keep "OK" and "Cancel"; these take it
 * from {@link Messages} when the dialog is built, with the same roles (placement, Enter, Escape).
 */
public record DialogButtons(ButtonType ok, ButtonType cancel, ButtonType close) {
    public static DialogButtons of(Messages messages) {
        return new DialogButtons(new ButtonType(messages.get("button.ok"), ButtonData.OK_DONE),
                new ButtonType(messages.get("button.cancel"), ButtonData.CANCEL_CLOSE),
                new ButtonType(messages.get("button.close"), ButtonData.CANCEL_CLOSE));
    }
}
