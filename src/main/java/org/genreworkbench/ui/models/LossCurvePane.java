package org.genreworkbench.ui.models;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LossCurve;

/**
 * The training and validation loss per epoch of a network (MLP) on one fold, with a vertical line at the
 * epoch whose weights early stopping kept. Shown beside the results when the selected model is a network;
 * a choice of fold when there are several.
 */
final class LossCurvePane extends VBox {
    private final Label title = new Label();
    private final ChoiceBox<Integer> fold = new ChoiceBox<>();
    private final LineChart<Number, Number> chart;
    private final NumberAxis epochs = new NumberAxis();
    private List<LossCurve> curves = List.of();

    LossCurvePane() {
        epochs.setLabel("epoch");
        // Whole epochs only: the range and step are set per curve.
        epochs.setAutoRanging(false);
        epochs.setMinorTickVisible(false);
        NumberAxis loss = new NumberAxis();
        loss.setLabel("loss");
        loss.setForceZeroInRange(false);
        chart = new LineChart<>(epochs, loss);
        chart.setId("models-loss-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setPrefHeight(260);
        chart.setMinWidth(320);
        fold.setId("models-loss-fold");
        // Sized for "fold 10": a ChoiceBox sizes itself to the first value it shows.
        fold.setPrefWidth(100);
        fold.setMinWidth(Region.USE_PREF_SIZE);
        fold.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer k) {
                return k == null ? "" : "fold " + (k + 1);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        fold.valueProperty().addListener((obs, old, now) -> draw());
        title.getStyleClass().add("title-4");
        HBox top = new HBox(8, title, fold);
        top.setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);
        setPadding(new Insets(4, 8, 0, 8));
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().setAll(top, chart);
        setId("models-loss");
    }

    /** The loss curves of a model's folds in an experiment; empty for models that are not networks. */
    static List<LossCurve> curvesOf(Experiment experiment, String model) {
        if (experiment == null || model == null) {
            return List.of();
        }
        return experiment.results().stream().filter(r -> r.model().equals(model)).findFirst()
                .map(r -> r.folds().stream().map(Experiment.FoldScore::lossCurve).filter(Objects::nonNull).toList())
                .orElse(List.of());
    }

    /** Shows the model's curves (keeping the chosen fold when it exists); hides the pane when there are none. */
    void show(String model, List<LossCurve> modelCurves) {
        curves = List.copyOf(modelCurves);
        setVisible(!curves.isEmpty());
        setManaged(!curves.isEmpty());
        if (curves.isEmpty()) {
            chart.getData().clear();
            return;
        }
        title.setText("Loss per epoch: " + model);
        Integer chosen = fold.getValue();
        fold.getItems().setAll(java.util.stream.IntStream.range(0, curves.size()).boxed().toList());
        fold.setVisible(curves.size() > 1);
        fold.setValue(chosen != null && chosen < curves.size() ? chosen : 0);
        draw();
    }

    private void draw() {
        Integer k = fold.getValue();
        chart.getData().clear();
        if (k == null || k >= curves.size()) {
            return;
        }
        LossCurve curve = curves.get(k);
        epochs.setLowerBound(1);
        epochs.setUpperBound(Math.max(2, curve.epochs()));
        epochs.setTickUnit(Math.max(1, Math.ceil(curve.epochs() / 10.0)));
        XYChart.Series<Number, Number> training = series("training", curve.training());
        XYChart.Series<Number, Number> validation = series("validation", curve.validation());
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (List<Double> values : List.of(curve.training(), curve.validation())) {
            for (double v : values) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        XYChart.Series<Number, Number> kept = new XYChart.Series<>();
        kept.setName("kept: epoch " + curve.keptEpoch() + " of " + curve.epochs());
        if (curve.keptEpoch() > 0 && low <= high) {
            kept.getData().add(new XYChart.Data<>(curve.keptEpoch(), low));
            kept.getData().add(new XYChart.Data<>(curve.keptEpoch(), high));
        }
        chart.getData().setAll(List.of(training, validation, kept));
    }

    private static XYChart.Series<Number, Number> series(String name, List<Double> values) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (int e = 0; e < values.size(); e++) {
            s.getData().add(new XYChart.Data<>(e + 1, values.get(e)));
        }
        return s;
    }
}
