package org.genreworkbench.ui.explore;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.genreworkbench.explore.Histogram;
import org.genreworkbench.explore.HistogramPlot;
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
     * The chart of a histogram counted ahead (see {@link HistogramPlot}): bars per series, translucent when
     * grouped, and each series' density curve. A feature with no values says so on the chart instead of showing
     * empty axes.
     */
    static JFreeChart histogram(HistogramPlot histogram, boolean small) {
        String feature = histogram.feature();
        boolean grouped = histogram.grouped();
        DefaultIntervalXYDataset dataset = new DefaultIntervalXYDataset();
        XYSeriesCollection curves = new XYSeriesCollection();
        for (HistogramPlot.Series series : histogram.series()) {
            addSeries(dataset, series.name(), series.bins(), histogram.proportions());
            XYSeries curve = new XYSeries(grouped ? series.name() : "density");
            for (int i = 0; i < series.curveX().length; i++) {
                curve.add(series.curveX()[i], series.curveY()[i]);
            }
            curves.addSeries(curve);
        }
        org.jfree.chart.axis.ValueAxis x = histogram.log() ? logAxis(feature) : new NumberAxis(feature);
        if (x instanceof NumberAxis numbers) {
            numbers.setAutoRangeIncludesZero(false);
            if ("year".equals(feature)) {
                // Ticks keep JFreeChart's short labels, but a year is never written "2,019".
                numbers.setNumberFormatOverride(FeatureText.format(feature));
            }
        }
        NumberAxis y = new NumberAxis(histogram.proportions() ? "share of tracks" : "tracks");
        XYBarRenderer bars = new XYBarRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        // White outlines separate wide bars; on narrow ones they would wash the colour out.
        bars.setDrawBarOutline(!grouped && histogram.all().counts().length <= 40);
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
        histogram.whyEmpty().ifPresent(why -> {
            plot.setNoDataMessage(small ? "no values" : why);
            plot.setNoDataMessageFont(small ? SMALL_TITLE : TITLE);
            // An empty series still counts as data to JFreeChart: without any, the message above is shown.
            plot.setDataset(0, null);
        });
        if (histogram.density() && histogram.all().total() > 1) {
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
