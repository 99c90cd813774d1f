package org.cooperatorlab.app.ui.agents;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The shipped agents (the {@code saved-agents/} folder) and the recent files; one click on a row
 * loads that agent.
 */
public final class AgentsPanel extends VBox {

    private final ListView<Path> shipped = new ListView<>();
    private final ListView<Path> recent = new ListView<>();
    private final Path folder;
    private final RecentAgents recentAgents;

    /**
     * @param folder the shipped agents' folder
     * @param recentAgents the recent list
     * @param onLoad called with the file the user clicked
     */
    public AgentsPanel(Path folder, RecentAgents recentAgents, Consumer<Path> onLoad) {
        this.folder = folder;
        this.recentAgents = recentAgents;
        setId("agents-panel");
        setSpacing(6);
        Label shippedHeading = new Label("Shipped agents");
        shippedHeading.getStyleClass().add("section-heading");
        Label recentHeading = new Label("Recent agents");
        recentHeading.getStyleClass().add("section-heading");
        configure(shipped, "shipped-agents", "Agents in " + folder + "; click one to load it.", onLoad);
        configure(recent, "recent-agents", "Agent files you loaded or saved recently; click one to load it.", onLoad);
        getChildren().addAll(shippedHeading, shipped, recentHeading, recent);
        refresh();
    }

    private static void configure(ListView<Path> list, String id, String tooltip, Consumer<Path> onLoad) {
        list.setId(id);
        list.setPrefHeight(id.equals("shipped-agents") ? 190 : 110);
        list.setTooltip(new Tooltip(tooltip));
        list.setCellFactory(view -> {
            ListCell<Path> cell = new ListCell<>() {
                @Override
                protected void updateItem(Path path, boolean empty) {
                    super.updateItem(path, empty);
                    setText(empty || path == null ? null : path.getFileName().toString());
                    setTooltip(empty || path == null ? null : new Tooltip(path.toString()));
                }
            };
            cell.setOnMouseClicked(event -> {
                if (!cell.isEmpty() && cell.getItem() != null) {
                    onLoad.accept(cell.getItem());
                }
            });
            return cell;
        });
    }

    /** Re-reads the folder and the recent list. */
    public void refresh() {
        List<Path> files = SavedAgentsFolder.agentFiles(folder);
        shipped.setItems(FXCollections.observableArrayList(files));
        shipped.setPlaceholder(new Label("No agent files in " + folder.getFileName()));
        recent.setItems(FXCollections.observableArrayList(recentAgents.list()));
        recent.setPlaceholder(new Label("None yet"));
    }

    public ListView<Path> shippedList() {
        return shipped;
    }
}
