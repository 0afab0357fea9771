package org.genreworkbench.ml.mlp;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.SplittableRandom;

/**
 * Dropout whose masks come from this block's own seeded generator rather than PyTorch's global one, so two
 * networks training at once on different threads each draw the same masks on every run. Inverted dropout:
 * kept units are scaled by 1 / (1 - p) while training; inference passes values through.
 */
final class SeededDropout extends AbstractBlock {
    private final float rate;
    private final SplittableRandom random;

    SeededDropout(float rate, long seed) {
        this.rate = rate;
        this.random = new SplittableRandom(seed);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        if (!training || rate == 0) {
            return new NDList(x);
        }
        float keep = 1 - rate;
        float[] mask = new float[Math.toIntExact(x.size())];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = random.nextDouble() < keep ? 1 / keep : 0;
        }
        return new NDList(x.mul(x.getManager().create(mask, x.getShape())));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inputShapes;
    }
}
