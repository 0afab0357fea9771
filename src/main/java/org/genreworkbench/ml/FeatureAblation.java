package org.genreworkbench.ml;

import java.util.ArrayList;
import java.util.List;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;

/**
 * What each feature contributes, as the original study's baseline showed: one model run on all features, then
 * once with each feature left out, on the same folds; a feature whose absence lowers the score carries
 * information the others do not.
 */
public final class FeatureAblation {

    /** The score without one feature and the change from the full set. */
    public record Row(String leftOut, double score, double change) {
    }

    /** The result: the score on all features and one row per feature, largest loss first. */
    public record Result(String metric, double allFeatures, List<Row> rows) {
    }

    private FeatureAblation() {
    }

    /** Runs the first model of {@code spec}; the metric is accuracy for single-label runs, F1 micro otherwise. */
    public static Result run(Project project, ExperimentSpec spec, TaskContext context) throws Exception {
        ModelSpec model = spec.models().get(0);
        String metric = spec.dataset().singleLabel() ? Metrics.ACCURACY : Metrics.F1_MICRO;
        double all = mean(new ExperimentRunner().run(project, withFeatures(spec, spec.dataset().features(), model), context), metric);
        List<Row> rows = new ArrayList<>();
        List<String> features = spec.dataset().features();
        for (int i = 0; i < features.size(); i++) {
            context.checkCancelled();
            context.message("Leaving out " + features.get(i) + " (" + (i + 1) + " of " + features.size() + ")");
            List<String> rest = new ArrayList<>(features);
            rest.remove(i);
            double score = mean(new ExperimentRunner().run(project, withFeatures(spec, rest, model), TaskContext.silent()), metric);
            rows.add(new Row(features.get(i), score, score - all));
            context.progress(i + 1, features.size());
        }
        rows.sort(java.util.Comparator.comparingDouble(Row::change));
        return new Result(metric, all, rows);
    }

    private static ExperimentSpec withFeatures(ExperimentSpec spec, List<String> features, ModelSpec model) {
        DatasetSpec d = spec.dataset();
        return new ExperimentSpec(spec.name() + " ablation", new DatasetSpec(d.target(), d.labelScheme(), features,
                d.standardise(), d.logSkewed(), d.oneHot(), d.dropMissing()), spec.split(), List.of(model), spec.seed());
    }

    private static double mean(Experiment e, String metric) {
        return e.results().get(0).folds().stream().mapToDouble(f -> f.metrics().getOrDefault(metric, Double.NaN))
                .average().orElse(Double.NaN);
    }
}
