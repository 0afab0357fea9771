package org.genreworkbench.charts;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.genreworkbench.ingest.FieldCoverage;
import org.genreworkbench.model.Source;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Charts of how much there is of what: tracks per label, and each field's coverage by source. */
public final class BalanceCharts {
    private BalanceCharts() {
    }

    /** A horizontal bar per label with its number of tracks, in the order given. */
    public static JFreeChart labelBalance(String title, List<String> labels, int[] tracks) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int l = 0; l < labels.size(); l++) {
            data.addValue(tracks[l], "tracks", labels.get(l));
        }
        BarRenderer bars = ScoreCharts.bars();
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), new NumberAxis("tracks"), bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return ChartStyle.chart(title, plot, false);
    }

    /**
     * A bar per field split by where its values came from, with the share nobody gave in grey: the ingestion's
     * coverage at a glance. Shares of the field's tracks or artists, so every bar runs to 100 %.
     */
    public static JFreeChart coverage(List<FieldCoverage.Row> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        // Every source in every category, in one order, so a source keeps its colour along the bars.
        for (Source source : Source.values()) {
            for (FieldCoverage.Row row : rows) {
                data.addValue(share(row.bySource().getOrDefault(source, 0), row.total()),
                        FieldCoverage.displayName(source), row.field());
            }
        }
        for (FieldCoverage.Row row : rows) {
            data.addValue(share(row.total() - row.present(), row.total()), "missing", row.field());
        }
        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        for (int s = 0; s < Source.values().length; s++) {
            bars.setSeriesPaint(s, ChartStyle.colour(s));
            // A source that gave nothing stays out of the legend.
            bars.setSeriesVisibleInLegend(s, usedAnywhere(rows, Source.values()[s]));
        }
        bars.setSeriesPaint(Source.values().length, ChartStyle.MISSING);
        NumberAxis x = new NumberAxis("share of tracks (artists for artist fields)");
        x.setRange(0, 1);
        x.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(java.util.Locale.US));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), x, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinePaint(new Color(0xe0e0e0));
        return ChartStyle.chart("Coverage of each field, by source", plot, true);
    }

    private static boolean usedAnywhere(List<FieldCoverage.Row> rows, Source source) {
        return rows.stream().map(FieldCoverage.Row::bySource).map(Map::keySet).anyMatch(s -> s.contains(source));
    }

    private static double share(int n, int total) {
        return total == 0 ? 0 : (double) n / total;
    }
}
