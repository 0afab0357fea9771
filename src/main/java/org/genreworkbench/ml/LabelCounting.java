package org.genreworkbench.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.genreworkbench.model.LabelCounts;

/** Per-label confusion counts and binned scores of one test fold, from its truth, decisions and scores. */
public final class LabelCounting {
    private LabelCounting() {
    }

    /**
     * Each label's counts over the rows.
     *
     * @param truth     true labels, rows × labels
     * @param predicted the model's decisions at its thresholds
     * @param scores    the model's confidences, binned into {@link LabelCounts#BINS} bins
     */
    public static List<LabelCounts> of(boolean[][] truth, boolean[][] predicted, double[][] scores) {
        int labels = truth.length == 0 ? 0 : truth[0].length;
        List<LabelCounts> counts = new ArrayList<>(labels);
        for (int l = 0; l < labels; l++) {
            int[] outcomes = Outcome.newCounts();
            Integer[] positives = new Integer[LabelCounts.BINS];
            Integer[] negatives = new Integer[LabelCounts.BINS];
            Arrays.fill(positives, 0);
            Arrays.fill(negatives, 0);
            for (int r = 0; r < truth.length; r++) {
                boolean t = truth[r][l];
                Outcome.count(outcomes, t, predicted[r][l]);
                int b = LabelCounts.bin(scores[r][l], LabelCounts.BINS);
                if (t) {
                    positives[b]++;
                } else {
                    negatives[b]++;
                }
            }
            counts.add(new LabelCounts(Outcome.TRUE_POSITIVE.in(outcomes), Outcome.FALSE_POSITIVE.in(outcomes),
                    Outcome.FALSE_NEGATIVE.in(outcomes), Outcome.TRUE_NEGATIVE.in(outcomes),
                    List.of(positives), List.of(negatives)));
        }
        return counts;
    }
}
