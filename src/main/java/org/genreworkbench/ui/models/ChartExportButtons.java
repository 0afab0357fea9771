package org.genreworkbench.ui.models;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.genreworkbench.export.ChartFiles;
import org.jfree.chart.JFreeChart;

/** The right end of a result chart's bar: a PNG… and an SVG… button that export the chart shown. */
final class ChartExportButtons {
    private ChartExportButtons() {
    }

    /** Pushes the buttons to the bar's right end; {@code chart} is asked at the click, so it is the one on show. */
    static void addTo(HBox bar, Supplier<Optional<JFreeChart>> chart, String title, ResultExports exports) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().add(spacer);
        for (ChartFiles.Format format : ChartFiles.Format.values()) {
            Button b = new Button(format.name() + "…");
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> chart.get().ifPresent(shown -> exports.chart(shown, format, title)));
            bar.getChildren().add(b);
        }
    }
}
