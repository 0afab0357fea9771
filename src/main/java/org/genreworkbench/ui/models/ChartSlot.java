package org.genreworkbench.ui.models;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/** A result chart's place in its tab: the chart when there is one, otherwise a muted line saying why not. */
final class ChartSlot extends StackPane {
    private final ChartViewer viewer = new ChartViewer(null);
    private final Label placeholder = new Label();

    /** @param kind the chart's kind, whose name gives the viewer its id ({@code models-chart-per-fold}) */
    ChartSlot(Enum<?> kind) {
        viewer.setId("models-chart-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        placeholder.setWrapText(true);
        placeholder.setStyle("-fx-text-fill: -color-fg-muted;");
        getChildren().addAll(viewer, placeholder);
    }

    /** Shows {@code chart}, or {@code whyNot} where there is none. */
    void show(Optional<JFreeChart> chart, String whyNot) {
        chart.ifPresent(viewer::setChart);
        viewer.setVisible(chart.isPresent());
        placeholder.setText(whyNot);
        placeholder.setVisible(chart.isEmpty());
    }
}
