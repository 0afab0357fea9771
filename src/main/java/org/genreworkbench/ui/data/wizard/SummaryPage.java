package org.genreworkbench.ui.data.wizard;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.genreworkbench.charts.BalanceCharts;
import org.genreworkbench.ingest.FieldCoverage;
import org.jfree.chart.fx.ChartViewer;

/** Step 5: what the run brought, in words, and every field's coverage by source as a stacked bar chart. */
final class SummaryPage extends VBox {

    SummaryPage(SpotifyWizardModel model) {
        super(10);
        TextArea text = new TextArea();
        text.setId("wizard-summary");
        text.setEditable(false);
        text.setWrapText(true);
        text.textProperty().bind(model.run().summaryProperty());
        ChartViewer chart = new ChartViewer(BalanceCharts.coverage(List.of()));
        chart.setId("wizard-coverage-chart");
        chart.setMinHeight(260);
        model.run().coverageProperty().addListener((obs, old, rows) -> show(chart, rows));
        show(chart, model.run().coverageProperty().get());
        SplitPane both = new SplitPane(text, chart);
        both.setOrientation(Orientation.VERTICAL);
        both.setDividerPositions(0.28);
        Label done = new Label();
        done.textProperty().bind(model.run().doneHeadingProperty());
        getChildren().addAll(done, both);
        VBox.setVgrow(both, Priority.ALWAYS);
    }

    private static void show(ChartViewer chart, List<FieldCoverage.Row> rows) {
        chart.setChart(BalanceCharts.coverage(rows));
    }
}
