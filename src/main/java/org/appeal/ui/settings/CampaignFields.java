package org.appeal.ui.settings;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.appeal.domain.Campaign;

import java.util.Objects;

/** The campaign's own fields on the settings screen (title, language, target state, coalition) as typed. */
final class CampaignFields {
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("");
    private final StringProperty targetState = new SimpleStringProperty("");
    private final StringProperty coalition = new SimpleStringProperty("");

    /**
     * Shows {@code now}; with {@code was} (what the fields were last loaded from) only what changed
     * since, so what is being typed in the other fields stays.
     */
    void show(Campaign was, Campaign now) {
        if (was == null || !was.title().equals(now.title())) {
            title.set(now.title());
        }
        if (was == null || !was.language().equals(now.language())) {
            language.set(now.language());
        }
        if (was == null || !was.targetState().equals(now.targetState())) {
            targetState.set(now.targetState());
        }
        if (was == null || !was.coalition().equals(now.coalition())) {
            coalition.set(now.coalition());
        }
    }

    /** Whether a field's text differs from {@code saved}. */
    boolean typedDiffers(String field, Campaign saved) {
        return switch (field) {
            case "title" -> !Objects.equals(title.get(), saved.title());
            case "targetState" -> !Objects.equals(targetState.get(), saved.targetState());
            case "coalition" -> !Objects.equals(coalition.get(), saved.coalition());
            default -> false;
        };
    }

    StringProperty title() { return title; }
    StringProperty language() { return language; }
    StringProperty targetState() { return targetState; }
    StringProperty coalition() { return coalition; }
}
