package org.genreworkbench.ui.models;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.genreworkbench.model.Metric;
import org.genreworkbench.ui.Converters;

/**
 * The charts under the comparison, a tab each: F1 per label (the models selected in the table), scores per fold
 * (a metric at a time), fold balance, feature ablation and tuning (a metric against an option a grid varied);
 * each exports as PNG or SVG like the Explore charts.
 */
final class ResultChartsPane extends TabPane {
    private final ResultCharts model;
    private final Map<ResultCharts.Kind, ChartSlot> slots = new EnumMap<>(ResultCharts.Kind.class);

    ResultChartsPane(ResultCharts model, PerLabelChart perLabel, ResultExports exports) {
        this.model = model;
        setId("models-charts");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        for (ResultCharts.Kind kind : ResultCharts.Kind.values()) {
            Node content;
            if (kind == ResultCharts.Kind.PER_LABEL) {
                ScrollPane scroll = new ScrollPane(perLabel);
                scroll.setFitToWidth(true);
                scroll.setFitToHeight(true);
                content = scroll;
            } else {
                ChartSlot slot = new ChartSlot(kind);
                slots.put(kind, slot);
                content = slot;
            }
            BorderPane pane = new BorderPane(content);
            pane.setTop(bar(kind, exports));
            Tab tab = new Tab(kind.title, pane);
            tab.setUserData(kind);
            getTabs().add(tab);
        }
        // Tabs added after these (the per-label charts) draw themselves; on one of them no kind of these is on show,
        // so asking for one (a double click on a row: scores per fold) brings its tab back.
        getSelectionModel().selectedItemProperty().addListener((obs, old, tab) ->
                model.kindProperty().set(tab.getUserData() instanceof ResultCharts.Kind kind ? kind : null));
        model.kindProperty().addListener((obs, old, kind) -> {
            if (kind != null) {
                getSelectionModel().select(kind.ordinal());
                draw(kind);
            }
        });
        model.perFoldProperty().addListener((obs, old, now) -> draw(ResultCharts.Kind.PER_FOLD));
        // A chart without data says why, and that changes with the experiment shown even when its data stay empty.
        model.experimentProperty().addListener((obs, old, now) -> slots.keySet().forEach(this::draw));
        model.foldBalanceProperty().addListener((obs, old, now) -> draw(ResultCharts.Kind.FOLD_BALANCE));
        model.ablationProperty().addListener((obs, old, now) -> draw(ResultCharts.Kind.ABLATION));
        model.tuning().curvesProperty().addListener((obs, old, now) -> draw(ResultCharts.Kind.TUNING));
        for (ResultCharts.Kind kind : slots.keySet()) {
            draw(kind);
        }
    }

    private HBox bar(ResultCharts.Kind kind, ResultExports exports) {
        HBox bar = new HBox(8);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        if (kind == ResultCharts.Kind.PER_FOLD) {
            ChoiceBox<Metric> metric = new ChoiceBox<>(model.metrics());
            metric.setConverter(Converters.showing(Metric::label));
            metric.setId("models-fold-metric");
            metric.valueProperty().bindBidirectional(model.metricProperty());
            Label label = new Label("Metric");
            label.setMinWidth(Region.USE_PREF_SIZE);
            WideChoices.fitLongest(metric, Metric::label, label);
            bar.getChildren().addAll(label, metric);
        } else if (kind == ResultCharts.Kind.TUNING) {
            bar.getChildren().addAll(TuningControls.of(model.tuning()));
        } else if (kind == ResultCharts.Kind.PER_LABEL) {
            bar.getChildren().add(new Label("The models selected in the table above"));
        }
        ChartExportButtons.addTo(bar, () -> model.chart(kind), kind.title, exports);
        return bar;
    }

    private void draw(ResultCharts.Kind kind) {
        ChartSlot slot = slots.get(kind);
        if (slot != null) {
            slot.show(model.chart(kind), model.placeholder(kind));
        }
    }
}
