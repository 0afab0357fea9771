package org.genreworkbench.ml.mlp;

import org.genreworkbench.model.spec.MlpOptions;
import org.genreworkbench.model.spec.LrSchedule;
import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.locks.ReentrantLock;
import org.genreworkbench.task.TaskContext;

/**
 * Trains one network for all labels: mini-batches in a seeded order, Adam with weight decay, the learning
 * rate on its schedule, and early stopping on a validation share of the training rows, keeping the weights of
 * the epoch with the lowest validation loss. A cancel is noticed before every mini-batch, so it takes effect
 * within an epoch. Every random draw (validation rows, order, initial weights, dropout) comes from the seed,
 * so the same rows and seed give the same network.
 */
public final class MlpTrainer {
    private static final ReentrantLock RECORDING = new ReentrantLock();

    private MlpTrainer() {
    }

    /**
     * @param x          training rows (transformed by the fold's preprocessor; standardised again here)
     * @param y          the labels of each row; for single-label targets exactly one is true
     * @param multiLabel sigmoid + binary cross-entropy (true) or softmax + cross-entropy (false)
     */
    public static TrainedMlp train(double[][] x, boolean[][] y, List<String> features, List<String> labels,
                                   boolean multiLabel, MlpOptions options, long seed, TaskContext context) {
        if (x.length < 4) {
            throw new IllegalArgumentException("an MLP needs at least 4 training rows, not " + x.length);
        }
        SplittableRandom random = new SplittableRandom(seed + options.seed());
        int[] order = shuffled(x.length, random);
        int validationRows = Math.max(2, (int) Math.round(x.length * options.validationFraction()));
        int[] validation = java.util.Arrays.copyOfRange(order, 0, validationRows);
        int[] training = java.util.Arrays.copyOfRange(order, validationRows, order.length);
        MlpArchitecture architecture = new MlpArchitecture(MlpArchitecture.FORMAT_VERSION, features,
                means(x, training), spreads(x, training), labels, multiLabel, options.layers(), options.batchNorm(),
                options.dropout());

        Engine engine = MlpEngine.engine();
        Device device = engine.defaultDevice();
        Model model = Model.newInstance("mlp", device, engine.getEngineName());
        try {
            model.setBlock(architecture.block(random.nextLong()));
            MlpLoss loss = new MlpLoss(multiLabel, options.classWeights() ? ClassWeights.of(y, training, multiLabel)
                    : ClassWeights.none(labels.size()));
            float[] rate = {(float) options.learningRate()};
            Tracker schedule = update -> rate[0];
            DefaultTrainingConfig config = new DefaultTrainingConfig(loss)
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(schedule)
                            .optWeightDecays((float) options.weightDecay()).build())
                    .optDevices(new Device[] {device})
                    .optInitializer(new SeededInitializer(random.nextLong()), Parameter.Type.WEIGHT);
            TrainedMlp network = new TrainedMlp(model, architecture, null, null);
            LossFollower follower = new LossFollower(options.patience());
            byte[] best;
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(options.batchSize(), features.size()));
                best = parameters(model);
                for (int epoch = 1; epoch <= options.maxEpochs(); epoch++) {
                    if (options.schedule() == LrSchedule.COSINE) {
                        rate[0] = (float) (options.learningRate() * 0.5
                                * (1 + Math.cos(Math.PI * (epoch - 1) / options.maxEpochs())));
                    }
                    double trainLoss = epoch(trainer, network, loss, x, y, shuffledCopy(training, random),
                            options.batchSize(), context);
                    double validationLoss = validationLoss(trainer, network, loss, x, y, validation);
                    if (follower.record(trainLoss, validationLoss)) {
                        best = parameters(model);
                    }
                    context.message(String.format("MLP epoch %d: training loss %.4f, validation loss %.4f", epoch,
                            trainLoss, validationLoss));
                    if (follower.patienceRunOut()) {
                        break;
                    }
                    if (options.schedule() == LrSchedule.PLATEAU && follower.plateau()) {
                        rate[0] /= 2;
                    }
                }
            }
            model.getBlock().loadParameters(model.getNDManager(), new DataInputStream(new ByteArrayInputStream(best)));
            double[][] validationScores = network.scores(pick(x, validation));
            boolean[][] validationTruth = new boolean[validation.length][];
            for (int i = 0; i < validation.length; i++) {
                validationTruth[i] = y[validation[i]];
            }
            return new TrainedMlp(model, architecture, follower.curve(),
                    new TrainedMlp.HeldOut(validationScores, validationTruth));
        } catch (IOException | MalformedModelException e) {
            model.close();
            throw new IllegalStateException("could not keep the best epoch's weights: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /** One pass over the training rows; the mean loss per row. */
    private static double epoch(Trainer trainer, TrainedMlp network, MlpLoss loss, double[][] x, boolean[][] y,
                                int[] rows, int batchSize, TaskContext context) {
        double sum = 0;
        int seen = 0;
        for (int start = 0; start < rows.length; start += batchSize) {
            int end = Math.min(rows.length, start + batchSize);
            if (end - start < 2) {
                break; // batch normalisation cannot learn from one row
            }
            context.checkCancelled();
            int[] batch = java.util.Arrays.copyOfRange(rows, start, end);
            try (NDManager manager = trainer.getManager().newSubManager()) {
                NDList input = new NDList(manager.create(network.standardised(pick(x, batch)),
                        new Shape(batch.length, x[0].length)));
                NDList truth = new NDList(targets(manager, y, batch));
                // DJL lets one gradient collector record at a time in the whole process, so networks trained at
                // once (two folds) take turns per mini-batch; PyTorch's own autograd state is per thread.
                RECORDING.lock();
                try (GradientCollector gradients = trainer.newGradientCollector()) {
                    NDArray value = loss.evaluate(truth, trainer.forward(input));
                    gradients.backward(value);
                    sum += value.getFloat() * batch.length;
                    seen += batch.length;
                } finally {
                    RECORDING.unlock();
                }
                trainer.step();
            }
        }
        return seen == 0 ? Double.NaN : sum / seen;
    }

    private static double validationLoss(Trainer trainer, TrainedMlp network, MlpLoss loss, double[][] x, boolean[][] y,
                                         int[] rows) {
        try (NDManager manager = trainer.getManager().newSubManager()) {
            NDList input = new NDList(manager.create(network.standardised(pick(x, rows)), new Shape(rows.length, x[0].length)));
            return loss.evaluate(new NDList(targets(manager, y, rows)), trainer.evaluate(input)).getFloat();
        }
    }

    private static byte[] parameters(Model model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            model.getBlock().saveParameters(new DataOutputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static NDArray targets(NDManager manager, boolean[][] y, int[] rows) {
        int labels = y[0].length;
        float[] flat = new float[rows.length * labels];
        for (int i = 0; i < rows.length; i++) {
            for (int l = 0; l < labels; l++) {
                flat[i * labels + l] = y[rows[i]][l] ? 1 : 0;
            }
        }
        return manager.create(flat, new Shape(rows.length, labels));
    }

    private static double[][] pick(double[][] x, int[] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = x[rows[i]];
        }
        return out;
    }

    private static double[] means(double[][] x, int[] rows) {
        double[] mean = new double[x[0].length];
        for (int f = 0; f < mean.length; f++) {
            double sum = 0;
            int n = 0;
            for (int r : rows) {
                if (!Double.isNaN(x[r][f])) {
                    sum += x[r][f];
                    n++;
                }
            }
            mean[f] = n == 0 ? 0 : sum / n;
        }
        return mean;
    }

    private static double[] spreads(double[][] x, int[] rows) {
        double[] mean = means(x, rows);
        double[] sd = new double[mean.length];
        for (int f = 0; f < sd.length; f++) {
            double sum = 0;
            int n = 0;
            for (int r : rows) {
                if (!Double.isNaN(x[r][f])) {
                    sum += (x[r][f] - mean[f]) * (x[r][f] - mean[f]);
                    n++;
                }
            }
            double variance = n < 2 ? 0 : sum / (n - 1);
            sd[f] = variance > 1e-12 ? Math.sqrt(variance) : 1;
        }
        return sd;
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return shuffledCopy(order, random);
    }

    private static int[] shuffledCopy(int[] values, SplittableRandom random) {
        int[] out = values.clone();
        for (int i = out.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }
}
