package org.genreworkbench.ui.models;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.genreworkbench.charts.TuningCurves;
import org.genreworkbench.model.Metric;
import org.genreworkbench.ui.Converters;

/** The Tuning chart's choices above it: which varied option along the horizontal axis, and which metric. */
final class TuningControls {
    private TuningControls() {
    }

    static List<Node> of(TuningChart tuning) {
        ChoiceBox<TuningCurves.Parameter> parameter = new ChoiceBox<>(tuning.parameters());
        parameter.setId("models-tuning-parameter");
        parameter.setConverter(Converters.showing(TuningCurves.Parameter::label));
        parameter.valueProperty().bindBidirectional(tuning.parameterProperty());
        ChoiceBox<Metric> metric = new ChoiceBox<>(tuning.metrics());
        metric.setId("models-tuning-metric");
        metric.setConverter(Converters.showing(Metric::label));
        metric.valueProperty().bindBidirectional(tuning.metricProperty());
        Label against = new Label("Against");
        against.setMinWidth(Region.USE_PREF_SIZE);
        Label of = new Label("Metric");
        of.setMinWidth(Region.USE_PREF_SIZE);
        WideChoices.fitLongest(parameter, TuningCurves.Parameter::label, against);
        WideChoices.fitLongest(metric, Metric::label, of);
        return List.of(of, metric, against, parameter);
    }
}
