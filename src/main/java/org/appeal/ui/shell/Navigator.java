package org.appeal.ui.shell;

import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.appeal.domain.Campaign;
import org.appeal.ui.common.Messages;
import org.appeal.ui.screen.CampaignScreen;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The campaigns of the workspace and, under the open one, its screens. Each row knows what it
 * opens; screen rows take their ids ({@code #nav-<id>}) and titles from the screens themselves.
 */
final class Navigator {
    private record Target(String id, boolean isScreen, int index) {
        String nodeId() {
            return isScreen ? "nav-" + id : "nav-campaign-" + index;
        }
    }

    private final Map<TreeItem<String>, Target> targets = new HashMap<>();
    private final TreeView<String> tree;
    private final Messages messages;
    private final java.util.Set<String> archived;
    private final Consumer<String> restore;

    /**
     * @param openCampaign told the id of another campaign chosen
     * @param showScreen   told the id of a screen chosen
     */
    Navigator(Messages messages, List<Campaign> campaigns, OpenCampaign open, Consumer<String> openCampaign,
              Consumer<String> showScreen) {
        this(messages, campaigns, java.util.Set.of(), open, openCampaign, showScreen, id -> { });
    }

    /**
     * @param archived     ids of archived campaigns among {@code campaigns}: marked, with Restore on their menu
     * @param restore      told the id of an archived campaign to restore
     */
    Navigator(Messages messages, List<Campaign> campaigns, java.util.Set<String> archived, OpenCampaign open,
              Consumer<String> openCampaign, Consumer<String> showScreen, Consumer<String> restore) {
        this.messages = messages;
        this.archived = archived;
        this.restore = restore;
        TreeItem<String> root = new TreeItem<>(messages.get("nav.campaigns"));
        root.setExpanded(true);
        tree = new TreeView<>(root);
        tree.setId("navigator");
        tree.setAccessibleText(messages.get("nav.campaigns"));
        tree.setShowRoot(false);
        for (int i = 0; i < campaigns.size(); i++) {
            Campaign campaign = campaigns.get(i);
            String title = campaign.title().isBlank() ? campaign.id() : campaign.title();
            TreeItem<String> item = new TreeItem<>(archived.contains(campaign.id())
                    ? messages.get("nav.archived", title) : title);
            targets.put(item, new Target(campaign.id(), false, i));
            root.getChildren().add(item);
            if (campaign.id().equals(open.session().campaignId())) {
                item.setExpanded(true);
                for (CampaignScreen<?> screen : open.screens()) {
                    TreeItem<String> row = new TreeItem<>(messages.get(screen.titleKey()));
                    targets.put(row, new Target(screen.id(), true, 0));
                    item.getChildren().add(row);
                }
            }
        }
        tree.setCellFactory(t -> cell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            Target target = targets.get(item);
            if (target != null && target.isScreen()) {
                showScreen.accept(target.id());
            } else if (target != null && !target.id().equals(open.session().campaignId())) {
                openCampaign.accept(target.id());
            }
        });
    }

    TreeView<String> node() {
        return tree;
    }

    private javafx.scene.control.ContextMenu restoreMenu(String campaignId) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(messages.get("menu.restoreCampaign"));
        item.setId("restoreCampaign");
        item.setOnAction(e -> restore.accept(campaignId));
        return new javafx.scene.control.ContextMenu(item);
    }

    private TreeCell<String> cell() {
        Tooltip fullText = new Tooltip();
        TreeCell<String> cell = new TreeCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                fullText.setText(item);
                setTooltip(empty ? null : fullText);
                Target target = empty ? null : targets.get(getTreeItem());
                setId(target == null ? null : target.nodeId());
                getStyleClass().remove("archived-campaign");
                setContextMenu(null);
                if (target != null && !target.isScreen() && archived.contains(target.id())) {
                    getStyleClass().add("archived-campaign");
                    setContextMenu(restoreMenu(target.id()));
                }
            }
        };
        // A row asks for no width of its own, so every row is exactly as wide as the navigator and a long
        // campaign title ends in an ellipsis (the tooltip has it whole): no horizontal scroll bar, and no
        // row reaching under the divider, whatever the font and window size.
        cell.setPrefWidth(0);
        cell.setTextOverrun(OverrunStyle.ELLIPSIS);
        return cell;
    }
}
