package org.appeal.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /**
     * Every problem at once, each in plain words and then where it is ({@link ProblemsDialog} in the
     * app). Without a window, all of them in one message.
     *
     * @param header what happened, e.g. that nothing was imported
     */
    default void problems(String title, String header, List<ListedProblem> problems) {
        error(title, header + "\n\n" + problems.stream().map(ListedProblem::text).collect(Collectors.joining("\n")));
    }

    /** A file to open among several kinds ({@code png}, {@code jpg}); the first kind where only one can be offered. */
    default Optional<Path> chooseOpenFile(String title, List<String> extensions) {
        return chooseOpenFile(title, extensions.get(0));
    }
}
