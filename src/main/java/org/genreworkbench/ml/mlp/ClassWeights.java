package org.genreworkbench.ml.mlp;

import java.util.Arrays;

/**
 * Weights that make rare labels count: for multi-label targets each label's positives weigh negatives ÷
 * positives (as PyTorch's {@code pos_weight}), for single-label targets each class weighs rows ÷ (classes ×
 * its rows) (scikit-learn's "balanced"). Capped at 50 so a label seen a handful of times cannot swamp the loss.
 */
final class ClassWeights {
    private static final float CAP = 50;

    private ClassWeights() {
    }

    static float[] none(int labels) {
        float[] w = new float[labels];
        Arrays.fill(w, 1);
        return w;
    }

    static float[] of(boolean[][] y, int[] rows, boolean multiLabel) {
        int labels = y[0].length;
        int[] positives = new int[labels];
        for (int r : rows) {
            for (int l = 0; l < labels; l++) {
                positives[l] += y[r][l] ? 1 : 0;
            }
        }
        float[] w = new float[labels];
        for (int l = 0; l < labels; l++) {
            double p = Math.max(1, positives[l]);
            double weight = multiLabel ? (rows.length - positives[l]) / p : rows.length / (labels * p);
            w[l] = (float) Math.max(multiLabel ? 1 : 0, Math.min(CAP, weight));
        }
        return w;
    }
}
