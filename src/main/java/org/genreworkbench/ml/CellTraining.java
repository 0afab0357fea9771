package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ModelSpec;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.concurrent.CancellationException;
import org.genreworkbench.ml.engine.CellResult;
import org.genreworkbench.ml.engine.ExperimentCell;
import org.genreworkbench.ml.engine.PreparedData;
import org.genreworkbench.ml.mlp.MlpTrainer;
import org.genreworkbench.ml.mlp.TrainedMlp;
import org.genreworkbench.model.LossCurve;
import org.genreworkbench.model.Metric;
import org.genreworkbench.task.TaskContext;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * Trains and scores one cell (a model on a fold) wherever an engine runs it: the preprocessing is fitted on
 * the fold's training rows, the model is seeded by the cell alone, and only scores and times leave.
 */
public final class CellTraining {
    private CellTraining() {
    }

    /**
     * The cell's scores; a cell whose model cannot be built or trained comes back failed with the reason, so
     * the other cells keep their results. A cancel is thrown, not reported as a failure.
     */
    public static CellResult train(PreparedData prepared, ExperimentCell cell, TaskContext context) {
        try {
            return evaluate(prepared, cell, context);
        } catch (CancellationException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                    : e.getMessage();
            return CellResult.failed(cell, reason);
        }
    }

    private static CellResult evaluate(PreparedData prepared, ExperimentCell cell, TaskContext context)
            throws Exception {
        Dataset data = prepared.dataset();
        ModelSpec spec = cell.model();
        int[] fold = prepared.fold();
        int k = cell.foldIndex();
        int[] train = Arrays.stream(indices(fold.length)).filter(i -> fold[i] != k).toArray();
        int[] test = Arrays.stream(indices(fold.length)).filter(i -> fold[i] == k).toArray();
        Preprocessor pre = Preprocessor.fit(data, train, ExperimentRunner.imputes(spec));
        boolean[][] yTrain = pick(data.targets(), train);
        boolean[][] yTest = pick(data.targets(), test);
        double[][] xTrain = pre.transform(data, train);
        double[][] xTest = pre.transform(data, test);
        Scored scored = spec.network()
                ? trainNetwork(pre, xTrain, yTrain, xTest, data, spec, cell.seed(), context)
                : trainWeka(pre, xTrain, yTrain, xTest, yTest, data, spec, cell.seed(), cell.learnerThreads());
        long t0 = System.nanoTime();
        boolean[][] predicted = Thresholds.apply(spec.threshold(), scored.scores(), yTrain, data.singleLabel());
        double thresholdMs = (System.nanoTime() - t0) / 1e6;
        LinkedHashMap<String, Double> metrics = Metric.keyed(Metrics.compute(yTest, predicted, scored.scores(),
                data.singleLabel()));
        LossCurve curve = scored.lossCurve();
        return new CellResult(cell.modelIndex(), k, metrics, Metrics.perLabelF1(yTest, predicted), scored.trainMs(),
                scored.testMs() + thresholdMs, curve == null ? null : unboxed(curve.training()),
                curve == null ? null : unboxed(curve.validation()), curve == null ? 0 : curve.keptEpoch(), null);
    }

    /** A trained model's scores for the test rows, with its times and (for a network) its loss curve. */
    private record Scored(double[][] scores, double trainMs, double testMs, LossCurve lossCurve) {
    }

    private static Scored trainWeka(Preprocessor pre, double[][] xTrain, boolean[][] yTrain, double[][] xTest,
                                    boolean[][] yTest, Dataset data, ModelSpec spec, long seed, int learnerThreads)
            throws Exception {
        Instances trainSet = WekaModels.instances(pre.outputNames(), xTrain, yTrain, data.labels(), data.singleLabel());
        Instances testSet = WekaModels.instances(pre.outputNames(), xTest, yTest, data.labels(), data.singleLabel());
        Classifier model = WekaModels.create(spec, seed, learnerThreads);
        try {
            long t0 = System.nanoTime();
            model.buildClassifier(trainSet);
            long t1 = System.nanoTime();
            double[][] scores = WekaModels.scores(model, testSet, data.labels().size());
            return new Scored(scores, (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6, null);
        } finally {
            WekaModels.release(model);
        }
    }

    private static Scored trainNetwork(Preprocessor pre, double[][] xTrain, boolean[][] yTrain, double[][] xTest,
                                       Dataset data, ModelSpec spec, long seed, TaskContext context) {
        long t0 = System.nanoTime();
        try (TrainedMlp network = MlpTrainer.train(xTrain, yTrain, pre.outputNames(), data.labels(), !data.singleLabel(),
                spec.networkOptions(), seed, context)) {
            long t1 = System.nanoTime();
            double[][] scores = network.scores(xTest);
            return new Scored(scores, (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6, network.lossCurve());
        }
    }

    private static double[] unboxed(java.util.List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static int[] indices(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        return idx;
    }

    private static boolean[][] pick(boolean[][] rows, int[] which) {
        boolean[][] out = new boolean[which.length][];
        for (int i = 0; i < which.length; i++) {
            out[i] = rows[which[i]];
        }
        return out;
    }
}
