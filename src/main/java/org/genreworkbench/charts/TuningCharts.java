package org.genreworkbench.charts;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** A metric against an option a grid varied: a line per curve, its points with error bars of ± one sd over folds. */
public final class TuningCharts {
    private TuningCharts() {
    }

    public static JFreeChart curves(TuningCurves curves) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (TuningCurves.Curve curve : curves.curves()) {
            YIntervalSeries series = new YIntervalSeries(curve.name(), false, true);
            for (TuningCurves.Point p : curve.points()) {
                series.add(p.value(), p.mean(), p.mean() - p.sd(), p.mean() + p.sd());
            }
            data.addSeries(series);
        }
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        renderer.setErrorStroke(new BasicStroke(1.2f));
        renderer.setCapLength(6);
        for (int s = 0; s < curves.curves().size(); s++) {
            renderer.setSeriesPaint(s, ChartStyle.colour(s));
            renderer.setSeriesShape(s, new Ellipse2D.Double(-4, -4, 8, 8));
            renderer.setSeriesStroke(s, new BasicStroke(2f));
        }
        NumberAxis x = new NumberAxis(curves.parameter().option().label() + " (" + curves.parameter().option().dashed() + ")");
        x.setAutoRangeIncludesZero(false);
        if (curves.parameter().option().kind() == org.genreworkbench.model.spec.LearnerOption.Kind.WHOLE) {
            x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        NumberAxis y = new NumberAxis(curves.metric().label() + ", mean ± sd over folds");
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        return ChartStyle.chart(curves.metric().label() + " against " + curves.parameter().option().label()
                + " of " + curves.parameter().family(), plot, curves.curves().size() > 1);
    }
}
