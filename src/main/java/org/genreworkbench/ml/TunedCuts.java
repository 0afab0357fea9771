package org.genreworkbench.ml;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Thresholds chosen on held-out rows for the best F1 micro there: F1 micro with sigmoid outputs cut at 0.5 is
 * often far from the best a network can give, and the held-out rows say where the best cut lies without
 * looking at the rows scored. One sweep over the sorted scores finds the best single cut; per label, each
 * label's cut is then moved in turn with the others held, twice round.
 */
final class TunedCuts {
    /** Per-label passes after the global cut; a second pass lets earlier labels answer later moves. */
    private static final int PASSES = 2;

    private TunedCuts() {
    }

    /** One cut per label: all the same (perLabel false) or each tuned. */
    static double[] choose(double[][] scores, boolean[][] truth, boolean perLabel) {
        if (scores.length != truth.length) {
            throw new IllegalArgumentException(scores.length + " held-out scores for " + truth.length + " rows");
        }
        int labels = scores.length == 0 ? 0 : scores[0].length;
        double[] cuts = new double[labels];
        Arrays.fill(cuts, global(scores, truth));
        if (!perLabel) {
            return cuts;
        }
        for (int pass = 0; pass < PASSES; pass++) {
            for (int l = 0; l < labels; l++) {
                if (positives(truth, l) > 0) {
                    cuts[l] = forLabel(scores, truth, cuts, l);
                }
            }
        }
        return cuts;
    }

    private static double global(double[][] scores, boolean[][] truth) {
        int n = scores.length == 0 ? 0 : scores.length * scores[0].length;
        double[] s = new double[n];
        boolean[] t = new boolean[n];
        int i = 0;
        for (int r = 0; r < scores.length; r++) {
            for (int l = 0; l < scores[r].length; l++) {
                s[i] = scores[r][l];
                t[i++] = truth[r][l];
            }
        }
        return best(s, t, 0, 0, 0);
    }

    /** Label l's best cut with every other label cut where it is. */
    private static double forLabel(double[][] scores, boolean[][] truth, double[] cuts, int l) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        double[] s = new double[scores.length];
        boolean[] t = new boolean[scores.length];
        for (int r = 0; r < scores.length; r++) {
            s[r] = scores[r][l];
            t[r] = truth[r][l];
            for (int k = 0; k < cuts.length; k++) {
                if (k == l) {
                    continue;
                }
                boolean predicted = scores[r][k] >= cuts[k];
                tp += predicted && truth[r][k] ? 1 : 0;
                fp += predicted && !truth[r][k] ? 1 : 0;
                fn += !predicted && truth[r][k] ? 1 : 0;
            }
        }
        return best(s, t, tp, fp, fn);
    }

    /**
     * The cut over these scores giving the best F1 micro, counting the other labels' fixed true positives, false
     * positives and false negatives; the cut lies halfway between the last score taken and the next, so rows
     * scored alike are taken or left together. Ties in F1 go to the higher cut (fewer labels predicted).
     */
    private static double best(double[] s, boolean[] t, int tp0, int fp0, int fn0) {
        Integer[] order = new Integer[s.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> s[i]).reversed());
        int positives = 0;
        for (boolean b : t) {
            positives += b ? 1 : 0;
        }
        double bestF1 = f1(tp0, fp0, fn0 + positives);
        double bestCut = s.length == 0 ? 0.5 : Math.nextUp(s[order[0]]);
        int tp = 0;
        int fp = 0;
        for (int k = 0; k < order.length; k++) {
            if (t[order[k]]) {
                tp++;
            } else {
                fp++;
            }
            boolean boundary = k + 1 == order.length || s[order[k + 1]] < s[order[k]];
            if (!boundary) {
                continue;
            }
            double f1 = f1(tp0 + tp, fp0 + fp, fn0 + positives - tp);
            if (f1 > bestF1) {
                bestF1 = f1;
                bestCut = k + 1 == order.length ? s[order[k]] : (s[order[k]] + s[order[k + 1]]) / 2;
            }
        }
        return bestCut;
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private static int positives(boolean[][] truth, int l) {
        int n = 0;
        for (boolean[] row : truth) {
            n += row[l] ? 1 : 0;
        }
        return n;
    }
}
