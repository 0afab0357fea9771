package org.genreworkbench.ml;

import static org.assertj.core.api.Assertions.assertThat;

import org.genreworkbench.model.spec.Specs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Metric;
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

    @Test
    void eachMetricIsJudgedInItsOwnDirectionAndCountedAsWinTieOrLoss() {
        double[] steadily = {0.01, 0.02, 0.01, 0.02, 0.01, 0.02, 0.01, 0.02, 0.01, 0.02};
        double[] noise = {0.003, -0.002, 0.001, -0.003, 0.002, -0.001, 0.003, -0.002, 0.001, -0.002};
        List<Experiment.FoldScore> base = new ArrayList<>();
        List<Experiment.FoldScore> model = new ArrayList<>();
        for (int f = 0; f < BASE.length; f++) {
            base.add(new Experiment.FoldScore(f, Map.of(Metric.F1_MICRO.key(), BASE[f], Metric.HAMMING_LOSS.key(),
                    1 - BASE[f]), List.of(), 100 + f, 10 + f));
            // Higher F1 and lower Hamming loss: both better. Slower to train: worse. As fast to test: a tie.
            model.add(new Experiment.FoldScore(f, Map.of(Metric.F1_MICRO.key(), BASE[f] + steadily[f],
                    Metric.HAMMING_LOSS.key(), 1 - BASE[f] - steadily[f]), List.of(), 150 + f + 10 * steadily[f],
                    10 + f + noise[f]));
        }
        Experiment e = new Experiment("e", "e", Instant.EPOCH, Specs.oneModel(), List.of(), List.of(),
                List.of(new Experiment.ModelResult("base", "", base), new Experiment.ModelResult("model", "", model)),
                Map.of());

        assertThat(Comparison.metrics(e)).containsExactly(Metric.HAMMING_LOSS, Metric.F1_MICRO, Metric.TRAIN_TIME,
                Metric.TEST_TIME);
        Comparison.Row row = Comparison.table(e, "base", 1.0 / 9).get(1);
        assertThat(row.cells().get(Metric.HAMMING_LOSS).verdict()).isEqualTo(Comparison.Verdict.BETTER);
        assertThat(row.cells().get(Metric.F1_MICRO).verdict()).isEqualTo(Comparison.Verdict.BETTER);
        assertThat(row.cells().get(Metric.TRAIN_TIME).verdict()).isEqualTo(Comparison.Verdict.WORSE);
        assertThat(row.cells().get(Metric.TEST_TIME).verdict()).isEqualTo(Comparison.Verdict.TIE);
        assertThat(List.of(row.wins(), row.ties(), row.losses())).containsExactly(2, 1, 1);
        assertThat(Comparison.table(e, "base", 1.0 / 9).get(0).cells().values())
                .allSatisfy(c -> assertThat(c.verdict()).isEqualTo(Comparison.Verdict.NONE));
    }

    @Test
    void aSingleLabelTableShowsAccuracyOnceInsteadOfTheMetricsThatEqualIt() {
        Map<String, Double> scores = new java.util.HashMap<>();
        for (Metric m : Metric.quality()) {
            scores.put(m.key(), 0.5);
        }
        Experiment.FoldScore fold = new Experiment.FoldScore(0, scores, List.of(), 100, 10);
        Experiment e = new Experiment("e", "e", Instant.EPOCH, Specs.oneModel(), List.of(), List.of(),
                List.of(new Experiment.ModelResult("m", "", List.of(fold))), Map.of());

        assertThat(Comparison.metrics(e)).containsExactly(Metric.ACCURACY, Metric.F1_MACRO_LABEL, Metric.LOG_LOSS,
                Metric.TRAIN_TIME, Metric.TEST_TIME);
        // a multi-label run has no accuracy and keeps every metric
        scores.remove(Metric.ACCURACY.key());
        Experiment multi = new Experiment("e", "e", Instant.EPOCH, Specs.oneModel(), List.of(), List.of(),
                List.of(new Experiment.ModelResult("m", "", List.of(new Experiment.FoldScore(0, scores, List.of(), 100, 10)))),
                Map.of());
        assertThat(Comparison.metrics(multi)).contains(Metric.HAMMING_LOSS, Metric.EXACT_MATCH, Metric.JACCARD,
                Metric.F1_MICRO).doesNotContain(Metric.ACCURACY);
    }

    private static double[] add(double[] a, double[] d) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + d[i];
        }
        return out;
    }
}
