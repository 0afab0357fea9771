package org.genreworkbench.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One label on one test fold: how the model's yes/no decisions met the truth (TP, FP, FN, TN at the model's own
 * thresholds), and the test rows' scores counted in bins of equal width, apart for the rows with and without the
 * label. The bins give precision and recall at every threshold of a fixed grid without keeping each row's score,
 * so an experiment of thousands of tracks stays a few numbers per label and fold.
 *
 * @param positives rows that carry the label, by score bin: bin b holds scores in [b/n, (b+1)/n), the last one 1.0
 *                  too ({@code n} the number of bins); empty when the scores were not kept
 * @param negatives rows without the label, binned alike
 */
public record LabelCounts(int tp, int fp, int fn, int tn, List<Integer> positives, List<Integer> negatives)
        implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Bins of the scores: thresholds 0, 0.05, … 0.95. Fine enough for a curve, small enough to keep per fold. */
    public static final int BINS = 20;

    public LabelCounts {
        positives = positives == null ? List.of() : List.copyOf(positives);
        negatives = negatives == null ? List.of() : List.copyOf(negatives);
        if (positives.size() != negatives.size()) {
            throw new IllegalArgumentException("positives and negatives need as many score bins, not "
                    + positives.size() + " and " + negatives.size());
        }
    }

    /** The bin of {@code score} among {@code bins}: the last threshold b/bins it reaches (NaN and below 0: the first). */
    public static int bin(double score, int bins) {
        if (!(score > 0)) {
            return 0;
        }
        int b = (int) Math.min(bins - 1, Math.floor(score * bins));
        // floor(score × bins) can be one off either way of b/bins; the threshold itself decides
        while (b > 0 && (double) b / bins > score) {
            b--;
        }
        while (b + 1 < bins && (double) (b + 1) / bins <= score) {
            b++;
        }
        return b;
    }

    /** The number of score bins; 0 when the scores were not kept. */
    public int bins() {
        return positives.size();
    }

    /** The threshold where bin {@code b} starts. */
    public double threshold(int b) {
        return (double) b / bins();
    }

    /** Rows that carry the label with a score at or above the threshold of bin {@code b}: TP at that threshold. */
    public int positivesFrom(int b) {
        return sumFrom(positives, b);
    }

    /** Rows without the label with a score at or above the threshold of bin {@code b}: FP at that threshold. */
    public int negativesFrom(int b) {
        return sumFrom(negatives, b);
    }

    /** TP / (TP + FP) at the model's thresholds; 0 when nothing was predicted, as scikit-learn. */
    public double precision() {
        return ratio(tp, tp + fp);
    }

    /** TP / (TP + FN); 0 when no row carries the label. */
    public double recall() {
        return ratio(tp, tp + fn);
    }

    /** 2TP / (2TP + FP + FN); 0 when the label was never true nor predicted. */
    public double f1() {
        return ratio(2L * tp, 2L * tp + fp + fn);
    }

    /** Both folds' counts together (the same label); their bins must match. */
    public LabelCounts plus(LabelCounts other) {
        if (other.bins() != bins()) {
            throw new IllegalArgumentException("cannot add counts of " + other.bins() + " score bins to " + bins());
        }
        return new LabelCounts(tp + other.tp, fp + other.fp, fn + other.fn, tn + other.tn,
                added(positives, other.positives), added(negatives, other.negatives));
    }

    private static List<Integer> added(List<Integer> a, List<Integer> b) {
        List<Integer> sum = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            sum.add(a.get(i) + b.get(i));
        }
        return sum;
    }

    private static int sumFrom(List<Integer> bins, int from) {
        int sum = 0;
        for (int i = from; i < bins.size(); i++) {
            sum += bins.get(i);
        }
        return sum;
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
