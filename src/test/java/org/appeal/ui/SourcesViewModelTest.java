package org.appeal.ui;

import org.appeal.app.CampaignSession;
import org.appeal.domain.Evidence;
import org.appeal.domain.Pinpoint;
import org.appeal.domain.Source;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.ui.common.DirectUiExecutor;
import org.appeal.ui.common.ListedProblem;
import org.appeal.ui.common.Messages;
import org.appeal.ui.evidence.EvidenceViewModel;
import org.appeal.ui.evidence.SourceForm;
import org.appeal.ui.screen.StatusLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Evidence screen's sources and quotes without the toolkit: a source added from a text file
 * is shown and citable at once, quotes are edited and removed, and what cannot be saved is said.
 * The report's text is made up.
 */
class SourcesViewModelTest {
    private static final String CAMPAIGN = "rok-unga80-dprk-2025";

    @TempDir
    Path temp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final StatusLine status = new StatusLine();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private CampaignSession session;
    private EvidenceViewModel model;

    @BeforeEach
    void open() throws Exception {
        Workspace workspace = Workspace.open(WorkspaceLocation.sqlite(temp.resolve("w.db")));
        new CampaignStore(workspace).importCampaign(new BundleReader().read(Path.of("seeds/sample-campaign")));
        session = CampaignSession.open(workspace, CAMPAIGN);
        session.changes().subscribe(change -> model.campaignChanged(change));
        model = new EvidenceViewModel(session, new DirectUiExecutor(), dialogs, messages, status);
    }

    private Path report() throws Exception {
        Path text = temp.resolve("made-up-report.txt");
        Files.writeString(text, "Made-up report on examples\n\nFirst, a paragraph about nothing in particular.\n\n"
                + "Second, the government of Exampleland pledged to co-sponsor the resolution.\n");
        return text;
    }

    @Test
    void aSourceFromATextFileIsShownCitableAtOnceAndAQuoteIsTakenFromIt() throws Exception {
        dialogs.openFile = report();
        Optional<Path> file = model.chooseSourceFile();
        SourceForm form = new SourceForm(true, "", "", "Made-up Body", "X/2030/1", "2030-01-05",
                "https://example.org/x-2030-1", file, false);
        assertThat(form.effectiveKey()).isEqualTo("x-2030-1");

        model.editSource(form, Optional::of);

        Source added = model.sourceProperty().get();
        assertThat(added.id()).isEqualTo("x-2030-1");
        assertThat(added.title()).isEqualTo("Made-up report on examples");
        assertThat(status.text()).isEqualTo("Saved the source \"Made-up report on examples\" (3 numbered paragraphs)."
                + " Cite it in the letter as [@x-2030-1].");
        String text = model.textProperty().get().text();
        int start = text.indexOf("pledged to co-sponsor");
        model.addFromSelection(start, start + "pledged to co-sponsor".length(), suggested -> Optional.of(suggested));
        assertThat(session.data().evidence("x-2030-1-para-3")).hasValueSatisfying(e -> {
            assertThat(e.quote()).isEqualTo("pledged to co-sponsor");
            assertThat(e.pinpoint()).isEqualTo(new Pinpoint(Pinpoint.Unit.PARAGRAPH, "3"));
        });
        assertThat(model.items()).anySatisfy(i -> assertThat(i.check().needsAttention()).isFalse());
    }

    @Test
    void aQuoteIsEditedAndRemovedAndASourceWithItsQuotesRemovedAfterAsking() throws Exception {
        dialogs.openFile = report();
        model.editSource(new SourceForm(true, "made-up", "", "", "", "", "", model.chooseSourceFile(), false),
                Optional::of);
        model.addFromSelection(0, 0, k -> Optional.of(k));  // an empty selection is refused
        assertThat(dialogs.shown).filteredOn(s -> s.kind().equals("error")).singleElement()
                .satisfies(s -> assertThat(s.message()).isEqualTo("Select words within one numbered paragraph of the source."));
        String text = model.textProperty().get().text();
        int start = text.indexOf("a paragraph");
        model.addFromSelection(start, start + "a paragraph".length(), k -> Optional.of("made-up-quote"));

        model.editEvidence(session.data().evidence("made-up-quote").orElseThrow(), e -> Optional.of(new Evidence(
                e.citationKey(), e.sourceId(), "a paragraph about nothing", e.pinpoint())));
        assertThat(session.data().evidence("made-up-quote").orElseThrow().quote()).isEqualTo("a paragraph about nothing");

        model.removeEvidence(session.data().evidence("made-up-quote").orElseThrow());
        assertThat(session.data().evidence("made-up-quote")).isEmpty();
        model.addFromSelection(start, start + "a paragraph".length(), k -> Optional.of("made-up-quote"));
        model.removeSource(model.sourceProperty().get());
        assertThat(dialogs.shown.get(dialogs.shown.size() - 1).message()).isEqualTo("Remove \"Made-up report on examples\""
                + " and the 1 quote taken from it? A letter that cites [@made-up] will show that as a problem.");
        assertThat(session.data().source("made-up")).isEmpty();
        assertThat(session.data().evidence("made-up-quote")).isEmpty();
    }

    @Test
    void aWebAddressMustBeHttpOrHttpsAndAKeyMustBeFree() {
        Set<String> taken = model.takenKeys();
        SourceForm form = new SourceForm(true, "", "A made-up title", "", "", "", "", Optional.empty(), false);

        assertThat(form.check(messages, taken)).extracting(SourceForm.Finding::severity)
                .containsExactly(SourceForm.Severity.WARNING);
        for (String url : new String[] {"javascript:alert(1)", "file:///etc/passwd", "mailto:someone@example.org",
                "www.example.org", "https://"}) {
            SourceForm withUrl = new SourceForm(true, "", "A made-up title", "", "", "", url, Optional.empty(), false);
            assertThat(withUrl.canSave(messages, taken)).as(url).isFalse();
        }
        assertThat(new SourceForm(true, "", "A made-up title", "", "", "", "https://example.org/a", Optional.empty(), false)
                .canSave(messages, taken)).isTrue();
        String usedKey = session.data().sources().get(0).id();
        assertThat(new SourceForm(true, usedKey, "t", "", "", "", "", Optional.empty(), false).check(messages, taken))
                .extracting(SourceForm.Finding::message).contains("The key \"" + usedKey + "\" is already used by another"
                        + " source or quote.");
    }

    @Test
    void aDocumentThatCannotBeReadIsListedInPlainWordsAndNothingIsSaved() throws Exception {
        Path empty = temp.resolve("empty.txt");
        Files.writeString(empty, "   \n");
        int before = session.data().sources().size();

        model.saveSource(new SourceForm(true, "empty", "Empty", "", "", "", "", Optional.of(empty), false));

        assertThat(session.data().sources()).hasSize(before);
        assertThat(dialogs.problemLists).singleElement().satisfies(list -> assertThat(list).extracting(ListedProblem::text)
                .containsExactly("There is a problem with empty.txt.\n    empty.txt: the document has no paragraphs of text"));
    }
}
