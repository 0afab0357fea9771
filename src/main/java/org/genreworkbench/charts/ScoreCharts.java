package org.genreworkbench.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.genreworkbench.ml.FeatureAblation;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.ScatterRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/** Charts of a comparison's scores: F1 per label, per-fold scores as boxes with dots, a feature ablation. */
public final class ScoreCharts {
    private ScoreCharts() {
    }

    /** Horizontal bars of each label's F1, one bar per model beside each label, labels top to bottom. */
    public static JFreeChart perLabelF1(List<String> labels, Map<String, double[]> f1ByModel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        f1ByModel.forEach((model, f1) -> {
            for (int l = 0; l < labels.size(); l++) {
                data.addValue(Double.isNaN(f1[l]) ? 0 : f1[l], model, labels.get(l));
            }
        });
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), new NumberAxis("F1, mean over folds"),
                bars());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.getRangeAxis().setRange(0, 1);
        return ChartStyle.chart("F1 per label", plot, true);
    }

    /**
     * A box per model (quartiles, whiskers to the extremes) with each fold's score as a dot on it, so a handful
     * of folds is seen as it is rather than summarised away.
     */
    public static JFreeChart perFold(FoldScores scores) {
        DefaultBoxAndWhiskerCategoryDataset boxes = new DefaultBoxAndWhiskerCategoryDataset();
        DefaultMultiValueCategoryDataset dots = new DefaultMultiValueCategoryDataset();
        for (int m = 0; m < scores.models().size(); m++) {
            List<Double> values = Arrays.stream(scores.values()[m]).filter(v -> !Double.isNaN(v)).boxed().toList();
            boxes.add(new ArrayList<>(values), "folds", scores.models().get(m));
            dots.add(new ArrayList<>(values), "fold scores", scores.models().get(m));
        }
        BoxAndWhiskerRenderer box = new BoxAndWhiskerRenderer();
        box.setSeriesPaint(0, new Color(0xc6d4e4));
        box.setSeriesOutlinePaint(0, ChartStyle.colour(0));
        box.setDefaultOutlinePaint(ChartStyle.colour(0));
        box.setMeanVisible(false);
        box.setMaximumBarWidth(0.18);
        box.setFillBox(true);
        box.setUseOutlinePaintForWhiskers(true);
        ScatterRenderer dot = new ScatterRenderer();
        dot.setSeriesPaint(0, ChartStyle.colour(2));
        dot.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        dot.setUseOutlinePaint(false);
        NumberAxis y = new NumberAxis(scores.metric().label());
        y.setAutoRangeIncludesZero(false);
        CategoryPlot plot = new CategoryPlot(boxes, new CategoryAxis(null), y, box);
        plot.setDataset(1, dots);
        plot.setRenderer(1, dot);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return ChartStyle.chart(scores.metric().label() + " on each fold", plot, false);
    }

    /**
     * The change of the score when each feature is left out, most harmful first, with the standard deviation of
     * that change over folds as error bars: a bar far below zero marks a feature the model cannot do without.
     */
    public static JFreeChart ablation(FeatureAblation.Result result) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        List<FeatureAblation.Row> rows = new ArrayList<>(result.rows());
        rows.sort((a, b) -> Double.compare(a.change(), b.change()));
        for (FeatureAblation.Row row : rows) {
            data.add(row.change(), row.changeSd(), "change", row.leftOut());
        }
        StatisticalBarRenderer bars = new StatisticalBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, ChartStyle.colour(0));
        bars.setErrorIndicatorPaint(Color.DARK_GRAY);
        bars.setErrorIndicatorStroke(new BasicStroke(1.5f));
        bars.setDrawBarOutline(false);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null),
                new NumberAxis("change of " + result.metric().label() + " without the feature (± sd over folds)"), bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        return ChartStyle.chart(String.format(java.util.Locale.US, "What each feature adds to %s (%s %.4f with all)",
                result.model(), result.metric().label(), result.allFeatures()), plot, false);
    }

    static BarRenderer bars() {
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.02);
        r.setDrawBarOutline(false);
        for (int s = 0; s < ChartStyle.PALETTE.length; s++) {
            r.setSeriesPaint(s, ChartStyle.colour(s));
        }
        return r;
    }
}
