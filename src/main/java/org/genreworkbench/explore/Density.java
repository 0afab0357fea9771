package org.genreworkbench.explore;

/**
 * A Gaussian kernel density estimate with Silverman's bandwidth, evaluated on a grid: the smooth curve over
 * a histogram. Large inputs are thinned to an even sample of at most 5,000 values, which changes the curve
 * by less than a line's width and keeps it instant.
 */
public final class Density {
    private static final int MAX_POINTS = 5_000;

    private Density() {
    }

    /** Density values at {@code x}, scaled to integrate to 1 over the present values. */
    public static double[] at(double[] values, double[] x) {
        int present = 0;
        for (double v : values) {
            present += Double.isNaN(v) ? 0 : 1;
        }
        double[] out = new double[x.length];
        if (present < 2) {
            return out;
        }
        int step = Math.max(1, present / MAX_POINTS);
        double[] sample = new double[(present + step - 1) / step];
        int k = 0;
        int seen = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                if (seen++ % step == 0 && k < sample.length) {
                    sample[k++] = v;
                }
            }
        }
        int n = k;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += sample[i];
        }
        mean /= n;
        double var = 0;
        for (int i = 0; i < n; i++) {
            var += (sample[i] - mean) * (sample[i] - mean);
        }
        double sd = Math.sqrt(var / (n - 1));
        double h = 1.06 * sd * Math.pow(n, -0.2);
        if (h <= 0) {
            return out;
        }
        double norm = 1 / (n * h * Math.sqrt(2 * Math.PI));
        for (int j = 0; j < x.length; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                double z = (x[j] - sample[i]) / h;
                s += Math.exp(-0.5 * z * z);
            }
            out[j] = s * norm;
        }
        return out;
    }
}
