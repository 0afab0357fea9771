package org.genreworkbench.ml.mlp;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.training.loss.Loss;

/**
 * The loss on the network's raw outputs (logits): binary cross-entropy over sigmoids for multi-label targets,
 * each label's positives weighted by its weight; cross-entropy over a softmax for single-label targets, each
 * row weighted by its class's weight. Weights of 1 give the plain losses.
 */
final class MlpLoss extends Loss {
    private final boolean multiLabel;
    private final float[] weights;

    MlpLoss(boolean multiLabel, float[] weights) {
        super(multiLabel ? "binary_cross_entropy" : "cross_entropy");
        this.multiLabel = multiLabel;
        this.weights = weights.clone();
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray y = labels.singletonOrThrow();
        NDArray z = predictions.singletonOrThrow();
        NDArray w = z.getManager().create(weights);
        if (multiLabel) {
            // log σ(z) = -softplus(-z), log(1 - σ(z)) = -softplus(z), in a form that never overflows
            NDArray positive = y.mul(w).mul(softplus(z.neg()));
            NDArray negative = y.neg().add(1).mul(softplus(z));
            return positive.add(negative).mean();
        }
        NDArray perRow = z.logSoftmax(1).mul(y).mul(w).sum(new int[] {1}).neg();
        return perRow.mean();
    }

    private static NDArray softplus(NDArray x) {
        return Activation.relu(x).add(x.abs().neg().exp().add(1).log());
    }
}
