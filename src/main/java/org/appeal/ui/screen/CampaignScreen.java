package org.appeal.ui.screen;

import javafx.scene.Node;
import org.appeal.app.CampaignChange;

/**
 * One screen of an open campaign: what the shell needs to list it in the navigator, show it, tell
 * it of changes and route Edit → Undo to it. A screen is built from a {@link ScreenContext} and
 * owns its view-model; adding one is a class implementing this and a line in
 * {@code ui.shell.CampaignScreens}.
 *
 * @param <M> its view-model
 */
public interface CampaignScreen<M> {
    /**
     * Short, stable, lower case: the navigator row is {@code #nav-<id>}, the screen's root node
     * {@code #<id>-screen}.
     */
    String id();

    /** The message key of its title in the navigator. */
    default String titleKey() {
        return "nav." + id();
    }

    /** The node to show; asked each time the screen is shown, so a screen may build it afresh or keep it. */
    Node node();

    M viewModel();

    /** The campaign has opened and every screen is listed: start first work (the letter's first preview). */
    default void opened() {
    }

    /**
     * Something in the campaign was written, by this screen or another: reload what shows it.
     * Called on the FX thread, in the order the session published.
     */
    void campaignChanged(CampaignChange change);

    /** Edit → Undo and Redo while this screen shows. */
    default EditActions editActions() {
        return EditActions.NONE;
    }

    /** The language changed: a kept node is dropped so that the next one is labelled anew, texts made anew. */
    default void relabel() {
    }
}
