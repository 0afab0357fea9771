package org.genreworkbench.ui.explore;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Map;
import org.genreworkbench.explore.Density;
import org.genreworkbench.explore.ExploreData;
import org.genreworkbench.explore.Grouping;
import org.genreworkbench.explore.Histogram;
import org.genreworkbench.explore.TagStatistics;
import org.genreworkbench.ui.text.FeatureText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultIntervalXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Builds the Explore tab's JFreeChart charts, styled to sit in the light theme. */
final class Charts {
    static final Color[] PALETTE = {new Color(0x4e79a7), new Color(0xf28e2b), new Color(0xe15759),
        new Color(0x76b7b2), new Color(0x59a14f), new Color(0xedc948), new Color(0xb07aa1)};
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font SMALL_TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 11);

    private Charts() {
    }

    /**
     * A histogram of one feature, overlaid per group when grouped, with a density curve per series when asked
     * (on a log scale the curve is the density of the logarithm, so it follows the log-spaced bars). A feature
     * with no values says so on the chart instead of showing empty axes.
     */
    static JFreeChart histogram(ExploreData data, String feature, int bins, boolean log, boolean density,
                                boolean proportions, Map<String, int[]> groups, boolean small) {
        double[] column = data.columns().column(feature);
        DefaultIntervalXYDataset dataset = new DefaultIntervalXYDataset();
        int b = bins > 0 ? bins : data.histogram(feature, 0, log).counts().length;
        Histogram all = Histogram.of(column, b, log);
        boolean grouped = !groups.isEmpty();
        XYSeriesCollection curves = new XYSeriesCollection();
        if (grouped) {
            for (Map.Entry<String, int[]> g : groups.entrySet()) {
                double[] values = Grouping.select(column, g.getValue());
                Histogram h = rebin(values, all, log);
                addSeries(dataset, g.getKey(), h, proportions);
                curves.addSeries(densityCurve(g.getKey(), values, all, log, proportions ? 1 : h.total()));
            }
        } else {
            addSeries(dataset, feature, all, proportions);
            curves.addSeries(densityCurve("density", column, all, log, proportions ? 1 : all.total()));
        }
        org.jfree.chart.axis.ValueAxis x = log ? logAxis(feature) : new NumberAxis(feature);
        if (x instanceof NumberAxis numbers) {
            numbers.setAutoRangeIncludesZero(false);
            if ("year".equals(feature)) {
                // Ticks keep JFreeChart's short labels, but a year is never written "2,019".
                numbers.setNumberFormatOverride(FeatureText.format(feature));
            }
        }
        NumberAxis y = new NumberAxis(proportions ? "share of tracks" : "tracks");
        XYBarRenderer bars = new XYBarRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        // White outlines separate wide bars; on narrow ones they would wash the colour out.
        bars.setDrawBarOutline(!grouped && b <= 40);
        bars.setDefaultOutlinePaint(Color.WHITE);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            Color c = PALETTE[s % PALETTE.length];
            bars.setSeriesPaint(s, grouped ? new Color(c.getRed(), c.getGreen(), c.getBlue(), 110) : c);
            line.setSeriesPaint(s, grouped ? c.darker() : new Color(0x222222));
            line.setSeriesStroke(s, new BasicStroke(small ? 1.2f : 2f));
            line.setSeriesVisibleInLegend(s, false);
        }
        XYPlot plot = new XYPlot(dataset, x, y, bars);
        style(plot);
        if (all.total() == 0) {
            String why = data.whyEmpty(feature).orElse("No value of " + feature + " is above zero, as a log scale needs.");
            plot.setNoDataMessage(small ? "no values" : why);
            plot.setNoDataMessageFont(small ? SMALL_TITLE : TITLE);
            // An empty series still counts as data to JFreeChart: without any, the message above is shown.
            plot.setDataset(0, null);
        }
        if (density && all.total() > 1) {
            plot.setDataset(1, curves);
            plot.setRenderer(1, line);
        }
        JFreeChart chart = new JFreeChart(null, small ? SMALL_TITLE : TITLE, plot, grouped && !small);
        chart.setTitle(new TextTitle(feature + (grouped && !small ? " by group" : ""), small ? SMALL_TITLE : TITLE));
        chart.setBackgroundPaint(Color.WHITE);
        if (small) {
            x.setLabel(null);
            y.setLabel(null);
        }
        return chart;
    }

    /**
     * A kernel density curve over the histogram's range, scaled to the bars: density times the values it
     * stands for times the bin width. On a log scale the density is of log10 of the positive values.
     */
    private static XYSeries densityCurve(String name, double[] values, Histogram bins, boolean log, double total) {
        XYSeries curve = new XYSeries(name);
        double[] edges = bins.edges();
        double lo = log ? Math.log10(edges[0]) : edges[0];
        double hi = log ? Math.log10(edges[edges.length - 1]) : edges[edges.length - 1];
        if (!(hi > lo)) {
            return curve;
        }
        double[] xs = new double[160];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = lo + (hi - lo) * i / (xs.length - 1);
        }
        double[] d = Density.at(log ? log10OfPositive(values) : values, xs);
        double scale = total * (hi - lo) / (edges.length - 1);
        for (int i = 0; i < xs.length; i++) {
            curve.add(log ? Math.pow(10, xs[i]) : xs[i], d[i] * scale);
        }
        return curve;
    }

    private static double[] log10OfPositive(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] > 0 ? Math.log10(values[i]) : Double.NaN;
        }
        return out;
    }

    /** The rank-frequency plot of genre tags on log–log axes: a straight line is a power law. */
    static JFreeChart rankFrequency(TagStatistics tags) {
        XYSeries series = new XYSeries("artists per tag");
        int rank = 1;
        for (TagStatistics.TagCount t : tags.tags()) {
            series.add(rank++, t.artists());
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, PALETTE[0]);
        r.setSeriesStroke(0, new BasicStroke(2f));
        LogAxis x = logAxis("rank of the tag");
        LogAxis y = logAxis("artists carrying it");
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), x, y, r);
        style(plot);
        JFreeChart chart = new JFreeChart(null, TITLE, plot, false);
        chart.setTitle(new TextTitle("Genre tags: rank against frequency (" + FeatureText.count(tags.tags().size())
                + " tags, " + FeatureText.count(tags.singletons()) + " on one artist only)", TITLE));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Bars of a count distribution: index = how many, value = how often. */
    static JFreeChart distribution(String title, String xLabel, int[] counts) {
        DefaultIntervalXYDataset dataset = new DefaultIntervalXYDataset();
        double[][] s = new double[6][counts.length];
        for (int i = 0; i < counts.length; i++) {
            s[0][i] = i;
            s[1][i] = i - 0.4;
            s[2][i] = i + 0.4;
            s[3][i] = counts[i];
            s[4][i] = 0;
            s[5][i] = counts[i];
        }
        dataset.addSeries(title, s);
        XYBarRenderer bars = new XYBarRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, PALETTE[1]);
        NumberAxis x = new NumberAxis(xLabel);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(dataset, x, new NumberAxis("count"), bars);
        style(plot);
        JFreeChart chart = new JFreeChart(title, SMALL_TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Counts values into the given histogram's bins, so groups share edges and can be compared. */
    private static Histogram rebin(double[] values, Histogram bins, boolean log) {
        double[] edges = bins.edges();
        int b = edges.length - 1;
        int[] counts = new int[b];
        double lo = log ? Math.log10(edges[0]) : edges[0];
        double hi = log ? Math.log10(edges[b]) : edges[b];
        double width = hi > lo ? (hi - lo) / b : 1;
        for (double v : values) {
            if (Double.isNaN(v) || (log && v <= 0)) {
                continue;
            }
            double x = log ? Math.log10(v) : v;
            counts[Math.min(b - 1, Math.max(0, (int) ((x - lo) / width)))]++;
        }
        return new Histogram(edges, counts, log, 0);
    }

    private static void addSeries(DefaultIntervalXYDataset dataset, String name, Histogram h, boolean proportions) {
        int b = h.counts().length;
        double total = Math.max(1, h.total());
        double[][] s = new double[6][b];
        for (int i = 0; i < b; i++) {
            double v = proportions ? h.counts()[i] / total : h.counts()[i];
            s[0][i] = (h.edges()[i] + h.edges()[i + 1]) / 2;
            s[1][i] = h.edges()[i];
            s[2][i] = h.edges()[i + 1];
            s[3][i] = v;
            s[4][i] = 0;
            s[5][i] = v;
        }
        dataset.addSeries(name, s);
    }

    /** Ticks at whole powers of ten, labelled as plain numbers (1, 10, 100) rather than 10^0.2 steps. */
    private static LogAxis logAxis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        axis.setSmallestValue(1e-3);
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        axis.setAutoTickUnitSelection(false);
        axis.setMinorTickCount(9);
        axis.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.###"));
        return axis;
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xe0e0e0));
        plot.setRangeGridlinePaint(new Color(0xe0e0e0));
        plot.setOutlineVisible(false);
    }
}
