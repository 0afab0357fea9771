package org.genreworkbench.charts;

import java.util.List;
import org.genreworkbench.ml.Comparison;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Metric;

/**
 * One metric of every model fold by fold: what the dot and box plot of per-fold scores draws.
 *
 * @param values models × folds, in the order of {@code models}
 */
public record FoldScores(Metric metric, List<String> models, double[][] values) {

    public static FoldScores of(Experiment experiment, Metric metric) {
        List<String> models = experiment.results().stream().map(Experiment.ModelResult::model).toList();
        double[][] values = experiment.results().stream().map(r -> Comparison.values(r, metric)).toArray(double[][]::new);
        return new FoldScores(metric, models, values);
    }

    /** The metrics worth a per-fold plot: the scores, not the times. */
    public static List<Metric> metrics(Experiment experiment) {
        return Comparison.metrics(experiment).stream().filter(m -> !m.isTime()).toList();
    }
}
