package org.genreworkbench.ml.mlp;

import java.util.ArrayList;
import java.util.List;
import org.genreworkbench.model.LossCurve;

/**
 * Follows the validation loss epoch by epoch for early stopping and the plateau schedule: remembers the best
 * epoch, says when patience has run out, and when the learning rate should be halved.
 */
final class LossFollower {
    private final int patience;
    private final List<Double> training = new ArrayList<>();
    private final List<Double> validation = new ArrayList<>();
    private double best = Double.POSITIVE_INFINITY;
    private int bestEpoch;
    private int lastCut;

    LossFollower(int patience) {
        this.patience = patience;
    }

    /** Records an epoch; true when its validation loss is the best so far. */
    boolean record(double trainLoss, double validationLoss) {
        training.add(trainLoss);
        validation.add(validationLoss);
        if (bestEpoch == 0 || validationLoss < best - 1e-6 * Math.abs(best)) {
            best = validationLoss;
            bestEpoch = validation.size();
            return true;
        }
        return false;
    }

    boolean patienceRunOut() {
        return validation.size() - bestEpoch >= patience;
    }

    /** True at most once per stretch of half the patience without improvement: time to halve the rate. */
    boolean plateau() {
        int since = validation.size() - Math.max(bestEpoch, lastCut);
        if (since >= Math.max(1, patience / 2)) {
            lastCut = validation.size();
            return true;
        }
        return false;
    }

    int epochs() {
        return validation.size();
    }

    double lastValidation() {
        return validation.get(validation.size() - 1);
    }

    LossCurve curve() {
        return new LossCurve(training, validation, bestEpoch);
    }
}
