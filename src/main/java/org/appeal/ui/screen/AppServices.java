package org.appeal.ui.screen;

import org.appeal.app.BundleLoader;
import org.appeal.app.LetterPrinter;
import org.appeal.app.PreviewRasterizer;
import org.appeal.app.SettingsFile;
import org.appeal.app.delivery.MailAccount;
import org.appeal.compose.FontLibrary;
import org.appeal.compose.Renderer;
import org.appeal.ui.common.DialogService;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the main window is built from: real services in the app, the same with a test workspace,
 * scripted dialogs and a fake printer in UI tests.
 *
 * @param sampleBundle the bundled sample campaign, imported into an empty workspace on first start
 * @param bundles      reads campaign bundles (the sample and File → Import campaign bundle)
 * @param openUrl      shows a web page (a UN document) in the user's browser
 * @param mail         the mail account letters are sent from, one for the app's run
 */
public record AppServices(Renderer renderer, FontLibrary fonts, PreviewRasterizer rasterizer, LetterPrinter printer,
                          List<String> templates, Path sampleBundle, BundleLoader bundles, SettingsFile settings,
                          DialogService dialogs, Consumer<String> openUrl, MailAccount mail) {
    public AppServices {
        templates = List.copyOf(templates);
    }

    /** With the mail account kept beside {@code settings} (windows opened on a test folder). */
    public AppServices(Renderer renderer, FontLibrary fonts, PreviewRasterizer rasterizer, LetterPrinter printer,
                       List<String> templates, Path sampleBundle, BundleLoader bundles, SettingsFile settings,
                       DialogService dialogs, Consumer<String> openUrl) {
        this(renderer, fonts, rasterizer, printer, templates, sampleBundle, bundles, settings, dialogs, openUrl,
                MailAccount.besides(settings.path()));
    }
}
