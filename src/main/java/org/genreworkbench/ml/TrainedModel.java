package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ModelSpec;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.genreworkbench.ml.mlp.MlpTrainer;
import org.genreworkbench.ml.mlp.TrainedMlp;
import org.genreworkbench.model.LossCurve;
import org.genreworkbench.task.TaskContext;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.SerializationHelper;

/**
 * A model of an experiment trained on some rows, with everything it takes to score other tracks the same way:
 * the preprocessing fitted on those rows, the Weka/MEKA classifier or the network, and the training labels the
 * threshold is chosen from. Every training of a model in the workbench goes through {@link #fit}: a fold's cell,
 * the refit on all labelled tracks, feature ablation aside. Holds native memory (LightGBM, PyTorch): close it.
 */
public final class TrainedModel implements AutoCloseable {
    private static final AtomicLong FITS = new AtomicLong();

    private final ModelSpec spec;
    private final Preprocessor pre;
    private final Classifier classifier;
    private final TrainedMlp network;
    private final boolean[][] trainTruth;
    private final List<String> labels;
    private final boolean singleLabel;
    private final Instances header;
    private final double trainMs;
    private long bytes = -1;

    private TrainedModel(ModelSpec spec, Preprocessor pre, Classifier classifier, TrainedMlp network,
                         boolean[][] trainTruth, List<String> labels, boolean singleLabel, Instances header,
                         double trainMs) {
        this.spec = spec;
        this.pre = pre;
        this.classifier = classifier;
        this.network = network;
        this.trainTruth = trainTruth;
        this.labels = List.copyOf(labels);
        this.singleLabel = singleLabel;
        this.header = header;
        this.trainMs = trainMs;
    }

    /**
     * Trains {@code spec} on the given rows of {@code data}: the preprocessing is fitted on those rows only, the
     * learner seeded with {@code seed} and allowed {@code learnerThreads} threads.
     */
    public static TrainedModel fit(Dataset data, int[] rows, ModelSpec spec, long seed, int learnerThreads,
                                   TaskContext context) throws Exception {
        FITS.incrementAndGet();
        Preprocessor pre = Preprocessor.fit(data, rows, ExperimentRunner.imputes(spec));
        boolean[][] y = new boolean[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            y[i] = data.targets()[rows[i]];
        }
        double[][] x = pre.transform(data, rows);
        long t0 = System.nanoTime();
        if (spec.network()) {
            TrainedMlp network = MlpTrainer.train(x, y, pre.outputNames(), data.labels(), !data.singleLabel(),
                    spec.networkOptions(), seed, context);
            return new TrainedModel(spec, pre, null, network, y, data.labels(), data.singleLabel(), null,
                    (System.nanoTime() - t0) / 1e6);
        }
        Instances train = WekaModels.instances(pre.outputNames(), x, y, data.labels(), data.singleLabel());
        Classifier classifier = WekaModels.create(spec, seed, learnerThreads);
        try {
            t0 = System.nanoTime();
            classifier.buildClassifier(train);
        } catch (Exception | LinkageError e) {
            WekaModels.release(classifier);
            throw e;
        }
        return new TrainedModel(spec, pre, classifier, null, y, data.labels(), data.singleLabel(),
                new Instances(train, 0), (System.nanoTime() - t0) / 1e6);
    }

    /** How many models have been trained in this process so far: what shows that a kept model was reused. */
    public static long fitsSoFar() {
        return FITS.get();
    }

    public ModelSpec spec() {
        return spec;
    }

    public List<String> labels() {
        return labels;
    }

    public boolean singleLabel() {
        return singleLabel;
    }

    /** Rows it was trained on. */
    public int trainingRows() {
        return trainTruth.length;
    }

    public double trainMs() {
        return trainMs;
    }

    /** A network's loss per epoch; null for every other model. */
    public LossCurve lossCurve() {
        return network == null ? null : network.lossCurve();
    }

    /** Per row, the confidence in each label (multi-label) or the probability of each class (single-label). */
    public double[][] scores(Dataset data, int[] rows) throws Exception {
        double[][] x = pre.transform(data, rows);
        if (network != null) {
            return network.scores(x);
        }
        boolean[][] noTruth = new boolean[rows.length][labels.size()];
        Instances test = WekaModels.instances(pre.outputNames(), x, noTruth, labels, singleLabel);
        return WekaModels.scores(classifier, test, labels.size());
    }

    /** The labels each row gets: the model's threshold applied to its scores, as in the experiment. */
    public boolean[][] decide(double[][] scores) {
        // A network's tuned thresholds are chosen on the validation rows it held out of its training rows.
        TrainedMlp.HeldOut heldOut = network == null ? null : network.heldOut();
        return Thresholds.apply(spec.threshold(), scores, trainTruth, heldOut == null ? null : heldOut.scores(),
                heldOut == null ? null : heldOut.truth(), singleLabel);
    }

    /**
     * Writes the model as its export does: a Weka/MEKA model file with the header of its data, or for a network
     * DJL's parameter file with its architecture beside it. Returns the files written.
     */
    public List<Path> write(Path file) throws Exception {
        if (network != null) {
            Path dir = file.toAbsolutePath().getParent();
            String name = file.getFileName().toString().replaceFirst("(-0000)?\\.params$", "");
            network.save(dir, name);
            return List.of(dir.resolve(name + "-0000.params"), dir.resolve(name + ".json"));
        }
        // LightGBM learners write their model string, never a native handle
        SerializationHelper.writeAll(file.toString(), new Object[] {classifier, header});
        return List.of(file);
    }

    /** The Weka/MEKA classifier; null for a network. */
    Classifier classifier() {
        return classifier;
    }

    /** About how much memory the model takes: its serialised size (a network: its parameters). */
    public synchronized long approximateBytes() {
        if (bytes < 0) {
            bytes = measure();
        }
        return bytes;
    }

    private long measure() {
        if (network != null) {
            return network.parameterBytes();
        }
        CountingStream count = new CountingStream();
        try (ObjectOutputStream out = new ObjectOutputStream(count)) {
            out.writeObject(classifier);
        } catch (IOException | RuntimeException e) {
            // Not every learner serialises; its size is then unknown rather than an error.
            return 0;
        }
        return count.bytes;
    }

    @Override
    public void close() {
        if (network != null) {
            network.close();
        } else {
            WekaModels.release(classifier);
        }
    }

    private static final class CountingStream extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
