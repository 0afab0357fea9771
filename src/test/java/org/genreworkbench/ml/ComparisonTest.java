package org.genreworkbench.ml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The corrected resampled t-test on worked examples over 10 folds (test/train ratio 1/9, critical t(0.975, 9)
 * = 2.262): t = mean(d) / sqrt((1/10 + 1/9) · var(d)).
 */
class ComparisonTest {
    private static final double[] BASE = {0.50, 0.52, 0.49, 0.51, 0.50, 0.48, 0.53, 0.50, 0.51, 0.49};

    @Test
    void aSteadyImprovementIsSignificant() {
        // d alternates 0.01, 0.02: mean 0.015, var 0.0000278, t = 0.015 / sqrt(0.2111 · 0.0000278) = 6.19 > 2.262.
        double[] better = add(BASE, new double[] {0.01, 0.02, 0.01, 0.02, 0.01, 0.02, 0.01, 0.02, 0.01, 0.02});
        assertThat(Comparison.test(better, BASE, 1.0 / 9, false)).isEqualTo(Comparison.Verdict.BETTER);
        assertThat(Comparison.test(BASE, better, 1.0 / 9, false)).isEqualTo(Comparison.Verdict.WORSE);
        // For a loss-type metric, larger is worse.
        assertThat(Comparison.test(better, BASE, 1.0 / 9, true)).isEqualTo(Comparison.Verdict.WORSE);
    }

    @Test
    void theCorrectionTurnsANaiveWinIntoATie() {
        // d: eight of ±1.1 around 1 and two of exactly 1: mean 1, var 1.0756.
        // Naive t = 1 / sqrt(1.0756 / 10) = 3.05 (significant); corrected t = 1 / sqrt(0.2111 · 1.0756) = 2.10 (not).
        double[] d = {2.1, -0.1, 2.1, -0.1, 2.1, -0.1, 2.1, -0.1, 1, 1};
        assertThat(Comparison.test(add(BASE, d), BASE, 1.0 / 9, false)).isEqualTo(Comparison.Verdict.TIE);
        assertThat(Comparison.test(add(BASE, d), BASE, 0.0, false)).isEqualTo(Comparison.Verdict.BETTER);
    }

    private static double[] add(double[] a, double[] d) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + d[i];
        }
        return out;
    }
}
