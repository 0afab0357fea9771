package org.genreworkbench.explore;

import java.util.List;
import org.genreworkbench.labels.Condensed;
import org.genreworkbench.labels.Dendrogram;
import org.genreworkbench.labels.NearestNeighbourChain;
import org.genreworkbench.model.Linkage;

/**
 * Pearson or Spearman correlations between features over the rows where both are present. A pair with
 * fewer than two such rows, or where one feature does not vary, has no correlation: NaN, shown as "undefined".
 * Spearman is Pearson on average ranks; ranks are computed once per feature over its present values, which
 * equals pairwise ranking whenever features go missing together (as audio features do).
 */
public record CorrelationMatrix(List<String> features, double[][] values, String method) {

    public static CorrelationMatrix pearson(List<String> features, List<double[]> columns) {
        return new CorrelationMatrix(features, compute(columns), "pearson");
    }

    public static CorrelationMatrix spearman(List<String> features, List<SortedColumn> sorted) {
        return new CorrelationMatrix(features, compute(sorted.stream().map(SortedColumn::ranks).toList()), "spearman");
    }

    private static double[][] compute(List<double[]> columns) {
        int k = columns.size();
        double[][] r = new double[k][k];
        for (int a = 0; a < k; a++) {
            r[a][a] = 1;
            for (int b = a + 1; b < k; b++) {
                r[a][b] = r[b][a] = pair(columns.get(a), columns.get(b));
            }
        }
        for (int a = 0; a < k; a++) {
            if (Double.isNaN(pair(columns.get(a), columns.get(a)))) {
                r[a][a] = Double.NaN;
            }
        }
        return r;
    }

    /** Pearson over pairwise-complete rows, in one pass with shifted sums for stability. */
    static double pair(double[] x, double[] y) {
        int n = 0;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                sx += x[i];
                sy += y[i];
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            if (!Double.isNaN(dx) && !Double.isNaN(dy)) {
                sxx += dx * dx;
                syy += dy * dy;
                sxy += dx * dy;
            }
        }
        if (sxx <= 0 || syy <= 0) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
    }

    /** An order of the features that puts correlated ones together: average linkage on 1 − |r|. */
    public int[] clusteredOrder() {
        int k = features.size();
        if (k < 3) {
            return java.util.stream.IntStream.range(0, k).toArray();
        }
        float[] d = new float[Condensed.size(k)];
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double r = values[a][b];
                d[Condensed.index(k, a, b)] = (float) (Double.isNaN(r) ? 1 : 1 - Math.abs(r));
            }
        }
        Dendrogram tree = NearestNeighbourChain.cluster(d, k, Linkage.AVERAGE);
        return tree.leafOrder();
    }
}
