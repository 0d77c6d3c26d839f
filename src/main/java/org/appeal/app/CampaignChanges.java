package org.appeal.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The one way news of a change travels in an open campaign: its {@link CampaignSession} publishes
 * after every write, subscribers (the shell, on behalf of every screen) act on it. Subscribers are
 * told on the thread that wrote, usually a background task, and move to the thread they need
 * themselves. One per session, not an app-wide bus: a campaign closed is a signal gone.
 */
public final class CampaignChanges {
    private final List<Consumer<CampaignChange>> subscribers = new CopyOnWriteArrayList<>();

    /** @return undoes the subscription */
    public Runnable subscribe(Consumer<CampaignChange> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    public void publish(CampaignChange change) {
        subscribers.forEach(s -> s.accept(change));
    }
}
