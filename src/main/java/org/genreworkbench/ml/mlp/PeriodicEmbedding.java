package org.genreworkbench.ml.mlp;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import java.util.SplittableRandom;

/**
 * Periodic embeddings of numeric inputs, the "PLR" embeddings of Gorishniy, Rubachev and Babenko, <i>On Embeddings
 * for Numerical Features in Tabular Deep Learning</i> (NeurIPS 2022). Each standardised input x of feature f
 * becomes {@code ReLU(W_f · [sin(2π c_f x), cos(2π c_f x)] + b_f)}: K frequencies c_f of its own, trained, drawn
 * at first from N(0, σ²), and a linear map of its own to d values. A plain MLP sees each input through straight
 * lines and so draws smooth boundaries; these let it draw the sharp, many-stepped ones trees draw on audio
 * features.
 *
 * <p>Input {@code (rows, F)}, output {@code (rows, F · d)}. Every parameter's first values come from the seed.
 */
final class PeriodicEmbedding extends AbstractBlock {
    private static final byte VERSION = 1;

    private final int frequencies;
    private final int width;
    private final Parameter coefficients;
    private final Parameter weight;
    private final Parameter bias;

    /**
     * @param frequencies K, per input
     * @param width       d, values per input handed to the layers above
     * @param scale       σ of the frequencies' starting values, in cycles per standard deviation of the input
     */
    PeriodicEmbedding(int frequencies, int width, double scale, long seed) {
        super(VERSION);
        this.frequencies = frequencies;
        this.width = width;
        SplittableRandom random = new SplittableRandom(seed);
        double bound = 1 / Math.sqrt(2.0 * frequencies); // PyTorch's default for a linear map of 2K inputs
        coefficients = addParameter(Parameter.builder().setName("frequencies").setType(Parameter.Type.OTHER)
                .optInitializer(seeded(random.nextLong(), r -> r.nextGaussian() * scale)).build());
        weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.OTHER)
                .optInitializer(seeded(random.nextLong(), r -> (r.nextDouble() * 2 - 1) * bound)).build());
        bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.OTHER)
                .optInitializer(seeded(random.nextLong(), r -> (r.nextDouble() * 2 - 1) * bound)).build());
    }

    @Override
    public void prepare(Shape[] inputShapes) {
        long inputs = inputShapes[0].get(1);
        coefficients.setShape(new Shape(inputs, frequencies));
        weight.setShape(new Shape(inputs, 2L * frequencies, width));
        bias.setShape(new Shape(inputs, width));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        long rows = x.getShape().get(0);
        long features = x.getShape().get(1);
        NDArray c = store.getValue(coefficients, x.getDevice(), training);
        NDArray w = store.getValue(weight, x.getDevice(), training);
        NDArray b = store.getValue(bias, x.getDevice(), training);
        NDArray angles = x.expandDims(2).mul(c.mul(2 * Math.PI)); // (rows, F, K)
        NDArray waves = NDArrays.concat(new NDList(angles.sin(), angles.cos()), 2); // (rows, F, 2K)
        // one matrix product per input: (F, rows, 2K) × (F, 2K, d) → (F, rows, d)
        NDArray mapped = waves.transpose(1, 0, 2).matMul(w).transpose(1, 0, 2).add(b); // (rows, F, d)
        return new NDList(Activation.relu(mapped).reshape(rows, features * width));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), inputShapes[0].get(1) * width)};
    }

    private interface Draw {
        double next(SplittableRandom random);
    }

    /** Values from a seeded Java generator: PyTorch's generator is global to the process (see SeededInitializer). */
    private static Initializer seeded(long seed, Draw draw) {
        return (NDManager manager, Shape shape, DataType dataType) -> {
            SplittableRandom random = new SplittableRandom(seed);
            float[] values = new float[Math.toIntExact(shape.size())];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) draw.next(random);
            }
            return manager.create(values, shape).toType(dataType, false);
        };
    }
}
