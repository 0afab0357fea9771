package org.genreworkbench.ml.mlp;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Everything needed to rebuild a trained network around its parameters: the inputs (in order, with the
 * standardisation fitted on the training rows), the layers, and the outputs. Written as JSON beside DJL's
 * parameter file when a network is exported.
 *
 * @param features   input names, in column order
 * @param mean       per input, subtracted before the network sees it
 * @param sd         per input, divided by after the mean is subtracted
 * @param labels     output names: labels (multi-label) or classes (single-label)
 * @param multiLabel sigmoid outputs, one per label (true), or one softmax over the classes (false)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MlpArchitecture(int formatVersion, List<String> features, double[] mean, double[] sd, List<String> labels,
                              boolean multiLabel, List<Integer> layers, boolean batchNorm, double dropout) {
    static final int FORMAT_VERSION = 1;

    public MlpArchitecture {
        features = List.copyOf(features);
        labels = List.copyOf(labels);
        layers = List.copyOf(layers);
        if (mean.length != features.size() || sd.length != features.size()) {
            throw new IllegalArgumentException("the architecture has " + features.size() + " inputs but "
                    + mean.length + " means and " + sd.length + " spreads");
        }
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("the architecture has no outputs");
        }
    }

    /**
     * The layers: Linear → batch norm (if on) → ReLU → dropout per hidden layer, then a Linear with one output
     * per label; the sigmoid or softmax is left to the loss and to prediction.
     */
    Block block(long dropoutSeed) {
        SequentialBlock net = new SequentialBlock();
        long seed = dropoutSeed;
        for (int width : layers) {
            net.add(Linear.builder().setUnits(width).build());
            if (batchNorm) {
                net.add(BatchNorm.builder().build());
            }
            net.add(Activation.reluBlock());
            if (dropout > 0) {
                net.add(new SeededDropout((float) dropout, seed++));
            }
        }
        net.add(Linear.builder().setUnits(labels.size()).build());
        return net;
    }
}
