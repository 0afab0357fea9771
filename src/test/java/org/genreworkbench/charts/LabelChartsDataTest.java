package org.genreworkbench.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.genreworkbench.ml.LabelCounting;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LabelCounts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The per-label chart data against values worked out by hand or straight from the scores, and the charts drawn. */
class LabelChartsDataTest {
    private static final List<Integer> NO_BINS = List.of();

    private static LabelCounts counts(int tp, int fp, int fn, int tn) {
        return new LabelCounts(tp, fp, fn, tn, NO_BINS, NO_BINS);
    }

    /** Two models, two folds, labels "rock" and "jazz", counts chosen by hand; "old" kept no counts. */
    private static Experiment handMade() {
        Experiment.FoldScore a0 = fold(0, counts(3, 1, 1, 5), counts(0, 0, 2, 8));
        Experiment.FoldScore a1 = fold(1, counts(2, 2, 0, 6), counts(1, 3, 1, 5));
        Experiment.FoldScore b0 = fold(0, counts(4, 4, 0, 2), counts(2, 0, 0, 8));
        Experiment.FoldScore b1 = fold(1, counts(1, 0, 1, 8), counts(2, 2, 0, 6));
        Experiment.FoldScore old = new Experiment.FoldScore(0, Map.of(), List.of(0.5, 0.5), 1, 1);
        return new Experiment("e", "hand", java.time.Instant.parse("2026-01-01T00:00:00Z"), org.genreworkbench.model.spec.Specs.oneModel(), List.of("rock", "jazz"),
                List.of(List.of("t1"), List.of("t2")), List.of(new Experiment.ModelResult("A", "", List.of(a0, a1)),
                new Experiment.ModelResult("B", "", List.of(b0, b1)), new Experiment.ModelResult("old", "", List.of(old, old))),
                Map.of());
    }

    private static Experiment.FoldScore fold(int k, LabelCounts rock, LabelCounts jazz) {
        return new Experiment.FoldScore(k, Map.of(), List.of(rock.f1(), jazz.f1()), 1, 1, null, List.of(rock, jazz));
    }

    @Test
    void precisionAndRecallPerLabelAreTheMeansOfTheFolds() {
        LabelRates rates = LabelRates.of(handMade(), List.of("B", "A", "old", "missing")).orElseThrow();
        assertThat(rates.models()).containsExactly("B", "A");
        // B rock: precision 4/8 and 1/1 -> 0.75; recall 4/4 and 1/2 -> 0.75. jazz: 2/2, 2/4 -> 0.75; 2/2, 2/2 -> 1
        assertThat(rates.precision()[0]).containsExactly(new double[] {0.75, 0.75}, within(1e-12));
        assertThat(rates.recall()[0]).containsExactly(new double[] {0.75, 1.0}, within(1e-12));
        // A rock: 3/4, 2/4 -> 0.625; 3/4, 2/2 -> 0.875. jazz: nothing predicted (0 by convention), 1/4 -> 0.125;
        // 0/2, 1/2 -> 0.25
        assertThat(rates.precision()[1]).containsExactly(new double[] {0.625, 0.125}, within(1e-12));
        assertThat(rates.recall()[1]).containsExactly(new double[] {0.875, 0.25}, within(1e-12));

        CategoryDataset drawn = ((CategoryPlot) LabelCharts.precisionRecall(rates).getPlot()).getDataset();
        assertThat(drawn.getRowKeys()).containsExactly("B precision", "B recall", "A precision", "A recall");
        assertThat(drawn.getValue("A recall", "jazz").doubleValue()).isCloseTo(0.25, within(1e-12));
        assertThat(LabelRates.of(handMade(), List.of("old"))).isEmpty();
    }

    @Test
    void confusionCountsAreSummedOverFoldsOrTakenFromTheChosenOne() {
        Experiment e = handMade();
        LabelConfusion all = LabelConfusion.of(e, "A", null).orElseThrow();
        assertThat(all.foldName()).isEqualTo("all 2 folds");
        assertThat(List.of(all.counts().get(0).tp(), all.counts().get(0).fp(), all.counts().get(0).fn(),
                all.counts().get(0).tn())).containsExactly(5, 3, 1, 11);
        LabelConfusion second = LabelConfusion.of(e, "A", 1).orElseThrow();
        assertThat(second.foldName()).isEqualTo("fold 2");
        assertThat(second.counts().get(1)).isEqualTo(counts(1, 3, 1, 5));
        assertThat(LabelConfusion.of(e, "A", 2)).isEmpty();
        assertThat(LabelConfusion.of(e, "old", null)).as("run before counts were kept").isEmpty();
        assertThat(LabelConfusion.counted(e)).isFalse();

        CategoryDataset drawn = ((CategoryPlot) LabelCharts.confusion(all).getPlot()).getDataset();
        assertThat(drawn.getColumnKeys()).containsExactly("rock (TN 11)", "jazz (TN 13)");
        assertThat(drawn.getValue("false positives", "jazz (TN 13)").intValue()).isEqualTo(3);
        assertThat(drawn.getValue("false negatives", "jazz (TN 13)").intValue()).isEqualTo(3);
    }

    @Test
    void theCurveAtEachGridThresholdIsThePrecisionAndRecallOfTheScoresAtOrAboveIt() {
        Random random = new Random(7);
        int rows = 2000;
        boolean[][] truth = new boolean[rows][2];
        boolean[][] predicted = new boolean[rows][2];
        double[][] scores = new double[rows][2];
        for (int r = 0; r < rows; r++) {
            for (int l = 0; l < 2; l++) {
                truth[r][l] = random.nextDouble() < (l == 0 ? 0.3 : 0.05);
                // a score that leans towards the truth, some exactly on grid thresholds
                double s = Math.min(1, Math.max(0, (truth[r][l] ? 0.6 : 0.3) + random.nextGaussian() * 0.25));
                scores[r][l] = r % 10 == 0 ? Math.round(s * 20) / 20.0 : s;
                predicted[r][l] = scores[r][l] >= 0.42;
            }
        }
        List<LabelCounts> counted = LabelCounting.of(truth, predicted, scores);
        LabelConfusion confusion = new LabelConfusion("m", 0, 1, List.of("rock", "jazz"), counted);
        PrCurves curves = PrCurves.of(confusion, null);
        assertThat(curves.curves()).extracting(PrCurves.Curve::label).containsExactly("rock", "jazz");
        for (int l = 0; l < 2; l++) {
            PrCurves.Curve c = curves.curves().get(l);
            List<double[]> expected = new ArrayList<>();
            for (int b = 19; b >= 0; b--) {
                double t = b / 20.0;
                int tp = 0;
                int fp = 0;
                int positives = 0;
                for (int r = 0; r < rows; r++) {
                    positives += truth[r][l] ? 1 : 0;
                    if (scores[r][l] >= t) {
                        tp += truth[r][l] ? 1 : 0;
                        fp += truth[r][l] ? 0 : 1;
                    }
                }
                if (tp + fp > 0) {
                    expected.add(new double[] {t, (double) tp / (tp + fp), (double) tp / positives});
                }
            }
            assertThat(c.thresholds()).hasSize(expected.size());
            for (int p = 0; p < expected.size(); p++) {
                assertThat(c.thresholds()[p]).isCloseTo(expected.get(p)[0], within(1e-12));
                assertThat(c.precision()[p]).as("%s at %s", c.label(), c.thresholds()[p])
                        .isCloseTo(expected.get(p)[1], within(1e-12));
                assertThat(c.recall()[p]).isCloseTo(expected.get(p)[2], within(1e-12));
            }
            assertThat(c.recall()[c.recall().length - 1]).as("everything predicted at 0").isEqualTo(1.0);
            int tp = 0;
            int fp = 0;
            for (int r = 0; r < rows; r++) {
                tp += truth[r][l] && predicted[r][l] ? 1 : 0;
                fp += !truth[r][l] && predicted[r][l] ? 1 : 0;
            }
            assertThat(c.modelPrecision()).isCloseTo((double) tp / (tp + fp), within(1e-12));
        }
        assertThat(PrCurves.of(confusion, "jazz").curves()).extracting(PrCurves.Curve::label).containsExactly("jazz");

        JFreeChart chart = LabelCharts.prCurves(curves);
        XYDataset lines = ((XYPlot) chart.getPlot()).getDataset(0);
        assertThat(lines.getSeriesCount()).isEqualTo(2);
        assertThat(lines.getItemCount(0)).isEqualTo(curves.curves().get(0).recall().length);
        XYDataset dots = ((XYPlot) chart.getPlot()).getDataset(1);
        assertThat(dots.getXValue(1, 0)).isCloseTo(curves.curves().get(1).modelRecall(), within(1e-12));
    }
}
