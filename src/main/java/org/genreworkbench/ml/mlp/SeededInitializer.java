package org.genreworkbench.ml.mlp;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;
import java.util.SplittableRandom;

/**
 * He-uniform weights (suited to ReLU) drawn from a seeded Java generator: PyTorch's own generator is global
 * to the process, so networks initialised on two threads at once would otherwise get each other's numbers.
 */
final class SeededInitializer implements Initializer {
    private final SplittableRandom random;

    SeededInitializer(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
        long fanIn = shape.dimension() > 1 ? shape.size() / shape.get(0) : shape.size();
        double bound = Math.sqrt(6.0 / Math.max(1, fanIn));
        float[] values = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
        }
        return manager.create(values, shape).toType(dataType, false);
    }
}
