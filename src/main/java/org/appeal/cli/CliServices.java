package org.appeal.cli;

import org.appeal.compose.FontLibrary;
import org.appeal.compose.Renderer;
import org.appeal.compose.TemplateEngine;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What the commands work with, built once per process by {@link org.appeal.Main} and only when a
 * command needs it (loading the fonts costs time that {@code --help} should not pay).
 */
public final class CliServices {
    private final Supplier<Path> templates;
    private Renderer renderer;

    public CliServices(Supplier<Path> templates) {
        this.templates = templates;
    }

    Renderer renderer() {
        if (renderer == null) {
            renderer = new Renderer(new TemplateEngine(templates.get()), new FontLibrary());
        }
        return renderer;
    }
}
