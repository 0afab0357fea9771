package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ModelSpec;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.concurrent.CancellationException;
import org.genreworkbench.ml.engine.CellResult;
import org.genreworkbench.ml.engine.ExperimentCell;
import org.genreworkbench.ml.engine.PreparedData;
import org.genreworkbench.model.LossCurve;
import org.genreworkbench.model.Metric;
import org.genreworkbench.task.TaskContext;

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
        return train(prepared, cell, context, null);
    }

    /**
     * Like {@link #train(PreparedData, ExperimentCell, TaskContext)}, handing the trained model to {@code keep}
     * (which then owns it) instead of letting it go: for an engine on this computer, whose models can be kept.
     */
    public static CellResult train(PreparedData prepared, ExperimentCell cell, TaskContext context, Keeper keep) {
        try {
            return evaluate(prepared, cell, context, keep);
        } catch (CancellationException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                    : e.getMessage();
            return CellResult.failed(cell, reason);
        }
    }

    /** Takes the model a cell trained, with the cell it came from. */
    @FunctionalInterface
    public interface Keeper {
        void keep(ExperimentCell cell, TrainedModel model);
    }

    private static CellResult evaluate(PreparedData prepared, ExperimentCell cell, TaskContext context, Keeper keep)
            throws Exception {
        Dataset data = prepared.dataset();
        ModelSpec spec = cell.model();
        int[] fold = prepared.fold();
        int k = cell.foldIndex();
        int[] train = Arrays.stream(indices(fold.length)).filter(i -> fold[i] != k).toArray();
        int[] test = Arrays.stream(indices(fold.length)).filter(i -> fold[i] == k).toArray();
        boolean[][] yTest = pick(data.targets(), test);
        TrainedModel model = TrainedModel.fit(data, train, spec, cell.seed(), cell.learnerThreads(), context);
        boolean kept = false;
        try {
            long t1 = System.nanoTime();
            double[][] scores = model.scores(data, test);
            double testMs = (System.nanoTime() - t1) / 1e6;
            long t0 = System.nanoTime();
            boolean[][] predicted = model.decide(scores);
            double thresholdMs = (System.nanoTime() - t0) / 1e6;
            LinkedHashMap<String, Double> metrics = Metric.keyed(Metrics.compute(yTest, predicted, scores,
                    data.singleLabel()));
            LossCurve curve = model.lossCurve();
            CellResult result = new CellResult(cell.modelIndex(), k, metrics, Metrics.perLabelF1(yTest, predicted),
                    LabelCounting.of(yTest, predicted, scores), model.trainMs(), testMs + thresholdMs, curve == null ? null : unboxed(curve.training()),
                    curve == null ? null : unboxed(curve.validation()), curve == null ? 0 : curve.keptEpoch(), null);
            if (keep != null) {
                model.approximateBytes();
                keep.keep(cell, model);
                kept = true;
            }
            return result;
        } finally {
            if (!kept) {
                model.close();
            }
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
