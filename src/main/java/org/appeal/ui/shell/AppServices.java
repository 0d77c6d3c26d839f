package org.appeal.ui.shell;

import org.appeal.app.PreviewRasterizer;
import org.appeal.app.SettingsFile;
import org.appeal.compose.Renderer;
import org.appeal.ui.common.DialogService;
import org.appeal.ui.letter.LetterPrinter;

import java.nio.file.Path;
import java.util.List;

/**
 * What the main window is built from: real services in the app, the same with a test workspace,
 * scripted dialogs and a fake printer in UI tests.
 *
 * @param sampleBundle the bundled sample campaign, imported into an empty workspace on first start
 * @param openUrl      shows a web page (a UN document) in the user's browser
 */
public record AppServices(Renderer renderer, org.appeal.compose.FontLibrary fonts, PreviewRasterizer rasterizer, LetterPrinter printer,
                          List<String> templates, Path sampleBundle, SettingsFile settings, DialogService dialogs,
                          java.util.function.Consumer<String> openUrl) {
    public AppServices {
        templates = List.copyOf(templates);
    }
}
