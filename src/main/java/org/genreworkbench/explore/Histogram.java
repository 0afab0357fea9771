package org.genreworkbench.explore;

/**
 * Counts of values in equal-width bins.
 *
 * @param edges    bins + 1 edges; on a log scale they are powers of ten of the log values
 * @param counts   values per bin
 * @param logScale true when the bins were made on log10 of the positive values
 */
public record Histogram(double[] edges, int[] counts, boolean logScale, int skipped) {

    /** The Freedman–Diaconis number of bins: width 2·IQR·n^(−1/3); Sturges' rule when the IQR is zero. */
    public static int freedmanDiaconisBins(SortedColumn column) {
        int n = column.count();
        if (n < 2) {
            return 1;
        }
        double range = column.sorted()[n - 1] - column.sorted()[0];
        if (range == 0) {
            return 1;
        }
        double iqr = column.quantile(0.75) - column.quantile(0.25);
        int bins = iqr > 0 ? (int) Math.ceil(range / (2 * iqr / Math.cbrt(n)))
                : (int) Math.ceil(Math.log(n) / Math.log(2) + 1);
        return Math.max(1, Math.min(200, bins));
    }

    /** Bins the present values into {@code bins} equal-width bins between the minimum and the maximum. */
    public static Histogram of(double[] values, int bins, boolean logScale) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int skipped = 0;
        for (double v : values) {
            if (Double.isNaN(v) || (logScale && v <= 0)) {
                skipped += logScale && !Double.isNaN(v) ? 1 : 0;
                continue;
            }
            double x = logScale ? Math.log10(v) : v;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        int b = Math.max(1, bins);
        int[] counts = new int[b];
        double[] edges = new double[b + 1];
        if (min > max) {
            return new Histogram(edges, counts, logScale, skipped);
        }
        double width = max > min ? (max - min) / b : 1;
        for (int i = 0; i <= b; i++) {
            double e = min + i * width;
            edges[i] = logScale ? Math.pow(10, e) : e;
        }
        for (double v : values) {
            if (Double.isNaN(v) || (logScale && v <= 0)) {
                continue;
            }
            double x = logScale ? Math.log10(v) : v;
            int i = (int) ((x - min) / width);
            counts[Math.min(b - 1, Math.max(0, i))]++;
        }
        return new Histogram(edges, counts, logScale, skipped);
    }

    public int total() {
        int t = 0;
        for (int c : counts) {
            t += c;
        }
        return t;
    }
}
