package org.genreworkbench.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Statistics against values worked out independently in the test. */
class StatisticsTest {
    private static final double NaN = Double.NaN;

    @Test
    void quartilesInterpolateLikePandasAndMissingValuesAreSkipped() {
        double[] v = {7, NaN, 1, 3, 5, NaN, 9};
        SortedColumn s = SortedColumn.of(v);
        FeatureSummary f = FeatureSummary.of("x", v, s);
        assertThat(f.count()).isEqualTo(5);
        assertThat(f.missing()).isEqualTo(2);
        assertThat(f.mean()).isEqualTo(5.0);
        assertThat(f.sd()).isCloseTo(Math.sqrt(10), within(1e-12));
        // Sorted 1 3 5 7 9: q1 at position 1 -> 3, median 5, q3 7; and for 1 2 3 4: q1 = 1.75.
        assertThat(new double[] {f.min(), f.q1(), f.median(), f.q3(), f.max()}).containsExactly(1, 3, 5, 7, 9);
        assertThat(SortedColumn.of(new double[] {4, 1, 3, 2}).quantile(0.25)).isEqualTo(1.75);
    }

    @Test
    void skewnessIsTheAdjustedFisherPearsonCoefficient() {
        double[] v = {1, 2, 3, 10};
        // mean 4; deviations -3 -2 -1 6; m2 = 50/4 = 12.5; m3 = (-27 - 8 - 1 + 216)/4 = 45;
        // g1 = 45 / 12.5^1.5; G1 = sqrt(4·3)/2 · g1.
        double expected = Math.sqrt(12) / 2 * (45 / Math.pow(12.5, 1.5));
        assertThat(FeatureSummary.of("x", v, SortedColumn.of(v)).skewness()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void aConstantColumnHasAnUndefinedSkewnessAndCorrelation() {
        double[] constant = {2, 2, 2, 2};
        double[] other = {1, 2, 3, 4};
        assertThat(FeatureSummary.of("c", constant, SortedColumn.of(constant)).skewness()).isNaN();
        assertThat(CorrelationMatrix.pair(constant, other)).isNaN();
        assertThat(Histogram.freedmanDiaconisBins(SortedColumn.of(constant))).isEqualTo(1);
    }

    @Test
    void pearsonMatchesTheTextbookFormulaOnPairwiseCompleteRows() {
        double[] x = {1, 2, 3, 4, 5, NaN};
        double[] y = {2, 4, 5, 4, 5, 100};
        // Over the first five rows: mean x 3, mean y 4; sxy = 6, sxx = 10, syy = 6.
        assertThat(CorrelationMatrix.pair(x, y)).isCloseTo(6 / Math.sqrt(10 * 6), within(1e-12));
    }

    @Test
    void spearmanUsesAverageRanksForTies() {
        double[] x = {1, 2, 2, 3, 4};
        double[] y = {10, 20, 20, 10, 50};
        SortedColumn sx = SortedColumn.of(x);
        assertThat(sx.ranks()).containsExactly(1, 2.5, 2.5, 4, 5);
        SortedColumn sy = SortedColumn.of(y);
        assertThat(sy.ranks()).containsExactly(1.5, 3.5, 3.5, 1.5, 5);
        // Pearson of the ranks, computed by hand: rx - 3 = -2 -0.5 -0.5 1 2; ry - 3 = -1.5 .5 .5 -1.5 2.
        double sxy = 3 - 0.25 - 0.25 - 1.5 + 4;
        double sxx = 4 + 0.25 + 0.25 + 1 + 4;
        double syy = 2.25 + 0.25 + 0.25 + 2.25 + 4;
        CorrelationMatrix m = CorrelationMatrix.spearman(List.of("x", "y"), List.of(sx, sy));
        assertThat(m.values()[0][1]).isCloseTo(sxy / Math.sqrt(sxx * syy), within(1e-12));
    }

    @Test
    void ranksStayExactWhereFloatsWouldTie() {
        double[] v = {1.00000001, 1.00000002, 1.0};
        assertThat(SortedColumn.of(v).ranks()).containsExactly(2, 3, 1);
    }

    @Test
    void freedmanDiaconisOnKnownData() {
        double[] v = new double[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        // IQR = 749.25 - 249.75 = 499.5; width = 2 · 499.5 / 10 = 99.9; range 999 -> ceil(10.0) = 10 bins.
        assertThat(Histogram.freedmanDiaconisBins(SortedColumn.of(v))).isEqualTo(10);
        Histogram h = Histogram.of(v, 10, false);
        assertThat(h.counts()).containsOnly(100);
        assertThat(h.total()).isEqualTo(1000);
    }

    @Test
    void aLogScaleSkipsValuesThatHaveNoLogarithm() {
        Histogram h = Histogram.of(new double[] {0, 1, 10, 100, 1000, NaN}, 3, true);
        assertThat(h.skipped()).isEqualTo(1);
        assertThat(h.total()).isEqualTo(4);
        assertThat(h.edges()[0]).isCloseTo(1, within(1e-9));
        assertThat(h.edges()[3]).isCloseTo(1000, within(1e-6));
    }

    @Test
    void clusteredOrderPutsCorrelatedFeaturesSideBySide() {
        Random r = new Random(1);
        int n = 500;
        double[] a = new double[n];
        double[] b = new double[n];
        double[] c = new double[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextGaussian();
            c[i] = r.nextGaussian();
            b[i] = a[i] + 0.1 * r.nextGaussian();
            d[i] = c[i] + 0.1 * r.nextGaussian();
        }
        CorrelationMatrix m = CorrelationMatrix.pearson(List.of("a", "c", "b", "d"), List.of(a, c, b, d));
        int[] order = m.clusteredOrder();
        int posA = indexOf(order, 0);
        int posB = indexOf(order, 2);
        assertThat(Math.abs(posA - posB)).isEqualTo(1);
    }

    private static int indexOf(int[] order, int value) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
