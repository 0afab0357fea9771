package org.genreworkbench.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.Locale;
import org.genreworkbench.model.LabelCounts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Charts of a comparison's per-label results: precision and recall per label, confusion counts, PR curves. */
public final class LabelCharts {
    private LabelCharts() {
    }

    /**
     * Horizontal bars of each label's precision and recall, two bars per model beside each label: a model's
     * precision in its colour, its recall in a lighter shade of it.
     */
    public static JFreeChart precisionRecall(LabelRates rates) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        BarRenderer bars = ScoreCharts.bars();
        for (int m = 0; m < rates.models().size(); m++) {
            String model = rates.models().get(m);
            for (int l = 0; l < rates.labels().size(); l++) {
                data.addValue(rates.precision()[m][l], model + " precision", rates.labels().get(l));
                data.addValue(rates.recall()[m][l], model + " recall", rates.labels().get(l));
            }
            bars.setSeriesPaint(2 * m, ChartStyle.colour(m));
            bars.setSeriesPaint(2 * m + 1, lighter(ChartStyle.colour(m)));
        }
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null),
                new NumberAxis("precision and recall, mean over folds"), bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.getRangeAxis().setRange(0, 1);
        return ChartStyle.chart("Precision and recall per label", plot, true);
    }

    /**
     * Each label's test rows that carry it or were predicted to, as stacked bars: found (TP), missed (FN), wrongly
     * predicted (FP). The rows neither carrying nor predicted (TN) would dwarf the rest: their count is in the label.
     */
    public static JFreeChart confusion(LabelConfusion confusion) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int l = 0; l < confusion.labels().size(); l++) {
            LabelCounts c = confusion.counts().get(l);
            String row = String.format(Locale.US, "%s (TN %,d)", confusion.labels().get(l), c.tn());
            data.addValue(c.tp(), "true positives", row);
            data.addValue(c.fn(), "false negatives", row);
            data.addValue(c.fp(), "false positives", row);
        }
        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setSeriesPaint(0, ChartStyle.colour(4));
        bars.setSeriesPaint(1, ChartStyle.colour(1));
        bars.setSeriesPaint(2, ChartStyle.colour(2));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), new NumberAxis("test tracks"), bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return ChartStyle.chart("Confusion counts of " + confusion.model() + ", " + confusion.foldName(), plot, true);
    }

    /**
     * Precision against recall of each label as its threshold steps down the grid, a line per label, and a dot where
     * the model's own thresholds put it.
     */
    public static JFreeChart prCurves(PrCurves curves) {
        XYSeriesCollection lines = new XYSeriesCollection();
        XYSeriesCollection points = new XYSeriesCollection();
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        XYLineAndShapeRenderer dot = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < curves.curves().size(); i++) {
            PrCurves.Curve c = curves.curves().get(i);
            XYSeries s = new XYSeries(c.label(), false, true);
            for (int p = 0; p < c.recall().length; p++) {
                s.add(c.recall()[p], c.precision()[p]);
            }
            lines.addSeries(s);
            XYSeries at = new XYSeries(c.label() + " at the model's thresholds", false, true);
            at.add(c.modelRecall(), c.modelPrecision());
            points.addSeries(at);
            line.setSeriesPaint(i, ChartStyle.colour(i));
            line.setSeriesStroke(i, new BasicStroke(2f));
            dot.setSeriesPaint(i, ChartStyle.colour(i));
            dot.setSeriesShape(i, new Ellipse2D.Double(-5, -5, 10, 10));
            dot.setSeriesVisibleInLegend(i, false);
        }
        NumberAxis recall = new NumberAxis("recall");
        recall.setRange(0, 1.0001);
        NumberAxis precision = new NumberAxis("precision");
        precision.setRange(0, 1.0001);
        XYPlot plot = new XYPlot(lines, recall, precision, line);
        plot.setDataset(1, points);
        plot.setRenderer(1, dot);
        plot.setRangeGridlinePaint(new Color(0xe0e0e0));
        plot.setDomainGridlinePaint(new Color(0xe0e0e0));
        return ChartStyle.chart("Precision–recall of " + curves.model() + ", " + curves.foldName()
                + " (dots: the model's thresholds)", plot, true);
    }

    private static Color lighter(Color c) {
        return new Color((c.getRed() + 255) / 2, (c.getGreen() + 255) / 2, (c.getBlue() + 255) / 2);
    }
}
