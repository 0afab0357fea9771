package org.genreworkbench.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a histogram chart draws, counted and smoothed ahead of drawing (off the UI thread): one series per
 * group on the same bin edges (or one for all tracks), each with its density curve scaled to its bars.
 *
 * @param all     the bins of every track, whose edges the groups share
 * @param series  what to draw, in the order of the groups
 * @param whyEmpty why nothing is drawn when no value falls in a bin
 */
public record HistogramPlot(String feature, boolean log, boolean density, boolean proportions, boolean grouped,
                            Histogram all, List<Series> series, Optional<String> whyEmpty) {

    /** One group's bars and its density curve ({@code curveX}/{@code curveY}, empty when there is none). */
    public record Series(String name, Histogram bins, double[] curveX, double[] curveY) {
    }

    private static final int CURVE_POINTS = 160;

    /**
     * The histogram of {@code feature} in {@code bins} bins (0 for Freedman–Diaconis), overlaid per group when
     * {@code groups} is not empty. On a log scale the density is of log10 of the positive values, so the curve
     * follows the log-spaced bars.
     */
    public static HistogramPlot of(ExploreData data, String feature, int bins, boolean log, boolean density,
                                   boolean proportions, Map<String, int[]> groups) {
        double[] column = data.columns().column(feature);
        int b = bins > 0 ? bins : data.histogram(feature, 0, log).counts().length;
        Histogram all = Histogram.of(column, b, log);
        List<Series> series = new ArrayList<>();
        if (groups.isEmpty()) {
            series.add(series(feature, column, all, all, log, density, proportions));
        } else {
            for (Map.Entry<String, int[]> g : groups.entrySet()) {
                double[] values = Grouping.select(column, g.getValue());
                series.add(series(g.getKey(), values, rebin(values, all, log), all, log, density, proportions));
            }
        }
        Optional<String> why = all.total() > 0 ? Optional.empty()
                : Optional.of(data.whyEmpty(feature).orElse("No value of " + feature + " is above zero, as a log scale needs."));
        return new HistogramPlot(feature, log, density, proportions, !groups.isEmpty(), all, List.copyOf(series), why);
    }

    private static Series series(String name, double[] values, Histogram bars, Histogram all, boolean log,
                                 boolean density, boolean proportions) {
        if (!density || all.total() <= 1) {
            return new Series(name, bars, new double[0], new double[0]);
        }
        double[][] curve = densityCurve(values, all, log, proportions ? 1 : bars.total());
        return new Series(name, bars, curve[0], curve[1]);
    }

    /**
     * A kernel density curve over the histogram's range, scaled to the bars: density times the values it
     * stands for times the bin width.
     */
    private static double[][] densityCurve(double[] values, Histogram bins, boolean log, double total) {
        double[] edges = bins.edges();
        double lo = log ? Math.log10(edges[0]) : edges[0];
        double hi = log ? Math.log10(edges[edges.length - 1]) : edges[edges.length - 1];
        if (!(hi > lo)) {
            return new double[][] {new double[0], new double[0]};
        }
        double[] xs = new double[CURVE_POINTS];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = lo + (hi - lo) * i / (xs.length - 1);
        }
        double[] d = Density.at(log ? log10OfPositive(values) : values, xs);
        double scale = total * (hi - lo) / (edges.length - 1);
        double[] x = new double[xs.length];
        double[] y = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            x[i] = log ? Math.pow(10, xs[i]) : xs[i];
            y[i] = d[i] * scale;
        }
        return new double[][] {x, y};
    }

    private static double[] log10OfPositive(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] > 0 ? Math.log10(values[i]) : Double.NaN;
        }
        return out;
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
}
