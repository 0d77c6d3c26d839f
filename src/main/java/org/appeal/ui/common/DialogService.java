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
}
