package org.genreworkbench.ml;

import org.genreworkbench.model.spec.Threshold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.genreworkbench.model.Metric;
import org.junit.jupiter.api.Test;

/** Metrics against values worked out by hand on a 3 × 3 example. */
class MetricsTest {
    // Row 1: truth {A, B}, predicted {A}      -> tp 1, fn 1
    // Row 2: truth {C},    predicted {B, C}   -> tp 1, fp 1
    // Row 3: truth {A},    predicted {A}      -> exact
    private static final boolean[][] TRUTH = {{true, true, false}, {false, false, true}, {true, false, false}};
    private static final boolean[][] PREDICTED = {{true, false, false}, {false, true, true}, {true, false, false}};
    private static final double[][] SCORES = {{0.9, 0.4, 0.1}, {0.2, 0.6, 0.8}, {0.7, 0.3, 0.2}};

    @Test
    void exampleAndLabelBasedMetricsMatchTheHandComputedValues() {
        Map<Metric, Double> m = Metrics.compute(TRUTH, PREDICTED, SCORES, false);
        assertThat(m.get(Metric.HAMMING_LOSS)).isCloseTo(2.0 / 9, within(1e-12));
        assertThat(m.get(Metric.EXACT_MATCH)).isCloseTo(1.0 / 3, within(1e-12));
        // Jaccard per row: 1/2, 1/2, 1.
        assertThat(m.get(Metric.JACCARD)).isCloseTo(2.0 / 3, within(1e-12));
        // Micro: tp 3, fp 1, fn 1 -> F1 = 6 / 8.
        assertThat(m.get(Metric.F1_MICRO)).isCloseTo(0.75, within(1e-12));
        assertThat(m.get(Metric.PRECISION)).isCloseTo(0.75, within(1e-12));
        assertThat(m.get(Metric.RECALL)).isCloseTo(0.75, within(1e-12));
        // Per label: A tp 2 -> 1; B tp 0 fp 1 fn 1 -> 0; C tp 1 -> 1. Macro = 2/3.
        assertThat(m.get(Metric.F1_MACRO_LABEL)).isCloseTo(2.0 / 3, within(1e-12));
        // Per example F1: 2/3, 2/3, 1.
        assertThat(m.get(Metric.F1_MACRO_EXAMPLE)).isCloseTo((2.0 / 3 + 2.0 / 3 + 1) / 3, within(1e-12));
        double logLoss = -(Math.log(0.9) + Math.log(0.4) + Math.log(0.9) + Math.log(0.8) + Math.log(0.4) + Math.log(0.8)
                + Math.log(0.7) + Math.log(0.7) + Math.log(0.8)) / 9;
        assertThat(m.get(Metric.LOG_LOSS)).isCloseTo(logLoss, within(1e-12));
        assertThat(m).doesNotContainKey(Metric.ACCURACY);
    }

    @Test
    void perLabelF1IsReportedInLabelOrder() {
        assertThat(Metrics.perLabelF1(TRUTH, PREDICTED)).containsExactly(1.0, 0.0, 1.0);
    }

    @Test
    void singleLabelRunsReportAccuracy() {
        boolean[][] truth = {{true, false}, {false, true}, {false, true}, {true, false}};
        boolean[][] predicted = {{true, false}, {false, true}, {true, false}, {true, false}};
        double[][] scores = {{0.8, 0.2}, {0.3, 0.7}, {0.6, 0.4}, {0.9, 0.1}};
        assertThat(Metrics.compute(truth, predicted, scores, true).get(Metric.ACCURACY)).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void aSingleLabelRunsLogLossIsTheMultiClassCrossEntropy() {
        // three classes: the mean of the per-class yes/no log losses would differ from it
        boolean[][] truth = {{true, false, false}, {false, true, false}, {false, false, true}};
        boolean[][] predicted = {{true, false, false}, {false, true, false}, {false, false, true}};
        double[][] scores = {{0.7, 0.2, 0.1}, {0.3, 0.5, 0.2}, {0.1, 0.3, 0.6}};
        // as scikit-learn's log_loss gives it: -mean log p(true class)
        double crossEntropy = -(Math.log(0.7) + Math.log(0.5) + Math.log(0.6)) / 3;
        assertThat(Metrics.compute(truth, predicted, scores, true).get(Metric.LOG_LOSS))
                .isCloseTo(crossEntropy, within(1e-12));
    }

    @Test
    void tiedScoresAreLeftOutWhenTakingThemAllWouldOvershootMore() {
        // Eight scores of 1.0 and two of 0.0, a share of 0.3 wanted: all eight would be far more than three.
        double[] scores = {1, 1, 1, 1, 1, 1, 1, 1, 0, 0};
        double t = Thresholds.threshold(scores, 0.3);
        assertThat(t).isGreaterThan(1.0);
        assertThat(Thresholds.threshold(new double[] {0.9, 0.8, 0.7, 0.1}, 0.5)).isEqualTo(0.8);
    }

    @Test
    void pcut1MatchesTheTrainingCardinality() {
        double[][] scores = {{0.9, 0.8, 0.1}, {0.7, 0.2, 0.3}, {0.6, 0.5, 0.4}};
        boolean[][] train = {{true, false, false}, {true, true, false}};
        // Training cardinality 1.5 labels per row -> 4.5 of 9 scores above the threshold, rounded to 5 (>= 0.5).
        boolean[][] predicted = Thresholds.apply(Threshold.parse("PCut1"), scores, train, false);
        int count = 0;
        for (boolean[] row : predicted) {
            for (boolean b : row) {
                count += b ? 1 : 0;
            }
        }
        assertThat(count).isEqualTo(5);
        assertThat(Thresholds.apply(Threshold.parse("0.65"), scores, train, false)[1]).containsExactly(true, false, false);
    }
}
