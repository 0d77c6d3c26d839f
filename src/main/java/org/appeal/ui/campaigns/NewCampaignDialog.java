package org.appeal.ui.campaigns;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.appeal.app.NewCampaign;
import org.appeal.ui.common.DateField;
import org.appeal.ui.common.DialogButtons;
import org.appeal.ui.common.Messages;
import org.appeal.ui.settings.CampaignSettingsViewModel;

import java.time.LocalDate;
import java.util.Optional;

/** File → New campaign: a short form; OK stays off while something is missing or a date cannot be read. */
public final class NewCampaignDialog {
    private final Messages messages;
    private final Window owner;

    public NewCampaignDialog(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    public Optional<NewCampaign> show(NewCampaignViewModel model) {
        Dialog<NewCampaign> dialog = new Dialog<>();
        DialogButtons buttons = DialogButtons.of(messages);
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(messages.get("newCampaign.title"));
        dialog.setHeaderText(messages.get("newCampaign.header"));
        dialog.getDialogPane().setId("new-campaign-dialog");
        ButtonType create = new ButtonType(messages.get("newCampaign.create"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, buttons.cancel());
        CampaignForms.stylesheet(dialog.getDialogPane());

        TextField title = text("newCampaignTitle", model.titleProperty());
        ComboBox<String> language = new ComboBox<>();
        language.setId("newCampaignLanguage");
        language.getItems().setAll(CampaignSettingsViewModel.LANGUAGES);
        language.setConverter(CampaignForms.languageNames(language.getItems(), messages));
        language.valueProperty().bindBidirectional(model.languageProperty());
        TextField targetState = text("newCampaignTargetState", model.targetStateProperty());
        targetState.setPromptText(messages.get("newCampaign.optional"));
        TextField coalition = text("newCampaignCoalition", model.coalitionProperty());
        coalition.setPromptText(messages.get("newCampaign.optional"));
        DateField date = date("newCampaignDate", "newCampaign.letterDate", model.letterDateProperty(), model);
        DateField asOf = date("newCampaignAsOf", "newCampaign.asOf", model.signatoriesAsOfProperty(), model);
        ComboBox<String> layout = new ComboBox<>(model.layouts());
        layout.setId("newCampaignLayout");
        layout.valueProperty().bindBidirectional(model.layoutProperty());

        GridPane grid = CampaignForms.grid();
        CampaignForms.row(grid, 0, messages, "newCampaign.campaignTitle", title);
        CampaignForms.row(grid, 1, messages, "newCampaign.language", language);
        CampaignForms.row(grid, 2, messages, "newCampaign.targetState", targetState);
        CampaignForms.row(grid, 3, messages, "newCampaign.coalition", coalition);
        CampaignForms.row(grid, 4, messages, "newCampaign.letterDate", date.control(), date.node());
        CampaignForms.row(grid, 5, messages, "newCampaign.asOf", asOf.control(), asOf.node());
        CampaignForms.row(grid, 6, messages, "newCampaign.layout", layout);
        Label findings = new Label();
        findings.setId("newCampaignFindings");
        findings.getStyleClass().add("findings");
        findings.setWrapText(true);
        findings.textProperty().bind(model.findings().map(list -> String.join("\n", list)));
        grid.add(findings, 0, 7, 2, 1);
        dialog.getDialogPane().setContent(grid);

        Node ok = dialog.getDialogPane().lookupButton(create);
        ok.setId("newCampaignOk");
        ok.disableProperty().bind(model.canCreate().not());
        dialog.setResultConverter(b -> b == create ? model.form() : null);
        Platform.runLater(title::requestFocus);
        return dialog.showAndWait();
    }

    private TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private DateField date(String id, String key, ObjectProperty<LocalDate> value, NewCampaignViewModel model) {
        DateField field = new DateField(id, messages, true);
        field.valueProperty().set(value.get());
        field.valueProperty().bindBidirectional(value);
        field.problemProperty().addListener((o, a, why) -> model.entryProblem(messages.get(key), why));
        return field;
    }
}
