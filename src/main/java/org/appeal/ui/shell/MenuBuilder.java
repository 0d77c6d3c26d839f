package org.appeal.ui.shell;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.appeal.compose.sign.PdfSigner;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;
import org.appeal.ui.letter.LetterInsertions;
import org.appeal.ui.letter.LetterScreen;
import org.appeal.ui.screen.AppServices;
import org.appeal.ui.screen.EditActions;
import org.appeal.ui.screen.StatusLine;
import org.appeal.ui.sign.SignPdfDialog;
import org.appeal.ui.sign.SignPdfViewModel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The menu bar: File (workspace, the letter, signing, quit), Edit (routed to the screen shown), Insert
 * (into the letter's body), View.
 */
final class MenuBuilder {
    private final Messages messages;
    private final AppServices services;
    private final UiExecutor executor;
    private final StatusLine status;
    private final Stage stage;
    private final WorkspaceController workspaces;
    private final Runnable quit;
    private final Consumer<Locale> language;

    /**
     * @param quit     asks to quit (and quits if the user agrees)
     * @param language switches the interface's language
     */
    MenuBuilder(Messages messages, AppServices services, UiExecutor executor, StatusLine status, Stage stage,
                WorkspaceController workspaces, Runnable quit, Consumer<Locale> language) {
        this.messages = messages;
        this.services = services;
        this.executor = executor;
        this.status = status;
        this.stage = stage;
        this.workspaces = workspaces;
        this.quit = quit;
        this.language = language;
    }

    /**
     * @param campaign the campaign open, whose letter the File menu saves, exports and prints
     * @param editing  the edit actions of the screen shown
     */
    MenuBar build(List<String> recentWorkspaces, Optional<OpenCampaign> campaign, Supplier<EditActions> editing) {
        MenuBar bar = new MenuBar(file(recentWorkspaces, campaign), edit(editing), insert(campaign), view());
        bar.setId("menubar");
        return bar;
    }

    private Menu file(List<String> recentWorkspaces, Optional<OpenCampaign> campaign) {
        Menu file = menu("menu.file");
        Menu recent = new Menu(messages.get("menu.recent"));
        recent.setId("menu-recent");
        for (String w : recentWorkspaces) {
            MenuItem entry = new MenuItem(w);
            entry.setOnAction(e -> workspaces.switchTo(w));
            recent.getItems().add(entry);
        }
        recent.setDisable(recentWorkspaces.isEmpty());
        MenuItem importBundle = item("menu.importBundle", null, e -> workspaces.importBundle());
        importBundle.setDisable(!workspaces.hasWorkspace());
        List<MenuItem> letter = List.of(
                item("menu.save", "Shortcut+S", e -> campaign.ifPresent(c -> c.letter().save())),
                item("menu.export", "Shortcut+E", e -> campaign.ifPresent(c -> c.letter().exportSelected())),
                item("menu.exportAll", "Shortcut+Shift+E", e -> campaign.ifPresent(c -> c.letter().exportAll())),
                item("menu.print", "Shortcut+P", e -> campaign.ifPresent(c -> c.letter().print())));
        letter.forEach(i -> i.setDisable(campaign.isEmpty()));
        file.getItems().addAll(item("menu.newWorkspace", null, e -> workspaces.chooseNew()),
                item("menu.openWorkspace", "Shortcut+O", e -> workspaces.chooseExisting()), recent, importBundle,
                new SeparatorMenuItem());
        file.getItems().addAll(letter);
        file.getItems().addAll(item("menu.sign", null, e -> sign()), new SeparatorMenuItem(),
                item("menu.quit", "Shortcut+Q", e -> quit.run()));
        return file;
    }

    private void sign() {
        new SignPdfDialog(messages, stage, services.dialogs()).show(
                new SignPdfViewModel(new PdfSigner(services.fonts()), executor, services.dialogs(), messages),
                signed -> status.show(messages.get("status.signed", signed)));
    }

    /** The screen shown undoes its own edits first; otherwise the text field being edited undoes its typing. */
    private Menu edit(Supplier<EditActions> editing) {
        Menu edit = menu("menu.edit");
        edit.getItems().addAll(
                item("menu.undo", "Shortcut+Z", e -> {
                    if (!editing.get().undo()) {
                        focusedText().ifPresent(TextInputControl::undo);
                    }
                }),
                item("menu.redo", "Shortcut+Shift+Z", e -> {
                    if (!editing.get().redo()) {
                        focusedText().ifPresent(TextInputControl::redo);
                    }
                }));
        return edit;
    }

    /** Insert: what the letter's body can use, written at its caret; enabled while the letter shows. */
    private Menu insert(Optional<OpenCampaign> campaign) {
        Menu insert = menu("menu.insert");
        Optional<LetterScreen> letter = campaign.map(c -> c.screen("letter"))
                .filter(LetterScreen.class::isInstance).map(LetterScreen.class::cast);
        for (LetterInsertions.Kind kind : LetterInsertions.Kind.values()) {
            insert.getItems().add(item("menu.insert." + kind.id(), null, e -> letter.ifPresent(l -> l.insert(kind))));
        }
        insert.setOnShowing(e -> insert.getItems().forEach(i -> i.setDisable(letter.map(l -> !l.canInsert())
                .orElse(true))));
        return insert;
    }

    private Optional<TextInputControl> focusedText() {
        return stage.getScene().getFocusOwner() instanceof TextInputControl text ? Optional.of(text) : Optional.empty();
    }

    private Menu view() {
        Menu view = menu("menu.view");
        Menu languages = new Menu(messages.get("menu.language"));
        languages.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        for (Locale locale : Messages.LANGUAGES) {
            RadioMenuItem choice = new RadioMenuItem(locale.getDisplayLanguage(locale));
            choice.setId("language-" + locale.getLanguage());
            choice.setToggleGroup(group);
            choice.setSelected(locale.equals(messages.locale()));
            choice.setOnAction(e -> language.accept(locale));
            languages.getItems().add(choice);
        }
        view.getItems().add(languages);
        return view;
    }

    private Menu menu(String key) {
        Menu menu = new Menu(messages.get(key));
        menu.setId(key.replace('.', '-'));
        return menu;
    }

    private MenuItem item(String key, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(key.replace('.', '-'));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(action);
        return item;
    }
}
