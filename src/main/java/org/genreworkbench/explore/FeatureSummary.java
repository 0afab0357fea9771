package org.genreworkbench.explore;

/**
 * The summary of one numeric feature. A statistic that does not exist for the data (the skewness of a
 * constant column, anything of an empty one) is NaN here and shown as "undefined".
 *
 * @param skewness adjusted Fisher–Pearson coefficient, as pandas' {@code skew()}
 */
public record FeatureSummary(String feature, int count, int missing, double mean, double sd, double min, double q1,
                             double median, double q3, double max, double skewness) {

    public static FeatureSummary of(String feature, double[] values, SortedColumn sorted) {
        int n = sorted.count();
        if (n == 0) {
            return new FeatureSummary(feature, 0, sorted.missing(), Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
            }
        }
        double mean = sum / n;
        double m2 = 0;
        double m3 = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                double d = v - mean;
                m2 += d * d;
                m3 += d * d * d;
            }
        }
        double sd = n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1));
        double skew = Double.NaN;
        double biasedVariance = m2 / n;
        // A spread below rounding noise counts as none: the skewness of a constant column is undefined, not huge.
        if (n > 2 && biasedVariance > 1e-24 * Math.max(1, mean * mean)) {
            double g1 = (m3 / n) / Math.pow(biasedVariance, 1.5);
            skew = Math.sqrt((double) n * (n - 1)) / (n - 2) * g1;
        }
        double[] s = sorted.sorted();
        return new FeatureSummary(feature, n, sorted.missing(), mean, sd, s[0], sorted.quantile(0.25),
                sorted.quantile(0.5), sorted.quantile(0.75), s[n - 1], skew);
    }
}
