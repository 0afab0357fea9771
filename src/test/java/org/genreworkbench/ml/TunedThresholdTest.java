package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.Threshold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.genreworkbench.model.Metric;
import org.junit.jupiter.api.Test;

/**
 * Thresholds chosen on held-out rows: on scores of a timid network (true labels scored well below 0.5) the cut
 * chosen on one set of rows lifts F1 micro on fresh rows of the same kind, and per-label cuts beat one cut when
 * the labels' scores live on different scales.
 */
class TunedThresholdTest {

    /**
     * Rows of two labels: label 0's true rows score around 0.30 (false ones around 0.10), label 1's around the
     * given centres.
     */
    record Scored(double[][] scores, boolean[][] truth) {
        static Scored timid(int rows, long seed) {
            return timid(rows, seed, 0.80, 0.45);
        }

        static Scored timid(int rows, long seed, double label1True, double label1False) {
            Random random = new Random(seed);
            double[][] s = new double[rows][2];
            boolean[][] t = new boolean[rows][2];
            for (int r = 0; r < rows; r++) {
                t[r][0] = random.nextDouble() < 0.3;
                t[r][1] = random.nextDouble() < 0.4;
                s[r][0] = clamp((t[r][0] ? 0.30 : 0.10) + 0.05 * random.nextGaussian());
                s[r][1] = clamp((t[r][1] ? label1True : label1False) + 0.07 * random.nextGaussian());
            }
            return new Scored(s, t);
        }

        private static double clamp(double v) {
            return Math.max(0, Math.min(1, v));
        }
    }

    private static double f1(Threshold threshold, Scored heldOut, Scored test) {
        boolean[][] predicted = Thresholds.apply(threshold, test.scores(), heldOut.truth(), heldOut.scores(),
                heldOut.truth(), false);
        return Metrics.compute(test.truth(), predicted, test.scores(), false).get(Metric.F1_MICRO);
    }

    @Test
    void aCutChosenOnHeldOutRowsLiftsF1MicroOnFreshRowsAboveTheHalfCut() {
        Scored heldOut = Scored.timid(600, 1, 0.30, 0.10);
        Scored test = Scored.timid(2000, 2, 0.30, 0.10);
        double atHalf = f1(new Threshold.Fixed(0.5), heldOut, test);
        double tuned = f1(Threshold.TUNED1, heldOut, test);
        assertThat(atHalf).isLessThan(0.1);
        assertThat(tuned).isGreaterThan(0.9);
    }

    @Test
    void aCutPerLabelBeatsOneCutWhenTheLabelsScoreOnDifferentScales() {
        Scored heldOut = Scored.timid(600, 3);
        Scored test = Scored.timid(2000, 4);
        double one = f1(Threshold.TUNED1, heldOut, test);
        double perLabel = f1(Threshold.TUNEDL, heldOut, test);
        assertThat(perLabel).isGreaterThan(one + 0.05).isGreaterThan(0.9);
    }

    @Test
    void theCutsComeFromTheHeldOutRowsAlone() {
        Scored heldOut = Scored.timid(600, 5);
        double[] cuts = TunedCuts.choose(heldOut.scores(), heldOut.truth(), true);
        assertThat(cuts[0]).isBetween(0.12, 0.28);
        assertThat(cuts[1]).isBetween(0.5, 0.75);
        // whatever the scored rows look like, each is cut where the held-out rows said
        double[][] scored = {{cuts[0] + 1e-9, cuts[1] - 1e-9}, {cuts[0] - 1e-9, cuts[1] + 1e-9}};
        boolean[][] predicted = Thresholds.apply(Threshold.TUNEDL, scored, heldOut.truth(), heldOut.scores(),
                heldOut.truth(), false);
        assertThat(predicted).isDeepEqualTo(new boolean[][] {{true, false}, {false, true}});
    }

    @Test
    void aLabelNeverTrueInTheHeldOutRowsKeepsTheOneCut() {
        double[][] s = {{0.9, 0.2}, {0.8, 0.1}, {0.2, 0.3}, {0.1, 0.05}};
        boolean[][] t = {{true, false}, {true, false}, {false, false}, {false, false}};
        double one = TunedCuts.choose(s, t, false)[0];
        assertThat(one).isEqualTo((0.8 + 0.3) / 2); // halfway between the last true score taken and the next
        double[] cuts = TunedCuts.choose(s, t, true);
        assertThat(cuts[0]).isEqualTo((0.8 + 0.2) / 2);
        assertThat(cuts[1]).isEqualTo(one);
    }

    @Test
    void aTunedThresholdWithoutHeldOutRowsIsRefusedNamingIt() {
        assertThatThrownBy(() -> Thresholds.apply(Threshold.TUNEDL, new double[][] {{0.4}}, new boolean[][] {{true}}, false))
                .hasMessage("threshold TunedL is chosen on validation rows, which only an MLP holds out");
    }

    @Test
    void onlyANetworkTakesATunedThreshold() {
        assertThatThrownBy(() -> new ModelSpec(null, "BR", "J48", "", "", "Tuned1"))
                .hasMessage("model 'BR + J48': threshold Tuned1 is chosen on validation rows, which only an MLP holds "
                        + "out; use PCut1, PCutL or a number");
        assertThat(new ModelSpec(null, "MLP", null, "", "", "tunedl").threshold()).isEqualTo(Threshold.TUNEDL);
        assertThat(Threshold.parse("TUNED1").specName()).isEqualTo("Tuned1");
    }
}
