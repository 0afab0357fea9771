package org.genreworkbench.explore;

import java.util.Arrays;

/**
 * A column's present values sorted, and the average rank of each row (NaN for missing), computed once and
 * shared by quartiles, histograms and Spearman correlation. Sorting is one primitive {@code long} sort of
 * (float key, row) pairs, refined by the exact double values within float ties, so ranks are exact.
 */
public final class SortedColumn {
    private final double[] sorted;
    private final double[] rank;
    private final int missing;

    private SortedColumn(double[] sorted, double[] rank, int missing) {
        this.sorted = sorted;
        this.rank = rank;
        this.missing = missing;
    }

    public static SortedColumn of(double[] values) {
        int n = values.length;
        long[] keys = new long[n];
        int present = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(values[i])) {
                keys[present++] = ((long) sortableFloatBits((float) values[i]) << 32) | i;
            }
        }
        long[] used = Arrays.copyOf(keys, present);
        Arrays.sort(used);
        int[] order = new int[present];
        for (int k = 0; k < present; k++) {
            order[k] = (int) used[k];
        }
        // Equal float keys can hide different doubles: order each such run by the exact values.
        int start = 0;
        for (int k = 1; k <= present; k++) {
            if (k == present || (used[k] >>> 32) != (used[start] >>> 32)) {
                if (k - start > 1) {
                    sortRun(order, start, k, values);
                }
                start = k;
            }
        }
        double[] sorted = new double[present];
        for (int k = 0; k < present; k++) {
            sorted[k] = values[order[k]];
        }
        double[] rank = new double[n];
        Arrays.fill(rank, Double.NaN);
        int k = 0;
        while (k < present) {
            int end = k + 1;
            while (end < present && sorted[end] == sorted[k]) {
                end++;
            }
            double average = (k + 1 + end) / 2.0;
            for (int j = k; j < end; j++) {
                rank[order[j]] = average;
            }
            k = end;
        }
        return new SortedColumn(sorted, rank, n - present);
    }

    private static void sortRun(int[] order, int from, int to, double[] values) {
        Integer[] run = new Integer[to - from];
        for (int i = from; i < to; i++) {
            run[i - from] = order[i];
        }
        Arrays.sort(run, (a, b) -> Double.compare(values[a], values[b]));
        for (int i = from; i < to; i++) {
            order[i] = run[i - from];
        }
    }

    /** Maps a float to an int whose signed order is the float's order. */
    private static int sortableFloatBits(float f) {
        int bits = Float.floatToIntBits(f);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    /** The present values, ascending. */
    public double[] sorted() {
        return sorted;
    }

    /** The average rank (1-based) of each row among present values; NaN for missing rows. */
    public double[] ranks() {
        return rank;
    }

    public int missing() {
        return missing;
    }

    public int count() {
        return sorted.length;
    }

    /** The q-quantile by linear interpolation between order statistics (pandas' and NumPy's default). */
    public double quantile(double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
