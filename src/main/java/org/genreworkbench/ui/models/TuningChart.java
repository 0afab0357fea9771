package org.genreworkbench.ui.models;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genreworkbench.charts.FoldScores;
import org.genreworkbench.charts.TuningCharts;
import org.genreworkbench.charts.TuningCurves;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Metric;
import org.jfree.chart.JFreeChart;

/**
 * The Tuning chart's state: the options the shown experiment's grids varied, the one drawn and the metric, and the
 * curves they give. Follows the shown experiment; plain JUnit tests it without a window.
 */
final class TuningChart {
    private final ShownExperiment shown;
    private final ObservableList<TuningCurves.Parameter> parameters = FXCollections.observableArrayList();
    private final ObjectProperty<TuningCurves.Parameter> parameter = new SimpleObjectProperty<>();
    private final ObservableList<Metric> metrics = FXCollections.observableArrayList();
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<TuningCurves> curves = new ReadOnlyObjectWrapper<>();

    TuningChart(ShownExperiment shown) {
        this.shown = shown;
        shown.experimentProperty().addListener((obs, old, now) -> experimentShown(now));
        parameter.addListener((obs, old, now) -> update());
        metric.addListener((obs, old, now) -> update());
        experimentShown(shown.experiment());
    }

    /** The options a grid varied, per family: what the chart can draw along its horizontal axis. */
    ObservableList<TuningCurves.Parameter> parameters() {
        return parameters;
    }

    ObjectProperty<TuningCurves.Parameter> parameterProperty() {
        return parameter;
    }

    /** The scores the chart can draw, not the times. */
    ObservableList<Metric> metrics() {
        return metrics;
    }

    ObjectProperty<Metric> metricProperty() {
        return metric;
    }

    /** The curves of the chosen metric against the chosen option; null when the experiment has no grid. */
    ReadOnlyObjectProperty<TuningCurves> curvesProperty() {
        return curves.getReadOnlyProperty();
    }

    Optional<JFreeChart> chart() {
        return Optional.ofNullable(curves.get()).filter(c -> !c.curves().isEmpty()).map(TuningCharts::curves);
    }

    String placeholder() {
        return "No grid in this experiment: give a numeric option several values in the property sheet "
                + "(100, 300, 1000 or 100 to 1000 step 300), then Run.";
    }

    private void experimentShown(Experiment e) {
        List<TuningCurves.Parameter> now = e == null ? List.of()
                : shown.spec().map(TuningCurves::parameters).orElse(List.of());
        List<Metric> scores = e == null ? List.of() : FoldScores.metrics(e);
        Metric keep = metric.get();
        parameter.set(null);
        metric.set(null);
        parameters.setAll(now);
        metrics.setAll(scores);
        metric.set(keep != null && scores.contains(keep) ? keep : TuningCurves.usualMetric(scores));
        parameter.set(now.isEmpty() ? null : now.get(0));
        update();
    }

    private void update() {
        Experiment e = shown.experiment();
        curves.set(e == null || parameter.get() == null || metric.get() == null || shown.spec().isEmpty() ? null
                : TuningCurves.of(e, shown.spec().get(), parameter.get(), metric.get()));
    }
}
