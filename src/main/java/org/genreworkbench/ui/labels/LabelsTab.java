package org.genreworkbench.ui.labels;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.genreworkbench.labels.Clusters;
import org.genreworkbench.labels.LabelBalance;
import org.genreworkbench.labels.LabelSchemes;
import org.genreworkbench.labels.Linkage;
import org.genreworkbench.labels.TagDistance;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.ui.WorkbenchContext;

/**
 * The Labels tab: cluster the artists' genre tags, drag the cut through the tree while the balance panel
 * follows, edit the clusters, and apply them as the workspace's label scheme.
 */
public final class LabelsTab extends Tab {
    private final WorkbenchContext context;
    private final LabelsViewModel viewModel;
    private final DendrogramView dendrogram;
    private final TableView<ClusterRow> clusterTable = new TableView<>();

    public LabelsTab(WorkbenchContext context) {
        super("Labels");
        setClosable(false);
        this.context = context;
        this.viewModel = new LabelsViewModel(context);
        this.dendrogram = new DendrogramView(viewModel);

        BorderPane center = new BorderPane(dendrogram);
        center.setTop(cutBar());
        SplitPane split = new SplitPane(center, sidePanel());
        split.setDividerPositions(0.66);
        BorderPane content = new BorderPane(split);
        content.setTop(settingsBar());
        setContent(content);
        // The balance is set after the clusters, so by then both are current.
        viewModel.balanceProperty().addListener((obs, old, now) -> fillClusterTable());
    }

    public LabelsViewModel viewModel() {
        return viewModel;
    }

    private HBox settingsBar() {
        Spinner<Integer> minSupport = new Spinner<>(1, 1000, viewModel.minSupportProperty().get());
        minSupport.setId("labels-min-support");
        minSupport.setEditable(true);
        minSupport.setPrefWidth(90);
        minSupport.valueProperty().addListener((obs, old, now) -> viewModel.minSupportProperty().set(now));
        viewModel.minSupportProperty().addListener((obs, old, now) -> minSupport.getValueFactory().setValue(now.intValue()));
        minSupport.setTooltip(new Tooltip("Tags carried by fewer artists are set aside"));
        ChoiceBox<TagDistance> distance = new ChoiceBox<>();
        distance.getItems().setAll(TagDistance.values());
        distance.valueProperty().bindBidirectional(viewModel.distanceProperty());
        distance.setConverter(org.genreworkbench.ui.Converters.showing(d -> d == TagDistance.JACCARD ? "1 − Jaccard" : "cosine"));
        ChoiceBox<Linkage> linkage = new ChoiceBox<>();
        linkage.setId("labels-linkage");
        linkage.getItems().setAll(Linkage.values());
        linkage.valueProperty().bindBidirectional(viewModel.linkageProperty());
        Button build = new Button("Build tree");
        build.setId("labels-build");
        build.getStyleClass().add("accent");
        build.disableProperty().bind(viewModel.busyProperty());
        build.setOnAction(e -> viewModel.buildTree());
        Label status = new Label();
        status.setId("labels-status");
        // The status line gives way first when the bar is short of room; the controls keep their size.
        status.setMinWidth(0);
        for (javafx.scene.control.Control c : List.of(minSupport, distance, linkage, build)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        status.textProperty().bind(viewModel.statusProperty());
        ChoiceBox<String> active = new ChoiceBox<>();
        active.setId("labels-active-scheme");
        active.setTooltip(new Tooltip("The label scheme the Models and Explore tabs use"));
        Runnable fillSchemes = () -> {
            var project = context.session().project();
            List<String> names = project.labelSchemes().stream().map(LabelScheme::name).toList();
            if (!active.getItems().equals(names)) {
                active.getItems().setAll(names);
            }
            active.setValue(project.activeLabelScheme());
        };
        context.session().revisionProperty().addListener((obs, old, now) -> fillSchemes.run());
        fillSchemes.run();
        active.setOnAction(e -> {
            var project = context.session().project();
            String chosen = active.getValue();
            if (chosen != null && !chosen.equals(project.activeLabelScheme())) {
                project.setActiveLabelScheme(chosen);
                viewModel.loadActiveScheme();
            }
        });
        active.setMinWidth(120);
        HBox bar = new HBox(8, fixed(new Label("Min. artists per tag")), minSupport, fixed(new Label("Distance")), distance,
                fixed(new Label("Linkage")), linkage, build, new Separator(Orientation.VERTICAL),
                fixed(new Label("Active scheme")), active, new Separator(Orientation.VERTICAL), status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private HBox cutBar() {
        TextField height = new TextField();
        height.setId("labels-cut-height");
        height.setPrefColumnCount(6);
        viewModel.cutHeightProperty().addListener((obs, old, now) -> {
            if (!height.isFocused()) {
                height.setText(String.format(Locale.US, "%.4f", now.doubleValue()));
            }
        });
        height.setOnAction(e -> {
            try {
                viewModel.cutHeightProperty().set(Double.parseDouble(height.getText().trim()));
            } catch (NumberFormatException ex) {
                height.setText(String.format(Locale.US, "%.4f", viewModel.cutHeightProperty().get()));
            }
        });
        Spinner<Integer> k = new Spinner<>(1, 500, 12);
        k.setId("labels-k");
        k.setEditable(true);
        k.setPrefWidth(90);
        k.setMinWidth(90);
        Button cut = new Button("Cut into K clusters");
        cut.setId("labels-cut-k");
        cut.setOnAction(e -> viewModel.cutIntoClusters(k.getValue()));
        Label hint = new Label("Drag the red line, or use ↑/↓. Scroll to zoom, drag to pan, 0 to fit.");
        hint.getStyleClass().add("text-muted");
        hint.setMinWidth(0);
        HBox bar = new HBox(8, fixed(new Label("Cut height")), height, fixed(new Label("K")), k, fixed(cut), hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.disableProperty().bind(viewModel.treeProperty().isNull());
        return bar;
    }

    /** Keeps a control at its full width when the bar is short of room; the hint gives way instead. */
    private static <T extends javafx.scene.control.Control> T fixed(T control) {
        control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return control;
    }

    private BorderPane sidePanel() {
        BalancePanel balance = new BalancePanel(viewModel);

        clusterTable.setId("labels-clusters");
        clusterTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        clusterTable.setPlaceholder(new Label("No clusters yet"));
        clusterTable.getColumns().add(column("Label", ClusterRow::name, 150));
        clusterTable.getColumns().add(column("Tags", ClusterRow::tags, 62));
        clusterTable.getColumns().add(column("Tracks", ClusterRow::tracks, 76));
        clusterTable.getColumns().add(column("Top tags", ClusterRow::topTags, 220));
        clusterTable.setPrefHeight(220);
        clusterTable.setMinHeight(160);

        Button rename = new Button("Rename…");
        rename.setOnAction(e -> selected().stream().findFirst().ifPresent(row ->
                context.dialogs().askText("Rename label", "New name for '" + row.name() + "'", row.name())
                        .ifPresent(name -> viewModel.rename(row.index(), name))));
        Button merge = new Button("Merge");
        merge.setTooltip(new Tooltip("Merge the selected clusters into the first selected"));
        merge.setOnAction(e -> {
            List<ClusterRow> rows = selected();
            for (int i = rows.size() - 1; i >= 1; i--) {
                viewModel.merge(rows.get(i).index(), rows.get(0).index());
            }
        });
        Button exclude = new Button("Exclude");
        exclude.setOnAction(e -> {
            List<ClusterRow> rows = selected();
            // Exclude from the last so the indices of the rest stay valid until each edit is recorded.
            for (int i = rows.size() - 1; i >= 0; i--) {
                viewModel.excludeCluster(rows.get(i).index());
            }
        });
        Button undo = new Button("Undo");
        undo.setId("labels-undo");
        undo.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.edits()));
        undo.setOnAction(e -> viewModel.undo());
        HBox editButtons = new HBox(6, rename, merge, exclude, undo);

        ListView<String> tags = new ListView<>();
        tags.setId("labels-cluster-tags");
        tags.setPrefHeight(90);
        tags.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tags.setPlaceholder(new Label("Select a cluster to see its tags"));
        clusterTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
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
            context.dialogs().choose("Move " + chosen.size() + (chosen.size() == 1 ? " tag" : " tags"),
                    "Into the cluster", clusters.names()).ifPresent(target -> {
                        int index = clusters.names().indexOf(target);
                        chosen.forEach(tag -> viewModel.moveTag(tag, index));
                    });
        });
        Button excludeTag = new Button("Exclude tag");
        excludeTag.setId("labels-exclude-tag");
        excludeTag.disableProperty().bind(tags.getSelectionModel().selectedItemProperty().isNull());
        excludeTag.setOnAction(e -> List.copyOf(tags.getSelectionModel().getSelectedItems()).forEach(viewModel::excludeTag));
        HBox tagButtons = new HBox(6, moveTag, excludeTag);

        ListView<LabelEdit> edits = new ListView<>(viewModel.edits());
        edits.setPrefHeight(80);
        edits.setPlaceholder(new Label("No edits"));
        edits.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(LabelEdit item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.describe());
            }
        });

        TextField name = new TextField();
        name.setId("labels-scheme-name");
        name.setPromptText("scheme name");
        viewModel.clustersProperty().addListener((obs, old, now) -> {
            if (now != null && (name.getText().isBlank() || name.getText().matches("clusters-\\d+"))) {
                name.setText("clusters-" + now.count());
            }
        });
        Button apply = new Button("Apply as labels");
        apply.setId("labels-apply");
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(viewModel.treeProperty().isNull());
        apply.setOnAction(e -> {
            String n = name.getText().isBlank() ? "clusters" : name.getText().strip();
            viewModel.apply(n);
        });
        Button exportTags = new Button("Export tags CSV…");
        exportTags.setOnAction(e -> export("tag-labels.csv", false));
        Button exportTracks = new Button("Export track labels CSV…");
        exportTracks.setOnAction(e -> export("track-labels.csv", true));
        exportTags.disableProperty().bind(viewModel.treeProperty().isNull());
        exportTracks.disableProperty().bind(viewModel.treeProperty().isNull());
        HBox applyRow = new HBox(6, name, apply);
        HBox exportRow = new HBox(6, exportTags, exportTracks);
        HBox.setHgrow(name, Priority.ALWAYS);

        Label clustersTitle = new Label("Clusters");
        clustersTitle.getStyleClass().add("title-4");
        Label editsTitle = new Label("Edits (undo takes back the last)");
        VBox side = new VBox(8, balance, new Separator(), clustersTitle, clusterTable, editButtons,
                new Label("Tags of the selected cluster"), tags, tagButtons, editsTitle, edits);
        side.setPadding(new Insets(8));
        VBox.setVgrow(clusterTable, Priority.ALWAYS);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(side);
        scroll.setFitToWidth(true);
        // Apply and export stay in view whatever the scroll position.
        VBox actions = new VBox(6, applyRow, exportRow);
        actions.setPadding(new Insets(8));
        BorderPane panel = new BorderPane(scroll);
        panel.setBottom(actions);
        panel.setMinWidth(360);
        return panel;
    }

    private List<ClusterRow> selected() {
        return new ArrayList<>(clusterTable.getSelectionModel().getSelectedItems());
    }

    private void fillClusterTable() {
        Clusters clusters = viewModel.clustersProperty().get();
        LabelBalance balance = viewModel.balanceProperty().get();
        List<ClusterRow> rows = new ArrayList<>();
        if (clusters != null && balance != null) {
            for (int c = 0; c < clusters.count(); c++) {
                List<String> tags = clusters.tagsOf(c);
                rows.add(new ClusterRow(c, clusters.names().get(c), tags.size(), balance.trackCounts()[c],
                        String.join(", ", tags.subList(0, Math.min(5, tags.size())))));
            }
        }
        clusterTable.getItems().setAll(rows);
    }

    private void export(String suggested, boolean tracks) {
        context.dialogs().chooseFileToSave(tracks ? "Export track labels" : "Export tag labels", suggested, List.of("csv"))
                .ifPresent(file -> {
                    LabelScheme scheme = LabelSchemes.create("export", viewModel.treeProperty().get(),
                            viewModel.cutHeightProperty().get(), List.copyOf(viewModel.edits()));
                    var project = context.session().project().snapshot();
                    BackgroundTask.of("Exporting " + file.getFileName(), ctx -> {
                                write(file, scheme, project, tracks);
                                return file;
                            })
                            .onFailure(err -> context.dialogs().showError("Could not export", err.getMessage()))
                            .executeWith(context.executor());
                });
    }

    private static void write(Path file, LabelScheme scheme, org.genreworkbench.model.Project project, boolean tracks)
            throws java.io.IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (tracks) {
                LabelSchemes.writeTrackLabels(project, scheme, out);
            } else {
                LabelSchemes.writeTagLabels(scheme, out);
            }
        }
    }

    private static <T> TableColumn<ClusterRow, T> column(String title, java.util.function.Function<ClusterRow, T> value,
                                                         double width) {
        TableColumn<ClusterRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
