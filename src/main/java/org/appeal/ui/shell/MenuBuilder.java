package org.appeal.ui.shell;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.appeal.app.RecentPlaces;
import org.appeal.compose.sign.PdfSigner;
import org.appeal.compose.sign.SignatureVerifier;
import org.appeal.ui.campaigns.CopyCampaignDialog;
import org.appeal.ui.campaigns.CopyCampaignViewModel;
import org.appeal.ui.campaigns.DeleteCampaignDialog;
import org.appeal.ui.campaigns.NewCampaignDialog;
import org.appeal.ui.campaigns.NewCampaignViewModel;
import org.appeal.ui.campaigns.RenameCampaignDialog;
import org.appeal.ui.common.Messages;
import org.appeal.ui.common.UiExecutor;
import org.appeal.ui.letter.LetterInsertions;
import org.appeal.ui.letter.LetterScreen;
import org.appeal.ui.screen.AppServices;
import org.appeal.ui.screen.EditActions;
import org.appeal.ui.screen.StatusLine;
import org.appeal.ui.settings.CampaignSettingsViewModel;
import org.appeal.ui.sign.SignPdfDialog;
import org.appeal.ui.sign.SignPdfViewModel;
import org.appeal.ui.sign.VerifyPdfDialog;
import org.appeal.ui.sign.VerifyPdfViewModel;

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
    private final RecentPlaces places;

    /**
     * @param quit     asks to quit (and quits if the user agrees)
     * @param language switches the interface's language
     */
    MenuBuilder(Messages messages, AppServices services, UiExecutor executor, StatusLine status, Stage stage,
                WorkspaceController workspaces, Runnable quit, Consumer<Locale> language, RecentPlaces places) {
        this.places = places;
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
        return build(recentWorkspaces, campaign, editing, WorkspaceController.Shown.NOTHING);
    }

    /** @param shown what the window shows: whether the open campaign is archived, the campaigns to copy from */
    MenuBar build(List<String> recentWorkspaces, Optional<OpenCampaign> campaign, Supplier<EditActions> editing,
                  WorkspaceController.Shown shown) {
        MenuBar bar = new MenuBar(file(recentWorkspaces, campaign, shown), edit(editing), insert(campaign), view(campaign));
        bar.setId("menubar");
        return bar;
    }

    private Menu file(List<String> recentWorkspaces, Optional<OpenCampaign> campaign, WorkspaceController.Shown shown) {
        Menu file = menu("menu.file");
        MenuItem newCampaign = item("menu.newCampaign", "Shortcut+N", e -> newCampaign());
        newCampaign.setDisable(!workspaces.hasWorkspace());
        MenuItem copyCampaign = item("menu.copyCampaign", null, e -> copyCampaign(shown, campaign));
        copyCampaign.setDisable(!workspaces.hasWorkspace() || shown.campaigns().isEmpty());
        file.getItems().addAll(newCampaign, copyCampaign, new SeparatorMenuItem());
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
        file.getItems().add(new SeparatorMenuItem());
        MenuItem rename = item("menu.renameCampaign", null, e -> campaign.ifPresent(this::rename));
        MenuItem archive = shown.openIsArchived()
                ? item("menu.restoreCampaign", null, e -> campaign.ifPresent(c -> workspaces.restore(c.session().campaignId())))
                : item("menu.archiveCampaign", null, e -> campaign.ifPresent(c -> workspaces.archive(c.session())));
        MenuItem delete = item("menu.deleteCampaign", null, e -> campaign.ifPresent(c ->
                workspaces.delete(c.session(), impact -> new DeleteCampaignDialog(messages, stage).confirm(impact))));
        List.of(rename, archive, delete).forEach(i -> i.setDisable(campaign.isEmpty()));
        file.getItems().addAll(rename, archive, delete, new SeparatorMenuItem());
        file.getItems().addAll(item("menu.sign", null, e -> sign()), item("menu.verify", null, e -> verify()),
                new SeparatorMenuItem(), item("menu.quit", "Shortcut+Q", e -> quit.run()));
        return file;
    }

    private void newCampaign() {
        new NewCampaignDialog(messages, stage)
                .show(new NewCampaignViewModel(messages, services.templates(), java.time.LocalDate.now()))
                .ifPresent(workspaces::create);
    }

    private void copyCampaign(WorkspaceController.Shown shown, Optional<OpenCampaign> campaign) {
        new CopyCampaignDialog(messages, stage).show(new CopyCampaignViewModel(messages, shown.campaigns(),
                        campaign.map(c -> c.session().data().campaign()).orElse(null)))
                .ifPresent(choice -> workspaces.copy(choice.sourceId(), choice.title(), choice.parts()));
    }

    /** The new title goes through the settings screen, so Edit → Undo there takes it back. */
    private void rename(OpenCampaign campaign) {
        CampaignSettingsViewModel settings = campaign.viewModel("settings", CampaignSettingsViewModel.class);
        new RenameCampaignDialog(messages, stage).show(settings.savedTitle()).ifPresent(settings::rename);
    }

    private void sign() {
        new SignPdfDialog(messages, stage, services.dialogs()).show(
                new SignPdfViewModel(new PdfSigner(services.fonts()), executor, services.dialogs(), messages, places),
                signed -> status.show(messages.get("status.signed", signed)));
    }

    /** File → Verify a PDF: the PDF exported last is where the chooser opens. */
    private void verify() {
        new VerifyPdfViewModel(new SignatureVerifier(), executor, services.dialogs(), messages).chooseAndVerify(
                places.lastExported().orElse(places.exportFolder().resolve("-")),
                result -> new VerifyPdfDialog(messages, stage).show(result));
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

    private Menu view(Optional<OpenCampaign> campaign) {
        Menu view = menu("menu.view");
        CheckMenuItem archived = new CheckMenuItem(messages.get("menu.showArchived"));
        archived.setId("menu-showArchived");
        archived.setSelected(workspaces.showingArchived());
        archived.setDisable(!workspaces.hasWorkspace());
        archived.setOnAction(e -> workspaces.showArchived(archived.isSelected(),
                campaign.map(OpenCampaign::session).orElse(null)));
        view.getItems().addAll(archived, new SeparatorMenuItem());
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
