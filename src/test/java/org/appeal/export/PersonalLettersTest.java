package org.appeal.export;

import org.appeal.compose.FontLibrary;
import org.appeal.compose.PdfText;
import org.appeal.compose.RenderException;
import org.appeal.compose.RenderOptions;
import org.appeal.compose.RenderedLetter;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.domain.Addressing;
import org.appeal.domain.CampaignData;
import org.appeal.domain.Recipient;
import org.appeal.fixtures.FictionalAddressees;
import org.appeal.store.bundle.BundleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-addressee letters through a whole batch export: three made-up TO recipients (the sample
 * letter's text, FictionalAddressees' invented names) and the sample's Prime Minister as CC.
 */
class PersonalLettersTest {
    private static Renderer renderer;
    private static CampaignData sample;

    @TempDir
    Path temp;

    @BeforeAll
    static void setUp() throws Exception {
        renderer = new Renderer(new TemplateEngine(Path.of("templates")), new FontLibrary());
        sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
    }

    private static CampaignData threeAddressees(Addressing addressing) {
        List<Recipient> recipients = new ArrayList<>(FictionalAddressees.of(3));
        recipients.add(sample.recipient("prime-minister").orElseThrow());
        return sample.withRecipients(recipients).withLetter(sample.letter().withAddressing(addressing));
    }

    /** What identifies an addressee on the page: name, each address line, and the salutation. */
    private static List<String> marks(Recipient r) {
        List<String> marks = new ArrayList<>(List.of(r.name(), "Dear " + r.formOfAddress() + ","));
        marks.addAll(r.addressLines());
        return marks;
    }

    private static String text(Path pdf) throws Exception {
        return PdfText.withoutFooters(Files.readAllBytes(pdf)).replaceAll("\\s+", " ");
    }

    @Test
    void eachAddresseeGetsALetterWithTheirOwnAddressSalutationAndNoOneElses() throws Exception {
        CampaignData data = threeAddressees(Addressing.PER_ADDRESSEE);
        List<Recipient> to = data.recipients().subList(0, 3);

        BatchExport.Result result = new BatchExport(renderer, RenderOptions.DEFAULT, 2)
                .export(data, data.recipients(), temp, (d, t, m) -> { }, () -> false);

        assertThat(result.cancelled()).isFalse();
        assertThat(result.files()).hasSize(4);
        for (int i = 0; i < 3; i++) {
            String text = text(result.files().get(i));
            assertThat(result.files().get(i).getFileName().toString()).contains(to.get(i).name().replace(' ', '-'));
            for (String mark : marks(to.get(i))) {
                assertThat(text).as(result.files().get(i) + " holds " + mark).contains(mark);
            }
            for (int other = 0; other < 3; other++) {
                if (other != i) {
                    for (String mark : marks(to.get(other))) {
                        assertThat(text).as(result.files().get(i) + " lacks " + mark).doesNotContain(mark);
                    }
                }
            }
            assertThat(text).as("the CC recipient is listed").contains("Kim Min-seok");
        }
        // The CC recipient's copy is the first addressee's letter.
        String copy = text(result.files().get(3));
        marks(to.get(0)).forEach(mark -> assertThat(copy).contains(mark));
        marks(to.get(1)).forEach(mark -> assertThat(copy).doesNotContain(mark));
        assertThat(text(result.files().get(3)).replace("Kim Min-seok", ""))
                .isEqualTo(text(result.files().get(0)).replace("Kim Min-seok", ""));
    }

    @Test
    void eachAddresseeGetsTheirOwnLetterInEachLanguageNamedWithItsLanguages() throws Exception {
        CampaignData english = threeAddressees(Addressing.PER_ADDRESSEE);
        // The sample's Korean version (letter-ko) addressed per addressee too.
        CampaignData data = english.withOtherLetters(english.otherLetters().stream()
                .map(l -> new org.appeal.domain.NamedLetter(l.name(), l.letter().withAddressing(Addressing.PER_ADDRESSEE),
                        l.translationOf())).toList());
        List<Recipient> to = data.recipients().subList(0, 3);

        for (List<String> versions : List.of(List.of("letter-ko"), List.of("letter", "letter-ko"))) {
            Path folder = temp.resolve(String.join("+", versions));
            BatchExport.Result result = new BatchExport(renderer, RenderOptions.DEFAULT, 2)
                    .export(data, versions, data.recipients(), folder, (d, t, m) -> { }, () -> false);

            String ending = versions.size() == 1 ? "_ko.pdf" : "_en-ko.pdf";
            assertThat(result.files()).hasSize(4).allSatisfy(f -> assertThat(f.getFileName().toString()).endsWith(ending));
            for (int i = 0; i < 3; i++) {
                Path file = result.files().get(i);
                assertThat(file.getFileName().toString()).contains(to.get(i).name().replace(' ', '-'));
                String text = text(file);
                assertThat(text).as(file + " is addressed to " + to.get(i).name()).contains(to.get(i).name());
                for (int other = 0; other < 3; other++) {
                    if (other != i) {
                        assertThat(text).as(file + " lacks " + to.get(other).name()).doesNotContain(to.get(other).name());
                    }
                }
            }
        }
    }

    @Test
    void oneLetterAddressesEveryCopyToTheFirstAsBefore() throws Exception {
        CampaignData data = threeAddressees(Addressing.ONE_LETTER);
        CampaignData unset = data.withLetter(new org.appeal.domain.LetterDraft(data.letter().subject(),
                data.letter().date(), data.letter().body(), data.letter().templateName(),
                data.letter().signatoriesAsOf(), data.letter().citations()));
        RenderedLetter first = renderer.render(unset, null, RenderOptions.DEFAULT);
        String firstText = PdfText.withoutFooters(first.pdf());
        marks(data.recipients().get(0)).forEach(mark -> assertThat(firstText.replaceAll("\\s+", " ")).contains(mark));

        for (Recipient recipient : data.recipients()) {
            RenderedLetter letter = renderer.render(data, recipient, RenderOptions.DEFAULT);
            assertThat(letter.html()).as(recipient.id()).isEqualTo(first.html());
            assertThat(PdfText.withoutFooters(letter.pdf())).as(recipient.id()).isEqualTo(firstText);
        }
        BatchExport.Result result = new BatchExport(renderer, RenderOptions.DEFAULT, 2)
                .export(data, data.recipients(), temp, (d, t, m) -> { }, () -> false);
        for (Path file : result.files()) {
            assertThat(PdfText.withoutFooters(Files.readAllBytes(file))).as(file.toString()).isEqualTo(firstText);
        }
    }

    @Test
    void aRefusedLetterAmongManyLeavesTheFolderUntouched() throws Exception {
        List<Recipient> recipients = new ArrayList<>(FictionalAddressees.of(6));
        Recipient last = recipients.get(5);
        // A made-up name with a character no bundled font has (U+1F600) blocks the sixth letter only.
        recipients.set(5, new Recipient(last.id(), last.role(), last.position(), last.formOfAddress(),
                last.name() + " \uD83D\uDE00", last.title(), last.office(), last.addressLines(), last.fax(), last.email()));
        CampaignData data = FictionalAddressees.perAddressee(sample, 0).withRecipients(recipients);
        Path folder = temp.resolve("letters");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BatchExport(renderer, RenderOptions.DEFAULT, 2)
                        .export(data, data.recipients(), folder, (d, t, m) -> { }, () -> false))
                .isInstanceOf(RenderException.class);
        assertThat(folder).doesNotExist();
    }

    @Test
    void progressIsMeasuredAndACancelStopsBetweenLetters() throws Exception {
        CampaignData data = FictionalAddressees.perAddressee(sample, 8);
        List<BatchProgress> seen = new ArrayList<>();
        BatchExport.Progress progress = new BatchExport.Progress() {
            @Override
            public void update(int done, int total, String message) {
            }

            @Override
            public void measured(BatchProgress p) {
                seen.add(p);
            }
        };

        BatchExport.Result result = new BatchExport(renderer, RenderOptions.DEFAULT, 2).export(data, data.recipients(),
                temp, progress, () -> seen.stream().filter(p -> p.stage() == BatchProgress.Stage.WRITING).count() >= 3);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.files()).hasSize(3);
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.filter(f -> f.toString().endsWith(".pdf"))).hasSize(3);
        }
        assertThat(seen.stream().filter(p -> p.stage() == BatchProgress.Stage.CHECKING))
                .extracting(BatchProgress::done).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        BatchProgress third = seen.get(seen.size() - 1);
        assertThat(third.stage()).isEqualTo(BatchProgress.Stage.WRITING);
        assertThat(third.done()).isEqualTo(3);
        assertThat(third.total()).isEqualTo(8);
        assertThat(third.lettersPerSecond()).isPositive();
        assertThat(third.timeLeft()).hasValueSatisfying(left -> assertThat(left.toNanos())
                .isEqualTo((long) (5 / third.lettersPerSecond() * 1e9)));
    }
}
