package org.genreworkbench.ui.explore;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.genreworkbench.explore.ExploreData;

/** The Correlations view: the heatmap of Pearson or Spearman correlations, and a clicked cell's scatter plot. */
final class CorrelationView extends Tab {
    private final ExploreViewModel model;
    private final HeatmapView heatmap = new HeatmapView();
    private final ScatterView scatter = new ScatterView();
    private final Label note = new Label();

    CorrelationView(ExploreViewModel model, ExportActions exports) {
        super("Correlations");
        this.model = model;
        ChoiceBox<String> method = new ChoiceBox<>();
        method.getItems().setAll("Pearson", "Spearman");
        method.setValue("Pearson");
        method.valueProperty().addListener((obs, old, now) -> model.spearmanProperty().set("Spearman".equals(now)));
        CheckBox reorder = new CheckBox("Group correlated features");
        reorder.selectedProperty().bindBidirectional(model.reorderProperty());
        Button png = new Button("Heatmap PNG…");
        png.setOnAction(e -> exports.picture(heatmap, "heatmap.png"));
        Button scatterPng = new Button("Scatter PNG…");
        scatterPng.setOnAction(e -> exports.picture(scatter, "scatter.png"));
        Label hint = new Label("Click a cell to plot its two features.");
        hint.getStyleClass().add("text-muted");
        Label title = new Label("Correlation");
        for (var c : List.of(method, reorder, png, scatterPng, hint, title)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox controls = new HBox(8, title, method, reorder, png, scatterPng, hint);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(8));
        note.setId("explore-correlation-note");
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        note.setPadding(new Insets(4, 8, 8, 8));
        SplitPane split = new SplitPane(heatmap, scatter);
        split.setDividerPositions(0.58);
        BorderPane pane = new BorderPane(split);
        pane.setTop(controls);
        pane.setBottom(note);
        setContent(pane);
        heatmap.onCellClicked(model::openScatter);
        model.spearmanProperty().addListener((obs, old, now) -> showHeatmap());
        model.reorderProperty().addListener((obs, old, now) -> showHeatmap());
        model.scatterProperty().addListener((obs, old, now) -> scatter.show(now));
    }

    void show(ExploreData data) {
        showHeatmap();
        List<String> empty = data.columns().numericNames().stream().filter(n -> data.whyEmpty(n).isPresent()).toList();
        note.setText(empty.isEmpty() || data.columns().rows() == 0 ? ""
                : "No track has a value for " + String.join(", ", empty)
                + ": correlations with " + (empty.size() == 1 ? "it" : "them") + " are undefined (–).");
        note.setManaged(!note.getText().isEmpty());
    }

    private void showHeatmap() {
        ExploreData data = model.dataProperty().get();
        if (data != null) {
            heatmap.show(model.spearmanProperty().get() ? data.spearman() : data.pearson(), model.reorderProperty().get());
        }
    }
}
