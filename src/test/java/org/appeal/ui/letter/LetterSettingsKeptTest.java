package org.appeal.ui.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.appeal.app.CampaignSession;
import org.appeal.domain.CampaignData;
import org.appeal.domain.LetterWord;
import org.appeal.domain.RecipientText;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.DirectUiExecutor;
import org.appeal.ui.common.Messages;
import org.appeal.ui.recipients.RecipientForm;
import org.appeal.ui.recipients.RecipientsViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the app's screens do not edit yet stays as the campaign has it when they save: a letter's
 * language and own layout words, a recipient's second-script forms. The settings are made up.
 */
class LetterSettingsKeptTest {
    private static final String CAMPAIGN = "rok-unga80-dprk-2025";
    private static final DialogService DIALOGS = new DialogService() {
        public void error(String t, String m) { }
        public void info(String t, String m) { }
        public boolean confirm(String t, String m) { return false; }
        public Optional<Path> chooseSaveFile(String t, String n, String e) { return Optional.empty(); }
        public Optional<Path> chooseOpenFile(String t, String e) { return Optional.empty(); }
        public Optional<Path> chooseFolder(String t) { return Optional.empty(); }
    };

    @TempDir
    Path temp;

    private Workspace workspace;

    @BeforeEach
    void sampleWithLetterSettings() throws Exception {
        workspace = Workspace.open(WorkspaceLocation.sqlite(temp.resolve("w.db")));
        CampaignData sample = new BundleReader().read(Path.of("seeds/sample-campaign"));
        new CampaignStore(workspace).importCampaign(sample.withLetter(sample.letter().withLanguage("en")
                .withWords(Map.of(LetterWord.CLOSING, "Yours faithfully,"))));
    }

    @Test
    void savingTheLetterKeepsItsLanguageAndItsOwnWords() {
        LetterEditorViewModel model = new LetterFixture(workspace).screen(DIALOGS, (pdf, job) -> false).viewModel();
        model.bodyProperty().set("A made-up body.");

        model.save();

        CampaignData saved = CampaignSession.open(workspace, CAMPAIGN).data();
        assertThat(saved.letter().body()).isEqualTo("A made-up body.");
        assertThat(saved.letter().language()).isEqualTo("en");
        assertThat(saved.letter().words()).isEqualTo(Map.of(LetterWord.CLOSING, "Yours faithfully,"));
    }

    @Test
    void savingARecipientKeepsItsSecondScriptForms() {
        CampaignSession session = CampaignSession.open(workspace, CAMPAIGN);
        RecipientText hangul = session.data().recipient("president").orElseThrow().alt();
        RecipientsViewModel model = new RecipientsViewModel(session, new DirectUiExecutor(), DIALOGS,
                new Messages(Locale.ENGLISH));
        RecipientForm form = RecipientForm.of(session.data().recipient("president").orElseThrow());

        model.save(new RecipientForm(form.id(), form.role(), form.position(), form.formOfAddress(), form.name(),
                form.title(), form.office(), form.address(), "+00 0 0000 0000", form.email()));

        assertThat(hangul.title()).isEqualTo("대한민국 대통령");
        var saved = CampaignSession.open(workspace, CAMPAIGN).data().recipient("president").orElseThrow();
        assertThat(saved.fax()).isEqualTo("+00 0 0000 0000");
        assertThat(saved.alt()).isEqualTo(hangul);
    }
}
