package org.genreworkbench.ml;

import org.genreworkbench.model.spec.DatasetSpec;
import java.util.List;

/**
 * Rows ready for learning: raw feature values (NaN where missing, transformed per fold by a
 * {@link Preprocessor}) and the labels of each row. A single-label dataset has exactly one true label per row.
 */
public record Dataset(List<String> trackIds, List<String> featureNames, double[][] features, List<String> labels,
                      boolean[][] targets, boolean singleLabel, DatasetSpec spec) {

    public int rows() {
        return features.length;
    }

    /** The index of the single true label of a row (single-label datasets). */
    public int classOf(int row) {
        for (int l = 0; l < labels.size(); l++) {
            if (targets[row][l]) {
                return l;
            }
        }
        return -1;
    }

    /** Rows carrying each label. */
    public int[] labelCounts() {
        int[] counts = new int[labels.size()];
        for (boolean[] row : targets) {
            for (int l = 0; l < row.length; l++) {
                if (row[l]) {
                    counts[l]++;
                }
            }
        }
        return counts;
    }
}
