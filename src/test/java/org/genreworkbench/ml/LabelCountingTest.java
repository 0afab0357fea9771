package org.genreworkbench.ml;

import org.genreworkbench.model.spec.DatasetSpec;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.ExperimentSpec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LabelCounts;
import org.genreworkbench.model.Metric;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Per-label counts by hand on a small example, and on real runs against the metrics the runs report. */
class LabelCountingTest {
    private static Project project;

    @BeforeAll
    static void sample() {
        project = LabelledSample.sixLabels();
    }

    @Test
    void countsAndScoreBinsMatchAHandWorkedExample() {
        // Label A: truth T F F T F, predicted T T T F F; scores 0.9 0.5 0.3 0.05 0.0499
        boolean[][] truth = {{true}, {false}, {false}, {true}, {false}};
        boolean[][] predicted = {{true}, {true}, {true}, {false}, {false}};
        double[][] scores = {{0.9}, {0.5}, {0.3}, {0.05}, {0.0499}};
        LabelCounts a = LabelCounting.of(truth, predicted, scores).get(0);
        assertThat(List.of(a.tp(), a.fp(), a.fn(), a.tn())).containsExactly(1, 2, 1, 1);
        assertThat(a.bins()).isEqualTo(20);
        // 0.9 is bin 18, 0.05 bin 1 (the threshold 0.05 itself), 0.5 bin 10, 0.3 bin 6, 0.0499 bin 0
        assertThat(a.positives().get(18)).isEqualTo(1);
        assertThat(a.positives().get(1)).isEqualTo(1);
        assertThat(a.negatives().get(10)).isEqualTo(1);
        assertThat(a.negatives().get(0)).isEqualTo(1);
        assertThat(a.positives().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
        assertThat(a.positivesFrom(1)).isEqualTo(2);
        assertThat(a.positivesFrom(2)).isEqualTo(1);
        assertThat(a.negatives().get(6)).isEqualTo(1);
        assertThat(a.negativesFrom(6)).isEqualTo(2);
        assertThat(a.negativesFrom(10)).isEqualTo(1);
        assertThat(a.negativesFrom(11)).isZero();
    }

    @Test
    void everyGridThresholdCountsExactlyTheScoresAtOrAboveIt() {
        for (int b = 0; b < LabelCounts.BINS; b++) {
            double t = (double) b / LabelCounts.BINS;
            assertThat(LabelCounts.bin(t, LabelCounts.BINS)).as("score %s", t).isEqualTo(b);
            assertThat(LabelCounts.bin(Math.nextDown(t), LabelCounts.BINS)).as("just below %s", t)
                    .isEqualTo(Math.max(0, b - 1));
        }
        assertThat(LabelCounts.bin(1.0, LabelCounts.BINS)).isEqualTo(LabelCounts.BINS - 1);
        assertThat(LabelCounts.bin(Double.NaN, LabelCounts.BINS)).isZero();
    }

    @Test
    void aMultiLabelRunsCountsAgreeWithItsMetricsOnEveryFold() throws Exception {
        ExperimentSpec spec = LabelledSample.multiLabel(List.of(new ModelSpec(null, "BR", "J48", "", "", "PCut1"),
                new ModelSpec(null, "CC", "NaiveBayes", "", "", "PCutL")));
        Experiment e = new ExperimentRunner(2).run(project, spec, TaskContext.silent());
        assertCountsAgreeWithMetrics(e);
    }

    @Test
    void aSingleLabelRunsCountsAgreeWithItsAccuracy() throws Exception {
        ExperimentSpec spec = new ExperimentSpec("genres", new DatasetSpec("playlistGenre", null, null, true, true,
                false, false), org.genreworkbench.model.spec.Split.kfold(3),
                List.of(new ModelSpec(null, "WEKA", "J48", "", "", "PCut1")), 5);
        Experiment e = new ExperimentRunner(2).run(project, spec, TaskContext.silent());
        assertCountsAgreeWithMetrics(e);
        for (Experiment.FoldScore f : e.results().get(0).folds()) {
            // one class per row: every row is one TP or one FN, so the TPs over all classes are the hits
            int rows = f.labelCounts().get(0).tp() + f.labelCounts().get(0).fp() + f.labelCounts().get(0).fn()
                    + f.labelCounts().get(0).tn();
            int hits = f.labelCounts().stream().mapToInt(LabelCounts::tp).sum();
            assertThat((double) hits / rows).isCloseTo(f.value(Metric.ACCURACY), within(1e-12));
        }
    }

    static void assertCountsAgreeWithMetrics(Experiment e) {
        int labels = e.labels().size();
        for (Experiment.ModelResult r : e.results()) {
            for (Experiment.FoldScore f : r.folds()) {
                String where = r.model() + " fold " + f.fold();
                int testRows = e.foldTrackIds().get(f.fold()).size();
                assertThat(f.labelCounts()).as(where).hasSize(labels);
                long tp = 0;
                long fp = 0;
                long fn = 0;
                for (int l = 0; l < labels; l++) {
                    LabelCounts c = f.labelCounts().get(l);
                    assertThat(c.tp() + c.fp() + c.fn() + c.tn()).as(where).isEqualTo(testRows);
                    assertThat(c.positivesFrom(0)).as(where + " rows with the label").isEqualTo(c.tp() + c.fn());
                    assertThat(c.negativesFrom(0)).as(where + " rows without").isEqualTo(c.fp() + c.tn());
                    assertThat(2.0 * c.tp() / Math.max(1, 2 * c.tp() + c.fp() + c.fn())).as(where + " F1 of " + l)
                            .isCloseTo(f.perLabelF1().get(l), within(1e-12));
                    tp += c.tp();
                    fp += c.fp();
                    fn += c.fn();
                }
                assertThat((double) tp / (tp + fp)).as(where).isCloseTo(f.value(Metric.PRECISION), within(1e-12));
                assertThat((double) tp / (tp + fn)).as(where).isCloseTo(f.value(Metric.RECALL), within(1e-12));
                assertThat(2.0 * tp / (2 * tp + fp + fn)).as(where).isCloseTo(f.value(Metric.F1_MICRO), within(1e-12));
                assertThat((double) (fp + fn) / ((long) testRows * labels)).as(where)
                        .isCloseTo(f.value(Metric.HAMMING_LOSS), within(1e-12));
            }
        }
    }
}
