package org.appeal.cli;

import org.appeal.compose.FontLibrary;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;
import org.appeal.compose.sign.PdfSigner;
import org.appeal.compose.sign.SignatureVerifier;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What the commands work with, built once per process by {@link org.appeal.Main} and only when a
 * command needs it (loading the fonts costs time that {@code --help} and {@code verify} should not pay).
 */
public final class CliServices {
    private final Supplier<Path> templates;
    private FontLibrary fonts;
    private Renderer renderer;
    private PdfSigner signer;

    public CliServices(Supplier<Path> templates) {
        this.templates = templates;
    }

    /** The folder of letter layouts: a command reads it, so it never writes into it. */
    Path templatesFolder() {
        return templates.get();
    }

    Renderer renderer() {
        if (renderer == null) {
            renderer = new Renderer(new TemplateEngine(templates.get()), fonts());
        }
        return renderer;
    }

    PdfSigner signer() {
        if (signer == null) {
            signer = new PdfSigner(fonts());
        }
        return signer;
    }

    SignatureVerifier verifier() {
        return new SignatureVerifier();
    }

    private FontLibrary fonts() {
        if (fonts == null) {
            fonts = new FontLibrary();
        }
        return fonts;
    }
}
