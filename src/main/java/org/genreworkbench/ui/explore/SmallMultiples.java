package org.genreworkbench.ui.explore;

import java.util.Collection;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.control.Label;
import org.genreworkbench.explore.HistogramPlot;
import org.jfree.chart.fx.ChartViewer;

/** A small histogram of every feature, four to a row, under one legend of the groups when grouped. */
final class SmallMultiples extends VBox {
    private static final int COLUMNS = 4;
    private final FlowPane legend = new FlowPane(14, 4);
    private final GridPane grid = new GridPane();

    SmallMultiples() {
        setId("explore-multiples");
        legend.setId("explore-legend");
        legend.setPadding(new Insets(0, 8, 0, 8));
        grid.setHgap(4);
        grid.setVgap(4);
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(legend, grid);
    }

    void show(List<HistogramPlot> plots, Collection<String> groups) {
        legend.getChildren().clear();
        int s = 0;
        for (String group : groups) {
            java.awt.Color c = Charts.PALETTE[s++ % Charts.PALETTE.length];
            Label entry = new Label(group, new Rectangle(12, 12, Color.rgb(c.getRed(), c.getGreen(), c.getBlue())));
            entry.setMinWidth(Label.USE_PREF_SIZE);
            legend.getChildren().add(entry);
        }
        legend.setVisible(!groups.isEmpty());
        legend.setManaged(!groups.isEmpty());
        grid.getChildren().clear();
        for (int i = 0; i < plots.size(); i++) {
            ChartViewer v = new ChartViewer(Charts.histogram(plots.get(i), true));
            v.setPrefSize(300, 180);
            GridPane.setHgrow(v, Priority.ALWAYS);
            GridPane.setVgrow(v, Priority.ALWAYS);
            grid.add(v, i % COLUMNS, i / COLUMNS);
        }
    }
}
