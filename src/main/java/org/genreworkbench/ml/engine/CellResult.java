package org.genreworkbench.ml.engine;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LabelCounts;
import org.genreworkbench.model.LossCurve;

/**
 * What comes back from a cell: its scores, per-label F1, confusion counts and binned scores, and times (a
 * network's loss curve too), or why it failed. Never the trained model.
 *
 * @param error null when the cell trained; else what went wrong, in words
 */
public record CellResult(int modelIndex, int foldIndex, LinkedHashMap<String, Double> metrics, double[] perLabelF1,
                         List<LabelCounts> labelCounts, double trainMs, double testMs, double[] lossTraining,
                         double[] lossValidation, int keptEpoch, String error) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static CellResult failed(ExperimentCell cell, String error) {
        return new CellResult(cell.modelIndex(), cell.foldIndex(), new LinkedHashMap<>(), new double[0], List.of(), 0, 0,
                null, null, 0, error);
    }

    public boolean succeeded() {
        return error == null;
    }

    /** The score as an experiment keeps it. */
    public Experiment.FoldScore toFoldScore() {
        LossCurve curve = lossTraining == null ? null
                : new LossCurve(boxed(lossTraining), boxed(lossValidation), keptEpoch);
        return new Experiment.FoldScore(foldIndex, Map.copyOf(metrics), boxed(perLabelF1), trainMs, testMs, curve,
                labelCounts);
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
