package org.appeal.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** The questions and messages view-models put to the user; the app shows dialogs, tests answer. */
public interface DialogService {
    void error(String title, String message);

    void info(String title, String message);

    boolean confirm(String title, String message);

    Optional<Path> chooseSaveFile(String title, String suggestedName, String extension);

    Optional<Path> chooseOpenFile(String title, String extension);

    Optional<Path> chooseFolder(String title);

    /** The answers to "save before closing?". */
    enum SaveChoice { SAVE, DONT_SAVE, CANCEL }

    /**
     * Save / Don't save / Cancel, for work that would otherwise be lost. A service that cannot ask
     * answers {@link SaveChoice#CANCEL}, which loses nothing: the window stays open.
     */
    default SaveChoice askToSave(String title, String message) {
        return SaveChoice.CANCEL;
    }

    /** As {@link #chooseSaveFile(String, String, String)}, opening in {@code folder} (when it is one). */
    default Optional<Path> chooseSaveFile(String title, String suggestedName, String extension, Path folder) {
        return chooseSaveFile(title, suggestedName, extension);
    }

    /** As {@link #chooseOpenFile(String, String)}, opening in {@code folder} (when it is one). */
    default Optional<Path> chooseOpenFile(String title, String extension, Path folder) {
        return chooseOpenFile(title, extension);
    }

    /** As {@link #chooseFolder(String)}, opening in {@code folder} (when it is one). */
    default Optional<Path> chooseFolder(String title, Path folder) {
        return chooseFolder(title);
    }
}
