package org.genreworkbench.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.genreworkbench.ingest.FieldCoverage;
import org.genreworkbench.model.Source;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

/**
 * A value axis along the bottom of a horizontal bar chart centres its last tick label ("100%") on the plot's
 * right edge: the chart must leave room for the half beyond it, or the label is cut (as it was in the listening
 * completion's summary and the precision/recall chart).
 */
class LastTickTest {

    @Test
    void theCoverageChartsLastTickFitsInsideTheChart() {
        JFreeChart chart = BalanceCharts.coverage(List.of(
                new FieldCoverage.Row("danceability", 4, 6, Map.of(Source.RECCOBEATS, 4), ""),
                new FieldCoverage.Row("track name", 6, 6, Map.of(Source.FILE, 6), "")));
        assertLastTickFits(chart, "100%");
    }

    private static void assertLastTickFits(JFreeChart chart, String lastTick) {
        int width = 800;
        BufferedImage image = new BufferedImage(width, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, width, 500), info);
        ValueAxis axis = ((CategoryPlot) chart.getPlot()).getRangeAxis();
        double half = g.getFontMetrics(axis.getTickLabelFont()).stringWidth(lastTick) / 2.0;
        g.dispose();
        double plotRight = info.getPlotInfo().getDataArea().getMaxX();
        assertThat(plotRight + half).as("right end of '%s'", lastTick).isLessThanOrEqualTo(width);
    }
}
