package org.appeal.ui;

import org.appeal.app.CampaignSession;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryOrder;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.ui.common.DirectUiExecutor;
import org.appeal.ui.common.Messages;
import org.appeal.ui.recipients.RecipientsViewModel;
import org.appeal.ui.screen.StatusLine;
import org.appeal.ui.signatories.SignatoriesViewModel;
import org.appeal.ui.signatories.SignatoryField;
import org.appeal.ui.signatories.SignatoryForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Signatories and Recipients screens' view-models without the toolkit: adding with an image,
 * editing, removing (or withdrawing), moving, and what the screen is told. Sample campaign; the
 * added people and the image are made up.
 */
class SignatoriesAuthoringViewModelTest {
    private static final String CAMPAIGN = "rok-unga80-dprk-2025";

    @TempDir
    Path temp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final StatusLine status = new StatusLine();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private CampaignSession session;
    private SignatoriesViewModel model;

    @BeforeEach
    void open() throws Exception {
        Workspace workspace = Workspace.open(WorkspaceLocation.sqlite(temp.resolve("w.db")));
        new CampaignStore(workspace).importCampaign(new BundleReader().read(Path.of("seeds/sample-campaign")));
        session = CampaignSession.open(workspace, CAMPAIGN);
        session.changes().subscribe(change -> model.campaignChanged(change));
        model = new SignatoriesViewModel(session, new DirectUiExecutor(), dialogs, messages,
                () -> session.data().letter(), status);
    }

    private Signatory named(String name) {
        return model.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aNewSignatoryWithAHangulNameAndAChosenImageIsSavedWithTheImageKept() throws Exception {
        Path logo = temp.resolve("로고.png");
        javax.imageio.ImageIO.write(new BufferedImage(90, 30, BufferedImage.TYPE_INT_RGB), "png", logo.toFile());
        dialogs.openFile = logo;
        SignatoryForm[] chosen = new SignatoryForm[1];
        SignatoryForm form = model.newForm().with(SignatoryField.NAME, "북한인권시민연합")
                .with(SignatoryField.SIGNED_ON, "2025-07-01");
        model.chooseImage(image -> chosen[0] = form.withChosenImage(image));

        assertThat(chosen[0].check(messages)).isEmpty();
        model.edit(form, f -> Optional.of(chosen[0]));

        Signatory added = named("북한인권시민연합");
        assertThat(added.position()).isEqualTo(23);
        assertThat(added.signedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(added.signatureImage()).isEqualTo("images/북한인권시민연합.png");
        byte[] bytes = readAll(logo);
        assertThat(session.data().image(added.signatureImage())).hasValueSatisfying(i ->
                assertThat(i.bytes()).isEqualTo(bytes));
        assertThat(model.focusIdProperty().get()).isEqualTo(added.id());
        assertThat(status.text()).isEqualTo("Saved 북한인권시민연합.");
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedInTheFormAndNothingIsSaved() throws Exception {
        Path notImage = temp.resolve("logo.png");
        Files.writeString(notImage, "not an image");
        dialogs.openFile = notImage;
        SignatoryForm[] chosen = new SignatoryForm[1];
        SignatoryForm form = model.newForm().with(SignatoryField.NAME, "Made-up Group");
        model.chooseImage(image -> chosen[0] = form.withChosenImage(image));

        assertThat(chosen[0].check(messages)).extracting(SignatoryForm.Finding::message).containsExactly(
                "This image cannot be printed: 'logo.png' is not a PNG or JPEG image (judged by its content, not its name)");
        int before = model.all().size();
        model.edit(form, f -> Optional.of(chosen[0]));
        assertThat(model.all()).hasSize(before);
    }

    @Test
    void anUnreadableDateBlocksAndALocalDateIsRead() {
        SignatoryForm form = model.newForm().with(SignatoryField.NAME, "Made-up Person").withKind(Signatory.Kind.INDIVIDUAL);

        assertThat(form.with(SignatoryField.SIGNED_ON, "31/02/2025").check(messages)).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("\"31/02/2025\" is not a date Appeal can read."));
        assertThat(form.with(SignatoryField.SIGNED_ON, "7/9/25").toSignatory(Locale.ENGLISH, "").signedOn())
                .isEqualTo(LocalDate.of(2025, 7, 9));
        assertThat(form.with(SignatoryField.SIGNED_ON, "2025. 7. 9.").toSignatory(Locale.KOREAN, "").signedOn())
                .isEqualTo(LocalDate.of(2025, 7, 9));
        assertThat(form.with(SignatoryField.NAME, " ").canSave(messages)).isFalse();
    }

    @Test
    void anEditChangesEveryFieldAndKeepsTheId() {
        Signatory cohen = named("Roberta Cohen");
        SignatoryForm form = SignatoryForm.of(cohen).with(SignatoryField.TITLE, "Made-up Chair")
                .with(SignatoryField.COUNTRY, "Exampleland").with(SignatoryField.NAME, "Roberta Cohen (edited)");

        model.edit(form, f -> Optional.of(f));

        Signatory edited = named("Roberta Cohen (edited)");
        assertThat(edited.id()).isEqualTo(cohen.id());
        assertThat(edited.title()).isEqualTo("Made-up Chair");
        assertThat(edited.country()).isEqualTo("Exampleland");
    }

    @Test
    void removingAskesThenDeletesOrWithdrawsAndSaysWhich() {
        model.edit(model.newForm().with(SignatoryField.NAME, "Added By Mistake"), Optional::of);
        model.remove(named("Added By Mistake"));
        assertThat(model.all()).noneMatch(s -> s.name().equals("Added By Mistake"));
        assertThat(model.noticeProperty().get()).isEqualTo("Added By Mistake was removed from the sign-on list.");

        session.saveLetter(session.data().letter());
        model.remove(named("Christian Solidarity Worldwide"));
        assertThat(named("Christian Solidarity Worldwide").withdrawnOn()).isEqualTo(LocalDate.now());
        assertThat(model.noticeProperty().get()).startsWith("Christian Solidarity Worldwide was printed in a saved or"
                + " exported version of the letter, so the record is kept: withdrawn as of");
        assertThat(dialogs.shown).filteredOn(s -> s.kind().equals("confirm")).hasSize(2);

        dialogs.confirmAnswer = false;
        model.remove(named("Human Rights Watch"));
        assertThat(named("Human Rights Watch").withdrawnOn()).isNull();
    }

    @Test
    void theWithdrawalNoticeGivesTheDayTheInterfacesWay() {
        Messages korean = new Messages(Locale.KOREAN);
        SignatoriesViewModel inKorean = new SignatoriesViewModel(session, new DirectUiExecutor(), dialogs, korean,
                () -> session.data().letter(), status);
        session.saveLetter(session.data().letter());
        inKorean.remove(named("Christian Solidarity Worldwide"));
        LocalDate today = LocalDate.now();
        assertThat(inKorean.noticeProperty().get()).contains(today.getYear() + "년 " + today.getMonthValue() + "월 "
                + today.getDayOfMonth() + "일");
    }

    @Test
    void movingUpAndDownAndByDragChangesTheLetterOrder() {
        List<String> before = order();
        Signatory second = model.all().stream().filter(s -> s.id().equals(before.get(1))).findFirst().orElseThrow();

        model.moveUp(second);
        assertThat(order().subList(0, 2)).containsExactly(before.get(1), before.get(0));
        model.moveDown(model.all().stream().filter(s -> s.id().equals(before.get(1))).findFirst().orElseThrow());
        assertThat(order()).isEqualTo(before);

        Signatory last = model.all().stream().filter(s -> s.id().equals(before.get(before.size() - 1))).findFirst().orElseThrow();
        Signatory first = model.all().stream().filter(s -> s.id().equals(before.get(0))).findFirst().orElseThrow();
        model.move(last, first, false);
        assertThat(order().get(0)).isEqualTo(last.id());
        assertThat(model.focusIdProperty().get()).isEqualTo(last.id());

        model.orderProperty().set(SignatoriesViewModel.Order.NAME);
        model.moveUp(first);
        assertThat(order().get(0)).as("not moved in another order").isEqualTo(last.id());
        assertThat(status.text()).isEqualTo("Signatories can be moved in the letter order only: choose \"Letter order\".");
    }

    @Test
    void recipientsAreRemovedAndMoved() {
        RecipientsViewModel recipients = new RecipientsViewModel(session, new DirectUiExecutor(), dialogs, messages);
        session.changes().subscribe(recipients::campaignChanged);
        List<String> before = recipients.recipients().stream().map(org.appeal.domain.Recipient::id).toList();

        recipients.moveDown(recipients.recipients().get(0));
        assertThat(recipients.recipients().stream().map(org.appeal.domain.Recipient::id).toList().subList(0, 2))
                .containsExactly(before.get(1), before.get(0));
        recipients.move(recipients.recipients().get(recipients.recipients().size() - 1), recipients.recipients().get(0), false);
        assertThat(recipients.recipients().get(0).id()).isEqualTo(before.get(before.size() - 1));

        recipients.remove(recipients.recipients().get(1));
        assertThat(recipients.recipients()).hasSize(before.size() - 1);
    }

    private List<String> order() {
        return session.data().signatories().all().stream().sorted(SignatoryOrder.listPosition()).map(Signatory::id).toList();
    }

    private static byte[] readAll(Path file) throws java.io.IOException {
        return Files.readAllBytes(file);
    }
}
