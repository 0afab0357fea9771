package org.genreworkbench.ml;

import org.genreworkbench.model.spec.Threshold;
import java.util.Arrays;

/**
 * Turns confidences into label sets, as MEKA's threshold options do: PCut1 (one threshold so that the mean
 * number of labels predicted matches the training label cardinality), PCutL (one per label, matching each
 * label's training frequency), a fixed threshold, or cuts tuned on a network's validation rows. Single-label runs
 * take the most confident label.
 */
public final class Thresholds {
    private Thresholds() {
    }

    public static boolean[][] apply(Threshold strategy, double[][] scores, boolean[][] trainTruth, boolean singleLabel) {
        return apply(strategy, scores, trainTruth, null, null, singleLabel);
    }

    /**
     * As {@link #apply(Threshold, double[][], boolean[][], boolean)}, with the held-out rows' scores and truth that
     * {@link Threshold.Tuned1} and {@link Threshold.TunedL} choose their cuts on (null for a model without any).
     */
    public static boolean[][] apply(Threshold strategy, double[][] scores, boolean[][] trainTruth,
                                    double[][] heldOutScores, boolean[][] heldOutTruth, boolean singleLabel) {
        if (singleLabel) {
            return argmax(scores);
        }
        if (strategy.needsValidation()) {
            if (heldOutScores == null || heldOutTruth == null) {
                throw new IllegalArgumentException("threshold " + strategy.specName()
                        + " is chosen on validation rows, which only an MLP holds out");
            }
            double[] cuts = TunedCuts.choose(heldOutScores, heldOutTruth, strategy instanceof Threshold.TunedL);
            boolean[][] out = new boolean[scores.length][];
            for (int r = 0; r < scores.length; r++) {
                out[r] = new boolean[scores[r].length];
                for (int l = 0; l < scores[r].length; l++) {
                    out[r][l] = scores[r][l] >= cuts[l];
                }
            }
            return out;
        }
        if (strategy instanceof Threshold.Fixed fixed) {
            return cut(scores, fixed.value());
        }
        if (strategy instanceof Threshold.PCut1) {
            double cardinality = 0;
            for (boolean[] row : trainTruth) {
                for (boolean b : row) {
                    cardinality += b ? 1 : 0;
                }
            }
            cardinality /= Math.max(1, trainTruth.length);
            double[] all = Arrays.stream(scores).flatMapToDouble(Arrays::stream).toArray();
            return cut(scores, threshold(all, cardinality / Math.max(1, scores.length == 0 ? 1 : scores[0].length)));
        }
        // PCutL: one threshold per label
        int labels = scores.length == 0 ? 0 : scores[0].length;
        boolean[][] out = new boolean[scores.length][labels];
        for (int l = 0; l < labels; l++) {
            double frequency = 0;
            for (boolean[] row : trainTruth) {
                frequency += row[l] ? 1 : 0;
            }
            frequency /= Math.max(1, trainTruth.length);
            double[] column = new double[scores.length];
            for (int r = 0; r < scores.length; r++) {
                column[r] = scores[r][l];
            }
            double t = threshold(column, frequency);
            for (int r = 0; r < scores.length; r++) {
                out[r][l] = scores[r][l] >= t;
            }
        }
        return out;
    }

    /**
     * The score at or above which about the given share of values lies. Models such as naive Bayes give many
     * equal scores; when taking all values tied at the threshold overshoots the share more than leaving them
     * out undershoots it, they are left out.
     */
    static double threshold(double[] values, double share) {
        if (values.length == 0) {
            return 0.5;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int above = (int) Math.round(share * values.length);
        if (above <= 0) {
            return Math.nextUp(sorted[sorted.length - 1]);
        }
        double t = sorted[Math.max(0, sorted.length - above)];
        int atOrAbove = sorted.length - lowerBound(sorted, t);
        int strictlyAbove = sorted.length - lowerBound(sorted, Math.nextUp(t));
        return Math.abs(strictlyAbove - above) < Math.abs(atOrAbove - above) ? Math.nextUp(t) : t;
    }

    /** The first index whose value is at least {@code v}. */
    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean[][] cut(double[][] scores, double t) {
        boolean[][] out = new boolean[scores.length][];
        for (int r = 0; r < scores.length; r++) {
            out[r] = new boolean[scores[r].length];
            for (int l = 0; l < scores[r].length; l++) {
                out[r][l] = scores[r][l] >= t;
            }
        }
        return out;
    }

    private static boolean[][] argmax(double[][] scores) {
        boolean[][] out = new boolean[scores.length][];
        for (int r = 0; r < scores.length; r++) {
            out[r] = new boolean[scores[r].length];
            int best = 0;
            for (int l = 1; l < scores[r].length; l++) {
                if (scores[r][l] > scores[r][best]) {
                    best = l;
                }
            }
            if (scores[r].length > 0) {
                out[r][best] = true;
            }
        }
        return out;
    }
}
