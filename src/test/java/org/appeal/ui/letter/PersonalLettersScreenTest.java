package org.appeal.ui.letter;

import org.appeal.app.CampaignChange;
import org.appeal.compose.PdfText;
import org.appeal.domain.Addressing;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;
import org.appeal.fixtures.FictionalAddressees;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.UiExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal letters on the letter screen, without the FX toolkit: the preview for each addressee,
 * and Export for every recipient with letters/s, time left and Cancel. The campaign is the sample
 * letter sent to three made-up addressees (FictionalAddressees) with the sample's Prime Minister as CC.
 */
class PersonalLettersScreenTest {
    @TempDir
    Path temp;

    private LetterFixture fixture;
    private List<Recipient> to;

    @BeforeEach
    void threeAddressees() throws Exception {
        fixture = new LetterFixture(temp, sample -> {
            List<Recipient> recipients = new ArrayList<>(FictionalAddressees.of(3));
            recipients.add(sample.recipient("prime-minister").orElseThrow());
            return sample.withRecipients(recipients);
        });
        to = FictionalAddressees.of(3);
    }

    private static DialogService folderChosen(Path folder) {
        return new DialogService() {
            public void error(String t, String m) { throw new AssertionError(t + ": " + m); }
            public void info(String t, String m) { }
            public boolean confirm(String t, String m) { return true; }
            public Optional<Path> chooseSaveFile(String t, String n, String e) { return Optional.empty(); }
            public Optional<Path> chooseOpenFile(String t, String e) { return Optional.empty(); }
            public Optional<Path> chooseFolder(String t) { return Optional.ofNullable(folder); }
        };
    }

    private static String html(LetterEditorViewModel model, Recipient recipient) {
        model.recipientProperty().set(model.recipients().stream().filter(r -> r.id().equals(recipient.id()))
                .findFirst().orElseThrow());
        return model.preview().lastGoodLetter().orElseThrow().html();
    }

    @Test
    void previewForEachAddresseeShowsTheirOwnLetterOncePerAddresseeIsChosen() {
        LetterScreen screen = fixture.screen(folderChosen(null), (pdf, job) -> false);
        LetterEditorViewModel model = screen.viewModel();

        assertThat(html(model, to.get(1))).as("one letter: every copy is addressed to the first")
                .contains("Dear " + to.get(0).formOfAddress() + ",").doesNotContain(to.get(1).name());

        fixture.session.saveLetterSettings(fixture.session.data().letter().withAddressing(Addressing.PER_ADDRESSEE));
        screen.campaignChanged(CampaignChange.SETTINGS);

        for (Recipient addressee : to) {
            String html = html(model, addressee);
            assertThat(html).contains(addressee.name(), "Dear " + addressee.formOfAddress() + ",",
                    addressee.addressLines().get(0));
            to.stream().filter(other -> other != addressee)
                    .forEach(other -> assertThat(html).doesNotContain(other.name()));
        }
        assertThat(html(model, fixture.session.data().recipient("prime-minister").orElseThrow()))
                .as("the CC recipient's copy is the first addressee's letter")
                .contains("Dear " + to.get(0).formOfAddress() + ",").doesNotContain(to.get(1).name());
    }

    /** Runs each job on the test thread, keeping what it says of its progress; cancelled once {@code cancelWhen} says so. */
    private static final class RecordingExecutor implements UiExecutor {
        record Update(long done, long total, String message) {
        }

        final List<Update> updates = new ArrayList<>();
        java.util.function.Predicate<List<Update>> cancelWhen = u -> false;

        @Override
        public <T> Job submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.run(new Progress() {
                    public void update(long done, long total, String message) {
                        updates.add(new Update(done, total, message));
                    }

                    public boolean isCancelled() {
                        return cancelWhen.test(updates);
                    }

                    public void publish(Runnable action) {
                        action.run();
                    }
                });
            } catch (Exception e) {
                onFailure.accept(e);
                return () -> { };
            }
            onSuccess.accept(result);
            return () -> { };
        }
    }

    private static final String RATE = "\\d+\\.\\d letters/s, (\\d+ s|\\d+ min \\d+ s) left";

    @Test
    void exportForEveryRecipientWritesEachAddresseesLetterSayingLettersPerSecondAndTimeLeft() throws Exception {
        fixture.screen(folderChosen(null), (pdf, job) -> false, new RecordingExecutor());
        fixture.session.saveLetterSettings(fixture.session.data().letter().withAddressing(Addressing.PER_ADDRESSEE));
        Path folder = temp.resolve("letters");
        RecordingExecutor executor = new RecordingExecutor();
        LetterScreen screen = fixture.screen(folderChosen(folder), (pdf, job) -> false, executor);

        screen.actions().exportAll();

        assertThat(executor.updates).extracting(RecordingExecutor.Update::done).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(executor.updates).allSatisfy(u -> assertThat(u.total()).isEqualTo(8));
        assertThat(executor.updates.get(1).message()).matches("Checking the letters: 2 of 4, " + RATE);
        assertThat(executor.updates.get(5).message()).matches("Writing the letters: 2 of 4, " + RATE);
        assertThat(fixture.status.text()).isEqualTo("Exported 4 letters to " + folder);
        for (int i = 0; i < 3; i++) {
            Recipient addressee = to.get(i);
            try (Stream<Path> files = Files.list(folder)) {
                Path file = files.filter(f -> f.getFileName().toString().contains(addressee.name().replace(' ', '-')))
                        .findFirst().orElseThrow();
                String text = PdfText.withoutFooters(Files.readAllBytes(file)).replaceAll("\\s+", " ");
                assertThat(text).contains("Dear " + addressee.formOfAddress() + ",", addressee.addressLines().get(0));
            }
        }
    }

    @Test
    void cancelStopsTheExportBetweenLettersAndSaysHowManyWereWritten() throws Exception {
        Path folder = temp.resolve("letters");
        RecordingExecutor executor = new RecordingExecutor();
        executor.cancelWhen = updates -> updates.stream().anyMatch(u -> u.message().startsWith("Writing the letters: 2 of 4"));
        LetterScreen screen = fixture.screen(folderChosen(folder), (pdf, job) -> false, executor);

        screen.actions().exportAll();

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).hasSize(2);
        }
        assertThat(fixture.status.text()).isEqualTo("Export cancelled after 2 files");
        assertThat(executor.updates).last().extracting(RecordingExecutor.Update::done).isEqualTo(6L);
    }
}
