package org.appeal.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link DialogService} with JavaFX dialogs and the system file choosers. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Messages messages;

    /** @param messages the interface's texts, for the dialogs Appeal builds itself (the problems list) */
    public FxDialogService(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void error(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void info(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType ok = button("button.ok", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(ok, button("button.cancel", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        return alert.showAndWait().filter(b -> b == ok).isPresent();
    }

    @Override
    public SaveChoice askToSave(String title, String message) {
        ButtonType save = new ButtonType(messages.get("quit.save"), javafx.scene.control.ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType(messages.get("quit.dontSave"), javafx.scene.control.ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("quit.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getDialogPane().setId("dialog-save");
        alert.getButtonTypes().setAll(save, dontSave, cancel);
        alert.getDialogPane().lookupButton(save).setId("quitSave");
        alert.getDialogPane().lookupButton(dontSave).setId("quitDontSave");
        alert.getDialogPane().lookupButton(cancel).setId("quitCancel");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == dontSave ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("dialog-" + type.name().toLowerCase());
        alert.getDialogPane().setMinWidth(480);
        // JavaFX's own OK takes its text from the JDK's locale, not the interface's language.
        alert.getButtonTypes().setAll(button("button.ok", javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        return alert;
    }

    private ButtonType button(String key, javafx.scene.control.ButtonBar.ButtonData role) {
        return new ButtonType(messages.get(key), role);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
        return chooseSaveFile(title, suggestedName, extension, null);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension, Path folder) {
        FileChooser chooser = new FileChooser();
        startIn(folder, chooser::setInitialDirectory);
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(), "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String extension) {
        return chooseOpenFile(title, extension, null);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String extension, Path folder) {
        FileChooser chooser = new FileChooser();
        startIn(folder, chooser::setInitialDirectory);
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(), "*." + extension));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, java.util.List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                String.join(", ", extensions.stream().map(e -> e.toUpperCase(java.util.Locale.ROOT)).toList()),
                extensions.stream().map(e -> "*." + e).toList()));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void problems(String title, String header, java.util.List<ListedProblem> problems) {
        new ProblemsDialog(messages, owner.get()).show(title, header, problems);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return chooseFolder(title, null);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        startIn(folder, chooser::setInitialDirectory);
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    /** A chooser opened at a folder that is gone fails to open on some systems: only a folder that exists is given. */
    private static void startIn(Path folder, java.util.function.Consumer<File> start) {
        if (folder != null && java.nio.file.Files.isDirectory(folder)) {
            start.accept(folder.toFile());
        }
    }
}
