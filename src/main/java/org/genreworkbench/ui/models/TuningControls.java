package org.genreworkbench.ui.models;

import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
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
        parameter.setMinWidth(Region.USE_PREF_SIZE);
        ChoiceBox<Metric> metric = new ChoiceBox<>(tuning.metrics());
        metric.setId("models-tuning-metric");
        metric.setConverter(Converters.showing(Metric::label));
        metric.valueProperty().bindBidirectional(tuning.metricProperty());
        metric.setMinWidth(Region.USE_PREF_SIZE);
        Label against = new Label("Against");
        against.setMinWidth(Region.USE_PREF_SIZE);
        Label of = new Label("Metric");
        of.setMinWidth(Region.USE_PREF_SIZE);
        fitToWidest(parameter, TuningCurves.Parameter::label, against);
        fitToWidest(metric, Metric::label, of);
        return List.of(of, metric, against, parameter);
    }

    /**
     * A ChoiceBox sizes itself to the value it showed first: make room for its longest item instead, measured in
     * the font of the label beside it (styled by the theme by then).
     */
    private static <T> void fitToWidest(ChoiceBox<T> box, Function<T, String> text, Label styled) {
        box.getItems().addListener((ListChangeListener<T>) c -> box.setPrefWidth(box.getItems().stream()
                .mapToDouble(item -> {
                    Text measure = new Text(text.apply(item));
                    measure.setFont(styled.getFont());
                    return measure.getLayoutBounds().getWidth();
                }).max().orElse(0) + 48));
    }
}
