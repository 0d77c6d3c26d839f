package org.appeal.ui.campaigns;

import javafx.application.Platform;
import org.appeal.ui.common.ChoiceLabels;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.appeal.app.CampaignCopy;
import org.appeal.domain.Campaign;
import org.appeal.ui.common.DialogButtons;
import org.appeal.ui.common.Messages;

import java.util.Optional;

/** File → New campaign from a copy: which campaign, the new title, and what to take besides the settings. */
public final class CopyCampaignDialog {
    private final Messages messages;
    private final Window owner;

    public CopyCampaignDialog(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    public Optional<CopyCampaignViewModel.Choice> show(CopyCampaignViewModel model) {
        Dialog<CopyCampaignViewModel.Choice> dialog = new Dialog<>();
        DialogButtons buttons = DialogButtons.of(messages);
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(messages.get("copy.title"));
        dialog.setHeaderText(messages.get("copy.header"));
        dialog.getDialogPane().setId("copy-campaign-dialog");
        ButtonType copy = new ButtonType(messages.get("copy.apply"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(copy, buttons.cancel());
        CampaignForms.stylesheet(dialog.getDialogPane());

        ComboBox<Campaign> source = new ComboBox<>(model.campaigns());
        source.setId("copySource");
        source.setConverter(ChoiceLabels.of(source.getItems(), c -> c.title().isBlank() ? c.id() : c.title()));
        source.valueProperty().bindBidirectional(model.sourceProperty());
        source.setMaxWidth(Double.MAX_VALUE);
        TextField title = new TextField();
        title.setId("copyTitle");
        title.textProperty().bindBidirectional(model.titleProperty());

        VBox parts = new VBox(6);
        for (CampaignCopy.Part part : CampaignCopy.Part.values()) {
            CheckBox box = new CheckBox(messages.get("copy.part." + part.name()));
            box.setId("copy" + camel(part.name()));
            box.setAccessibleText(messages.get("copy.part." + part.name()));
            box.selectedProperty().bindBidirectional(model.part(part));
            parts.getChildren().add(box);
        }
        Label always = new Label(messages.get("copy.always"));
        always.getStyleClass().add("hint");
        always.setWrapText(true);
        parts.getChildren().add(always);

        GridPane grid = CampaignForms.grid();
        CampaignForms.row(grid, 0, messages, "copy.source", source);
        CampaignForms.row(grid, 1, messages, "copy.newTitle", title);
        Label what = new Label(messages.get("copy.what"));
        grid.add(what, 0, 2);
        grid.add(parts, 1, 2);
        dialog.getDialogPane().setContent(grid);

        Node ok = dialog.getDialogPane().lookupButton(copy);
        ok.setId("copyOk");
        ok.disableProperty().bind(model.canCopy().not());
        dialog.setResultConverter(b -> b == copy ? model.choice() : null);
        Platform.runLater(title::requestFocus);
        return dialog.showAndWait();
    }

    /** LETTER_TEXT → LetterText, for the box's id (#copyLetterText). */
    private static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        for (String word : constant.split("_")) {
            out.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }
}
