package org.appeal.ui.settings;

import org.appeal.app.CampaignSession;
import org.appeal.app.LetterLanguage;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;
import org.appeal.ui.screen.StatusLine;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.function.Consumer;

/**
 * Saves the settings screen's edits through the session, one at a time, in the order asked:
 * each starts from what the one before saved (two saves in flight would hold the same row
 * version, and the second would be refused as stale).
 */
final class SettingsSaves {
    private final CampaignSession session;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final StatusLine status;
    private final Runnable afterEach;
    private final Runnable refused;
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private boolean saving;

    /**
     * @param afterEach run after each save, done or refused
     * @param refused   run after a refusal has been said, to show what is saved
     */
    SettingsSaves(CampaignSession session, UiExecutor executor, DialogService dialogs, Messages messages,
                  StatusLine status, Runnable afterEach, Runnable refused) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.status = status;
        this.afterEach = afterEach;
        this.refused = refused;
    }

    SavedSettings saved() {
        return SavedSettings.of(session.data());
    }

    /**
     * Saves {@code to} once the saves asked before are done; {@code done} is given what was saved
     * before it.
     */
    void save(SavedSettings to, String what, Consumer<SavedSettings> done) {
        queue(() -> {
            SavedSettings before = saved();
            write(before, to, what, () -> done.accept(before));
        });
    }

    private void queue(Runnable save) {
        waiting.add(save);
        if (!saving) {
            next();
        }
    }

    private void next() {
        Runnable save = waiting.poll();
        saving = save != null;
        if (save != null) {
            save.run();
        }
    }

    /**
     * Saves what differs between {@code from} (as saved now) and {@code to}: the campaign and its
     * further letters together under the campaign's version, the main letter's settings under the
     * letter's. A refusal (someone saved first) is said, and the screen shows what is saved.
     */
    private void write(SavedSettings from, SavedSettings to, String what, Runnable done) {
        boolean campaign = !from.campaign().equals(to.campaign()) || !from.further().equals(to.further());
        boolean main = !from.sameMainSettings(to.main());
        executor.submit(messages.get("task.saveSettings"), progress -> {
            if (campaign) {
                session.saveCampaignSettings(to.campaign(), to.further());
            }
            if (main) {
                session.saveLetterSettings(LetterLanguage.with(session.data().letter().withTemplate(to.main().templateName())
                        .withCitations(to.main().citations()).withAddressing(to.main().addressing()),
                        LetterLanguage.of(to.main())));
            }
            return to;
        }, saved -> {
            done.run();
            afterEach.run();
            status.show(messages.get("settings.saved", messages.get(what)));
            next();
        }, failure -> {
            afterEach.run();
            waiting.clear();  // what was asked after it was asked of settings that are not saved
            dialogs.error(messages.get("settings.failedTitle"), String.valueOf(failure.getMessage()));
            refused.run();
            next();
        });
    }
}
