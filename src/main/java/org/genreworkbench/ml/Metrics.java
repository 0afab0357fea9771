package org.genreworkbench.ml;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.genreworkbench.model.Metric;

/**
 * The usual multi-label metrics from true labels, predicted labels and scores (and accuracy, and the multi-class
 * log loss, for single-label runs), computed here from their definitions so every model is scored the same way.
 */
public final class Metrics {
    private static final double CLIP = 1e-7;

    private Metrics() {
    }

    /**
     * All metrics for one fold.
     *
     * @param truth     true labels, rows × labels
     * @param predicted predicted labels
     * @param scores    confidences in [0, 1] for log loss
     */
    public static Map<Metric, Double> compute(boolean[][] truth, boolean[][] predicted, double[][] scores,
                                              boolean singleLabel) {
        int n = truth.length;
        int labels = n == 0 ? 0 : truth[0].length;
        long wrong = 0;
        int exact = 0;
        double jaccard = 0;
        double f1Example = 0;
        double logLoss = 0;
        long tpAll = 0;
        long fpAll = 0;
        long fnAll = 0;
        for (int r = 0; r < n; r++) {
            int[] outcomes = Outcome.newCounts();
            for (int l = 0; l < labels; l++) {
                boolean t = truth[r][l];
                Outcome.count(outcomes, t, predicted[r][l]);
                double s = Math.min(1 - CLIP, Math.max(CLIP, scores[r][l]));
                logLoss -= t ? Math.log(s) : Math.log(1 - s);
            }
            int tp = Outcome.TRUE_POSITIVE.in(outcomes);
            int fp = Outcome.FALSE_POSITIVE.in(outcomes);
            int fn = Outcome.FALSE_NEGATIVE.in(outcomes);
            wrong += fp + fn;
            exact += fp + fn == 0 ? 1 : 0;
            int union = tp + fp + fn;
            jaccard += union == 0 ? 1 : (double) tp / union;
            f1Example += 2 * tp + fp + fn == 0 ? 1 : 2.0 * tp / (2 * tp + fp + fn);
            tpAll += tp;
            fpAll += fp;
            fnAll += fn;
        }
        Map<Metric, Double> m = new EnumMap<>(Metric.class);
        m.put(Metric.HAMMING_LOSS, (double) wrong / ((long) n * labels));
        m.put(Metric.EXACT_MATCH, (double) exact / n);
        m.put(Metric.JACCARD, jaccard / n);
        m.put(Metric.F1_MICRO, f1(tpAll, fpAll, fnAll));
        m.put(Metric.F1_MACRO_LABEL, mean(perLabelF1(truth, predicted)));
        m.put(Metric.F1_MACRO_EXAMPLE, f1Example / n);
        m.put(Metric.PRECISION, tpAll + fpAll == 0 ? 0 : (double) tpAll / (tpAll + fpAll));
        m.put(Metric.RECALL, tpAll + fnAll == 0 ? 0 : (double) tpAll / (tpAll + fnAll));
        // One label per track: the multi-class cross-entropy of the true class, as scikit-learn's log_loss and a
        // network's loss give it; several: the mean of the per-label (yes/no) log losses.
        m.put(Metric.LOG_LOSS, singleLabel ? crossEntropy(truth, scores) : logLoss / ((long) n * labels));
        if (singleLabel) {
            m.put(Metric.ACCURACY, (double) exact / n);
        }
        return m;
    }

    /** -mean log p(true class), each row's scores taken as a distribution over the classes (scaled to sum to 1). */
    private static double crossEntropy(boolean[][] truth, double[][] scores) {
        double sum = 0;
        for (int r = 0; r < truth.length; r++) {
            double total = 0;
            double trueScore = 0;
            for (int l = 0; l < truth[r].length; l++) {
                double s = Math.max(0, scores[r][l]);
                total += s;
                trueScore += truth[r][l] ? s : 0;
            }
            double p = total > 0 ? trueScore / total : 1.0 / Math.max(1, truth[r].length);
            sum -= Math.log(Math.min(1 - CLIP, Math.max(CLIP, p)));
        }
        return truth.length == 0 ? Double.NaN : sum / truth.length;
    }

    /** F1 of each label over the rows; 0 for a label never true nor predicted... by convention, as scikit-learn. */
    public static double[] perLabelF1(boolean[][] truth, boolean[][] predicted) {
        int labels = truth.length == 0 ? 0 : truth[0].length;
        double[] f1 = new double[labels];
        for (int l = 0; l < labels; l++) {
            int[] outcomes = Outcome.newCounts();
            for (int r = 0; r < truth.length; r++) {
                Outcome.count(outcomes, truth[r][l], predicted[r][l]);
            }
            f1[l] = f1(Outcome.TRUE_POSITIVE.in(outcomes), Outcome.FALSE_POSITIVE.in(outcomes),
                    Outcome.FALSE_NEGATIVE.in(outcomes));
        }
        return f1;
    }

    private static double f1(long tp, long fp, long fn) {
        return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }

    private static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return values.length == 0 ? 0 : s / values.length;
    }
}
