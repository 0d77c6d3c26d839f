package org.appeal.ui;

import org.appeal.ui.common.DialogService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the app's questions the way a test scripts them, and remembers what it was told. */
final class ScriptedDialogs implements DialogService {
    record Shown(String kind, String title, String message) {
    }

    final List<Shown> shown = new ArrayList<>();
    /** The problems of each problems list shown, in order. */
    final List<List<org.appeal.ui.common.ListedProblem>> problemLists = new ArrayList<>();
    Path saveFile;
    Path folder;
    Path openFile;
    boolean confirmAnswer = true;
    /** What a quit with unsaved changes answers; tests that close the window agree to lose them unless they say otherwise. */
    SaveChoice saveChoice = SaveChoice.DONT_SAVE;
    /** The folder each chooser was asked to open in, in order (null when none was given). */
    final List<Path> openedIn = new ArrayList<>();

    @Override
    public void error(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public void info(String title, String message) {
        shown.add(new Shown("info", title, message));
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add(new Shown("confirm", title, message));
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
        shown.add(new Shown("save", title, suggestedName));
        return Optional.ofNullable(saveFile);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String extension) {
        shown.add(new Shown("open", title, ""));
        return Optional.ofNullable(openFile);
    }

    @Override
    public void problems(String title, String header, List<org.appeal.ui.common.ListedProblem> problems) {
        shown.add(new Shown("problems", title, header));
        problemLists.add(List.copyOf(problems));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        shown.add(new Shown("folder", title, ""));
        return Optional.ofNullable(folder);
    }

    @Override
    public SaveChoice askToSave(String title, String message) {
        shown.add(new Shown("askToSave", title, message));
        return saveChoice;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension, Path folder) {
        openedIn.add(folder);
        return chooseSaveFile(title, suggestedName, extension);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String extension, Path folder) {
        openedIn.add(folder);
        return chooseOpenFile(title, extension);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path folder) {
        openedIn.add(folder);
        return chooseFolder(title);
    }
}
