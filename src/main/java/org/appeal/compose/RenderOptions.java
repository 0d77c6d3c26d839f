package org.appeal.compose;

import java.nio.file.Path;
import java.util.List;

/**
 * Per-render choices.
 *
 * @param imageFolders folders besides {@code templates/} that the layout may load images from
 *                     (signature images the workspace hands over)
 */
public record RenderOptions(List<Path> imageFolders) {
    public static final RenderOptions DEFAULT = new RenderOptions(List.of());

    public RenderOptions {
        imageFolders = List.copyOf(imageFolders);
    }
}
