package org.appeal.ui.shell;

import org.appeal.app.AppSettings;
import org.appeal.app.SettingsFile;
import org.appeal.ui.common.Debouncer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings are written once changes settle, not only at quit; the settling is played by hand here. */
class SettingsKeeperTest {
    @TempDir
    Path temp;

    /** Holds the last scheduled write until the test lets it run, as a pause would. */
    private static final class HeldDebouncer implements Debouncer {
        Runnable pending;
        int scheduled;

        @Override
        public void schedule(Runnable action) {
            pending = action;
            scheduled++;
        }

        @Override
        public void cancel() {
            pending = null;
        }

        void settle() {
            Runnable action = pending;
            pending = null;
            action.run();
        }
    }

    private final HeldDebouncer settle = new HeldDebouncer();
    private final List<IOException> failures = new ArrayList<>();

    @Test
    void changesAreWrittenOnceTheySettleWithoutQuitting() {
        SettingsFile file = new SettingsFile(temp.resolve("settings.properties"));
        SettingsKeeper keeper = new SettingsKeeper(file, AppSettings.DEFAULTS, settle, failures::add);

        keeper.change(s -> s.withWindow(900, 600));
        keeper.change(s -> s.withWindow(901, 601));
        keeper.change(s -> s.withLanguage("ko"));
        assertThat(file.path()).as("not while changes keep coming").doesNotExist();

        settle.settle();

        assertThat(file.load()).isEqualTo(AppSettings.DEFAULTS.withWindow(901, 601).withLanguage("ko"));
        assertThat(failures).isEmpty();
    }

    @Test
    void noChangeSchedulesNoWrite() {
        SettingsKeeper keeper = new SettingsKeeper(new SettingsFile(temp.resolve("settings.properties")),
                AppSettings.DEFAULTS, settle, failures::add);

        keeper.change(s -> s);

        assertThat(settle.scheduled).isZero();
    }

    @Test
    void closingWritesAtOnceAndNothingAfter() throws IOException {
        SettingsFile file = new SettingsFile(temp.resolve("settings.properties"));
        SettingsKeeper keeper = new SettingsKeeper(file, AppSettings.DEFAULTS, settle, failures::add);
        keeper.change(s -> s.withLastCampaign("made-up-campaign"));

        keeper.close();
        keeper.change(s -> s.withLanguage("ko"));

        assertThat(settle.pending).as("the waiting write is forgotten").isNull();
        assertThat(file.load().lastCampaign()).isEqualTo("made-up-campaign");
        assertThat(file.load().language()).isEmpty();
    }

    @Test
    void aFailedWriteAfterSettlingIsReportedAndBreaksNothing() throws IOException {
        Path blocked = Files.writeString(temp.resolve("not-a-folder"), "a file where the settings folder should be");
        SettingsKeeper keeper = new SettingsKeeper(new SettingsFile(blocked.resolve("settings.properties")),
                AppSettings.DEFAULTS, settle, failures::add);

        keeper.change(s -> s.withLanguage("ko"));
        settle.settle();

        assertThat(failures).singleElement();
        assertThat(Files.readString(blocked)).isEqualTo("a file where the settings folder should be");
    }
}
