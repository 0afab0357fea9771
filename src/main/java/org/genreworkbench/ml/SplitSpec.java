package org.genreworkbench.ml;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * How rows are split: k-fold cross-validation or one train/test split, by iterative stratification.
 *
 * @param kind         "kfold" or "holdout"
 * @param folds        k for k-fold
 * @param testFraction the share of rows held out for "holdout"
 * @param secondOrder  balance pairs of labels as well (Szymański and Kajdanowicz 2017)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SplitSpec(String kind, int folds, double testFraction, boolean secondOrder) {

    public SplitSpec {
        kind = kind == null ? "kfold" : kind;
        if (kind.equals("kfold") && folds < 2) {
            throw new IllegalArgumentException("k-fold needs at least 2 folds, not " + folds);
        }
        if (kind.equals("holdout") && (testFraction <= 0 || testFraction >= 1)) {
            throw new IllegalArgumentException("the test fraction must be between 0 and 1, not " + testFraction);
        }
        if (!kind.equals("kfold") && !kind.equals("holdout")) {
            throw new IllegalArgumentException("split kind must be kfold or holdout, not '" + kind + "'");
        }
    }

    public static SplitSpec kfold(int k) {
        return new SplitSpec("kfold", k, 0, false);
    }

    public static SplitSpec holdout(double testFraction) {
        return new SplitSpec("holdout", 0, testFraction, false);
    }

    /** The number of evaluations: k, or 1 for a holdout. */
    public int evaluations() {
        return kind.equals("kfold") ? folds : 1;
    }

    /** Test rows per training row, for the corrected resampled t-test. */
    public double testTrainRatio() {
        return kind.equals("kfold") ? 1.0 / (folds - 1) : testFraction / (1 - testFraction);
    }
}
