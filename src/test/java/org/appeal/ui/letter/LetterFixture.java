package org.appeal.ui.letter;

import org.appeal.app.BundleLoader;
import org.appeal.app.CampaignSession;
import org.appeal.app.LetterPrinter;
import org.appeal.app.PreviewRasterizer;
import org.appeal.app.SettingsFile;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.domain.CampaignData;
import org.appeal.store.bundle.BundleReader;
import org.appeal.store.db.CampaignStore;
import org.appeal.store.db.Workspace;
import org.appeal.store.db.WorkspaceLocation;
import org.appeal.ui.common.Debouncer;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.common.DirectUiExecutor;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;
import org.appeal.ui.screen.AppServices;
import org.appeal.ui.screen.EditedLetter;
import org.appeal.ui.screen.ScreenContext;
import org.appeal.ui.screen.StatusLine;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The sample campaign in a fresh workspace, and the letter screen over it as the shell builds it,
 * without the FX toolkit: jobs run on the test thread, the preview renders at once.
 */
final class LetterFixture {
    static final String CAMPAIGN = "rok-unga80-dprk-2025";
    private static final FontLibrary FONTS = new FontLibrary();

    final Workspace workspace;
    final Renderer renderer = new Renderer(new TemplateEngine(Path.of("templates")), FONTS);
    final StatusLine status = new StatusLine();
    /** What the last screen made tells other screens of the letter as edited. */
    EditedLetter edited;

    /** The session the last screen was made on. */
    CampaignSession session;

    LetterFixture(Path temp) throws Exception {
        this(temp, UnaryOperator.identity());
    }

    /** The sample campaign as {@code change} makes it (say, with made-up recipients). */
    LetterFixture(Path temp, UnaryOperator<CampaignData> change) throws Exception {
        workspace = Workspace.open(WorkspaceLocation.sqlite(temp.resolve("w.db")));
        new CampaignStore(workspace).importCampaign(change.apply(new BundleReader().read(Path.of("seeds/sample-campaign"))));
    }

    /** Over a workspace the test filled itself. */
    LetterFixture(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A new session on the workspace, as a new start of the app opens it. */
    LetterScreen screen(DialogService dialogs, LetterPrinter printer) {
        return screen(dialogs, printer, new DirectUiExecutor());
    }

    /** With jobs run by {@code executor} (one that records what a job tells of its progress, say). */
    LetterScreen screen(DialogService dialogs, LetterPrinter printer, UiExecutor executor) {
        session = CampaignSession.open(workspace, CAMPAIGN);
        AppServices services = new AppServices(renderer, FONTS, new PreviewRasterizer(30f), printer,
                List.of("letter.html.vm"), null, BundleLoader.STANDARD, new SettingsFile(Path.of("unused")), dialogs,
                url -> { });
        edited = new EditedLetter(session.data().letter());
        ScreenContext context = new ScreenContext(session, services, executor, new Messages(Locale.ENGLISH),
                status, edited, null);
        return new LetterScreen(context, Debouncer.immediate());
    }
}
