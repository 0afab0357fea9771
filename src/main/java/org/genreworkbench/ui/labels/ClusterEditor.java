package org.genreworkbench.ui.labels;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genreworkbench.ml.LabelPredictability;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.ui.Dialogs;

/**
 * Editing the clusters: rename, merge, exclude the selected ones, undo; below, the tags of the selected
 * cluster (move or exclude single tags) and the list of edits, on two small tabs.
 */
final class ClusterEditor extends VBox {
    private final ClusterTable table;

    ClusterEditor(LabelsViewModel viewModel, Dialogs dialogs) {
        super(6);
        table = new ClusterTable(viewModel);
        Button rename = new Button("Rename…");
        rename.setId("labels-rename");
        rename.setOnAction(e -> table.getSelectionModel().getSelectedItems().stream().findFirst().ifPresent(row ->
                dialogs.askText("Rename label", "New name for '" + row.name() + "'", row.name())
                        .ifPresent(name -> viewModel.rename(row.index(), name))));
        Button merge = new Button("Merge");
        merge.setId("labels-merge");
        merge.setTooltip(new Tooltip("Merge the selected clusters into the first selected"));
        merge.setOnAction(e -> viewModel.merge(table.selectedClusters()));
        Button exclude = new Button("Exclude");
        exclude.setId("labels-exclude");
        exclude.setOnAction(e -> viewModel.exclude(table.selectedClusters()));
        Button undo = new Button("Undo");
        undo.setId("labels-undo");
        undo.disableProperty().bind(Bindings.isEmpty(viewModel.edits()));
        undo.setOnAction(e -> viewModel.undo());
        for (Button b : List.of(rename, merge, exclude)) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        Button predictable = new Button("How predictable?");
        predictable.setId("labels-predictability");
        predictable.setTooltip(new Tooltip("F1 of each label from a quick 3-fold run of "
                + LabelPredictability.model().name() + " on the audio features"));
        predictable.disableProperty().bind(viewModel.estimatingProperty().or(viewModel.treeProperty().isNull()));
        predictable.setOnAction(e -> viewModel.estimatePredictability());
        HBox editButtons = new HBox(6, rename, merge, exclude, undo, predictable);

        TabPane tabs = new TabPane(new Tab("Tags of the selected cluster", tagsOfCluster(viewModel, dialogs)),
                new Tab("Edits", editList(viewModel)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefHeight(210);
        // Folded away until wanted, so the table keeps its rows; selecting a cluster opens it on its tags.
        TitledPane details = new TitledPane("Tags and edits", tabs);
        details.setId("labels-details");
        details.setExpanded(false);
        details.setAnimated(false);
        // Opened, it keeps its height (the tags and their buttons) and the table above gives way and scrolls:
        // squeezed by a long table it showed half a tag.
        details.setMinHeight(Region.USE_PREF_SIZE);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                details.setExpanded(true);
                tabs.getSelectionModel().select(0);
            }
        });
        getChildren().addAll(table, editButtons, details);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private VBox tagsOfCluster(LabelsViewModel viewModel, Dialogs dialogs) {
        ListView<String> tags = new ListView<>();
        tags.setId("labels-cluster-tags");
        tags.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tags.setPlaceholder(new Label("Select a cluster to see its tags"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            var clusters = viewModel.clustersProperty().get();
            tags.getItems().setAll(now == null || clusters == null || now.index() >= clusters.count()
                    ? List.of() : clusters.tagsOf(now.index()));
        });
        Button moveTag = new Button("Move to…");
        moveTag.setId("labels-move-tag");
        moveTag.disableProperty().bind(tags.getSelectionModel().selectedItemProperty().isNull());
        moveTag.setOnAction(e -> {
            var clusters = viewModel.clustersProperty().get();
            List<String> chosen = List.copyOf(tags.getSelectionModel().getSelectedItems());
            dialogs.choose("Move " + chosen.size() + (chosen.size() == 1 ? " tag" : " tags"), "Into the cluster",
                    clusters.names()).ifPresent(target -> {
                        int index = clusters.names().indexOf(target);
                        chosen.forEach(tag -> viewModel.moveTag(tag, index));
                    });
        });
        Button excludeTag = new Button("Exclude tag");
        excludeTag.setId("labels-exclude-tag");
        excludeTag.disableProperty().bind(tags.getSelectionModel().selectedItemProperty().isNull());
        excludeTag.setOnAction(e -> List.copyOf(tags.getSelectionModel().getSelectedItems()).forEach(viewModel::excludeTag));
        VBox box = new VBox(4, tags, new HBox(6, moveTag, excludeTag));
        VBox.setVgrow(tags, Priority.ALWAYS);
        return box;
    }

    private static ListView<LabelEdit> editList(LabelsViewModel viewModel) {
        ListView<LabelEdit> edits = new ListView<>(viewModel.edits());
        edits.setId("labels-edits");
        edits.setPlaceholder(new Label("No edits yet; Undo takes back the last"));
        edits.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LabelEdit item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.describe());
            }
        });
        return edits;
    }

    ClusterTable table() {
        return table;
    }
}
