package org.genreworkbench.model;

import java.util.List;

/**
 * How a network's loss went while it trained on one fold: the mean training loss and the validation loss of
 * each epoch (index 0 is epoch 1), and the epoch whose weights were kept (early stopping's choice).
 *
 * @param keptEpoch 1-based; the epoch with the lowest validation loss
 */
public record LossCurve(List<Double> training, List<Double> validation, int keptEpoch) {
    public LossCurve {
        training = training == null ? List.of() : List.copyOf(training);
        validation = validation == null ? List.of() : List.copyOf(validation);
    }

    /** Epochs trained, including those after the kept one. */
    public int epochs() {
        return training.size();
    }
}
