package org.appeal.ui.timeline;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.appeal.domain.Resolution;
import org.appeal.domain.UnBody;
import org.appeal.domain.Vote;
import org.appeal.ui.common.Messages;

import java.util.function.Consumer;

/** The resolution timeline screen: years across, bodies down, a cell per decision. */
public final class TimelineView {
    private final TimelineViewModel model;
    private final Messages messages;
    private final Consumer<String> openUrl;
    private final GridPane grid = new GridPane();
    private final VBox root;

    public TimelineView(TimelineViewModel model, Messages messages, Consumer<String> openUrl) {
        this.model = model;
        this.messages = messages;
        this.openUrl = openUrl;
        grid.setId("timeline");
        grid.setHgap(4);
        grid.setVgap(4);
        grid.getStyleClass().add("timeline");
        model.gridProperty().addListener((o, a, b) -> fill(b));
        fill(model.gridProperty().get());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToHeight(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        Label heading = new Label(messages.get("timeline.heading", model.state().isBlank()
                ? messages.get("timeline.noState") : model.state()));
        heading.getStyleClass().add("timeline-heading");
        Label hint = new Label(messages.get("timeline.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        root = new VBox(10, heading, scroll, hint);
        root.setPadding(new Insets(10));
        root.setId("timeline-screen");
    }

    public Node node() {
        return root;
    }

    private void fill(TimelineViewModel.Grid data) {
        grid.getChildren().clear();
        grid.add(new Label(""), 0, 0);
        int column = 1;
        for (int year : data.years()) {
            Label label = new Label(String.valueOf(year));
            label.getStyleClass().add("timeline-year");
            grid.add(label, column++, 0);
        }
        int row = 1;
        for (UnBody body : UnBody.values()) {
            grid.add(new Label(messages.get("timeline.body." + body.name().toLowerCase())), 0, row);
            column = 1;
            for (int year : data.years()) {
                grid.add(cell(data.cell(year, body)), column++, row);
            }
            row++;
        }
        grid.add(new Label(messages.get("timeline.resolutions")), 0, row);
        column = 1;
        for (int year : data.years()) {
            VBox resolutions = new VBox(2);
            for (Resolution r : data.adoptedIn(year)) {
                resolutions.getChildren().add(resolution(r, data.votes().get(r.symbol())));
            }
            grid.add(resolutions, column++, row);
        }
    }

    private Node cell(TimelineViewModel.Cell cell) {
        Button button = new Button(messages.get("timeline.mark." + cell.mark().name().toLowerCase()));
        button.setId("cell-" + cell.body().name() + "-" + cell.year());
        button.getStyleClass().addAll("timeline-cell", "timeline-" + cell.mark().name().toLowerCase());
        button.setMinWidth(64);
        button.setAccessibleText(messages.get("timeline.cellAccessible", cell.year(),
                messages.get("timeline.body." + cell.body().name().toLowerCase()), button.getText()));
        if (!cell.records().isEmpty()) {
            button.setTooltip(new Tooltip(messages.get("timeline.source", cell.records().get(0).source())));
        }
        ContextMenu menu = new ContextMenu();
        for (TimelineViewModel.Mark mark : new TimelineViewModel.Mark[] {TimelineViewModel.Mark.COSPONSORED,
                TimelineViewModel.Mark.DECLINED, TimelineViewModel.Mark.UNKNOWN}) {
            MenuItem item = new MenuItem(messages.get("timeline.set." + mark.name().toLowerCase()));
            item.setId("set-" + mark.name().toLowerCase());
            item.setOnAction(e -> model.set(cell.year(), cell.body(), mark));
            menu.getItems().add(item);
        }
        button.setOnAction(e -> menu.show(button, javafx.geometry.Side.BOTTOM, 0, 0));
        button.setAlignment(Pos.CENTER);
        return button;
    }

    private Node resolution(Resolution r, Vote.Choice vote) {
        Hyperlink link = new Hyperlink(r.symbol());
        link.setId("resolution-" + r.id());
        link.setOnAction(e -> openUrl.accept("https://undocs.org/" + r.symbol()));
        String how = messages.get("timeline.adoption." + r.adoption().name().toLowerCase())
                + (vote == null ? "" : ", " + messages.get("timeline.vote." + vote.name().toLowerCase()));
        Label detail = new Label(how);
        detail.getStyleClass().add("hint");
        link.setTooltip(new Tooltip((r.title().isBlank() ? r.symbol() : r.title())
                + (r.adoptedOn() == null ? "" : "\n" + r.adoptedOn()) + "\n" + messages.get("timeline.source", r.source())));
        return new VBox(0, link, detail);
    }
}
