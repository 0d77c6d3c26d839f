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
 * @param notePrefix   what the names of the notes' places begin with ({@code note-1}); the parts of a
 *                     bilingual letter each have their own, so every reference links into its own part
 */
public record RenderOptions(List<Path> imageFolders, Archival archival, String notePrefix) {
    /** The names of a letter's notes: {@code note-1}, {@code note-2}, … */
    public static final String NOTE_PREFIX = "note-";

    /**
     * PDF/A-2, images only from {@code templates/}: for export and for the live preview alike, so
     * the preview is the exact file. PDF/A costs about 2 ms on a warm 16 ms render (bench/render).
     */
    public static final RenderOptions DEFAULT = new RenderOptions(List.of(), Archival.PDF_A_2);

    public RenderOptions {
        imageFolders = List.copyOf(imageFolders);
        Objects.requireNonNull(archival, "archival");
        if (notePrefix == null || !notePrefix.matches("[a-z][a-z0-9-]*-")) {
            throw new IllegalArgumentException("a note prefix is lower-case letters, digits and '-', ending in '-': "
                    + notePrefix);
        }
    }

    public RenderOptions(List<Path> imageFolders, Archival archival) {
        this(imageFolders, archival, NOTE_PREFIX);
    }

    public RenderOptions(List<Path> imageFolders) {
        this(imageFolders, Archival.PDF_A_2);
    }

    public RenderOptions withArchival(Archival newArchival) {
        return new RenderOptions(imageFolders, newArchival, notePrefix);
    }

    public RenderOptions withImageFolder(Path folder) {
        List<Path> folders = new ArrayList<>(imageFolders);
        folders.add(folder);
        return new RenderOptions(folders, archival, notePrefix);
    }

    public RenderOptions withNotePrefix(String prefix) {
        return new RenderOptions(imageFolders, archival, prefix);
    }
}
