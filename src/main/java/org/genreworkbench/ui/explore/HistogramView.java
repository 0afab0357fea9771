package org.genreworkbench.ui.explore;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.genreworkbench.explore.ExploreData;
import org.genreworkbench.explore.Grouping;
import org.genreworkbench.export.ChartFiles;
import org.genreworkbench.ui.Converters;
import org.jfree.chart.fx.ChartViewer;

/**
 * The Histograms view: two rows of controls (what to show; how to show it and export) over one feature's
 * histogram or the small multiples of every feature.
 */
final class HistogramView extends Tab {
    private final HistogramViewModel model;
    private final ChartViewer histogram = new ChartViewer(null);
    private final SmallMultiples multiples = new SmallMultiples();
    private final ComboBox<String> feature = new ComboBox<>();
    private final BorderPane pane = new BorderPane(histogram);
    /** Which groups are drawn when the grouping has more than the chart can hold. */
    private final Label groupsNote = new Label();
    private boolean showingBins;

    HistogramView(HistogramViewModel model, ExportActions exports) {
        super("Histograms");
        this.model = model;
        feature.setId("explore-feature");
        feature.setVisibleRowCount(20);
        feature.setPrefWidth(190);
        feature.valueProperty().bindBidirectional(model.featureProperty());
        Slider bins = new Slider(1, 200, model.binsProperty().get());
        bins.setId("explore-bins");
        bins.setPrefWidth(160);
        bins.valueProperty().addListener((obs, old, now) -> {
            if (!showingBins) {
                model.chooseBins((int) Math.round(now.doubleValue()));
            }
        });
        model.binsProperty().addListener((obs, old, now) -> {
            showingBins = true;
            bins.setValue(now.doubleValue());
            showingBins = false;
        });
        Label binCount = new Label();
        binCount.setId("explore-bin-count");
        binCount.textProperty().bind(model.binsProperty().asString("%d bins"));
        ChoiceBox<Grouping.Kind> grouping = new ChoiceBox<>();
        grouping.setId("explore-grouping");
        grouping.getItems().setAll(Grouping.Kind.values());
        grouping.valueProperty().bindBidirectional(model.groupingProperty());
        grouping.setConverter(Converters.showing(k -> switch (k) {
            case NONE -> "No grouping";
            case PLAYLIST_GENRE -> "By playlist genre";
            case LABEL_SCHEME -> "By label (active scheme)";
            case TOP_TAGS -> "By top genre tags";
        }));
        ToggleButton allFeatures = new ToggleButton("All features");
        allFeatures.setId("explore-all-features");
        allFeatures.selectedProperty().bindBidirectional(model.allFeaturesProperty());
        CheckBox log = new CheckBox("Log scale");
        log.selectedProperty().bindBidirectional(model.logScaleProperty());
        CheckBox density = new CheckBox("Density curve");
        density.setId("explore-density");
        density.selectedProperty().bindBidirectional(model.densityProperty());
        CheckBox proportions = new CheckBox("Proportions");
        proportions.selectedProperty().bindBidirectional(model.proportionsProperty());
        Button png = new Button("PNG…");
        png.setOnAction(e -> exports.chart(histogram.getChart(), ChartFiles.Format.PNG));
        Button svg = new Button("SVG…");
        svg.setOnAction(e -> exports.chart(histogram.getChart(), ChartFiles.Format.SVG));
        png.disableProperty().bind(allFeatures.selectedProperty());
        svg.disableProperty().bind(allFeatures.selectedProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox what = row(new Label("Feature"), feature, new Label("Bins"), bins, fixedWidth(binCount, "200 bins"),
                grouping, allFeatures);
        groupsNote.setId("explore-groups-note");
        HBox how = row(log, density, proportions, groupsNote, spacer, png, svg);
        VBox controls = new VBox(6, what, how);
        controls.setPadding(new Insets(8));
        histogram.setId("explore-histogram");
        pane.setTop(controls);
        setContent(pane);
        model.shownProperty().addListener((obs, old, now) -> show(now));
        show(model.shownProperty().get());
    }

    /** The features to choose from, keeping the chosen one. */
    void show(ExploreData d) {
        String current = model.featureProperty().get();
        feature.getItems().setAll(d.columns().numericNames());
        model.featureProperty().set(current);
    }

    /** Draws what the view model has counted; only the charts are made here. */
    private void show(HistogramViewModel.Shown shown) {
        if (shown == null) {
            return;
        }
        groupsNote.setText(shown.groupsNote());
        if (shown.allFeatures()) {
            multiples.show(shown.plots(), shown.groups().keySet());
            pane.setCenter(multiples);
            return;
        }
        histogram.setChart(Charts.histogram(shown.plots().get(0), false));
        pane.setCenter(histogram);
    }

    private static HBox row(Node... nodes) {
        for (Node n : nodes) {
            if (n instanceof Control c && !(n instanceof Slider)) {
                // Controls keep their whole text: the row never squeezes one into "…".
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A label as wide as its widest text will be, so the controls after it do not move as it changes. */
    private static Node fixedWidth(Label label, String widest) {
        Label sizer = new Label(widest);
        sizer.setVisible(false);
        StackPane box = new StackPane(sizer, label);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }
}
