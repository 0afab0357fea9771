package org.genreworkbench.ui.models;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * F1 per label of the models selected in the comparison, one bar per model beside each label. Bars lie
 * horizontally, so label names read across on the left instead of standing on end and squeezing the plot.
 */
final class PerLabelChart extends BarChart<Number, String> {
    /** Height each label's group of bars needs to stay readable. */
    private static final double PER_LABEL = 20;

    PerLabelChart() {
        super(new NumberAxis(0, 1, 0.1), new CategoryAxis());
        setId("per-label-chart");
        // No title: its tab and the line above it say what it shows, and the plot keeps the height.
        setAnimated(false);
        setLegendVisible(true);
        setCategoryGap(6);
        setBarGap(1);
        getXAxis().setLabel("F1, mean over folds");
        setMinHeight(240);
    }

    void show(List<ShownExperiment.LabelScores> scores) {
        getData().clear();
        List<XYChart.Series<Number, String>> all = new ArrayList<>();
        int labels = 0;
        for (ShownExperiment.LabelScores s : scores) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(s.model());
            // The category axis runs bottom-up: add the labels last to first so the first reads at the top.
            for (int l = s.labels().size() - 1; l >= 0; l--) {
                series.getData().add(new XYChart.Data<>(Double.isNaN(s.f1()[l]) ? 0 : s.f1()[l], s.labels().get(l)));
            }
            all.add(series);
            labels = Math.max(labels, s.labels().size());
        }
        getData().setAll(all);
        // In its scroll pane the chart fills the space it is given, and scrolls rather than squeeze below this.
        setMinHeight(Math.max(240, 80 + labels * PER_LABEL));
    }
}
