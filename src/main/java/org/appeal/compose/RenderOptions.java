package org.appeal.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Per-render choices.
 *
 * @param imageFolders folders besides {@code templates/} that the layout may load images from
 *                     (signature images the workspace hands over)
 * @param archival     the PDF/A level of the result
 */
public record RenderOptions(List<Path> imageFolders, Archival archival) {
    /**
     * PDF/A-2, images only from {@code templates/}: for export and for the live preview alike, so
     * the preview is the exact file. PDF/A costs about 2 ms on a warm 16 ms render (bench/render).
     */
    public static final RenderOptions DEFAULT = new RenderOptions(List.of(), Archival.PDF_A_2);

    public RenderOptions {
        imageFolders = List.copyOf(imageFolders);
        Objects.requireNonNull(archival, "archival");
    }

    public RenderOptions(List<Path> imageFolders) {
        this(imageFolders, Archival.PDF_A_2);
    }

    public RenderOptions withArchival(Archival newArchival) {
        return new RenderOptions(imageFolders, newArchival);
    }

    public RenderOptions withImageFolder(Path folder) {
        List<Path> folders = new ArrayList<>(imageFolders);
        folders.add(folder);
        return new RenderOptions(folders, archival);
    }
}
