package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.DatasetSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Metric;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.task.TimeLeft;

/**
 * What each feature contributes, as the original study's baseline showed: one model run on all features, then
 * once with each feature left out, on the same folds; a feature whose absence lowers the score carries
 * information the others do not.
 */
public final class FeatureAblation {

    /**
     * The score without one feature and the change from the full set, as means over folds, and the change on
     * each fold (the same folds with and without the feature, so the changes pair up fold by fold).
     */
    public record Row(String leftOut, double score, double change, double[] foldChanges) {
        /** The spread of the change over folds: the error bar of its mean; 0 for a single split. */
        public double changeSd() {
            return Comparison.sd(foldChanges);
        }
    }

    /** The result: the model, the score on all features and one row per feature, largest loss first. */
    public record Result(String model, Metric metric, double allFeatures, List<Row> rows) {
    }

    private FeatureAblation() {
    }

    /**
     * Runs {@code model} on the data and split of {@code spec}: once on all its features, then once without each.
     * The metric is accuracy for single-label runs, F1 micro otherwise. Progress counts every model fit of every
     * run, and the messages say which run is on and how long the rest should take.
     */
    public static Result run(Project project, ExperimentSpec spec, ModelSpec model, TaskContext context)
            throws Exception {
        Metric metric = spec.dataset().singleLabel() ? Metric.ACCURACY : Metric.F1_MICRO;
        List<String> features = spec.dataset().features();
        int fitsPerRun = spec.split().evaluations();
        Fits fits = new Fits(context, (features.size() + 1) * fitsPerRun);
        ExperimentRunner runner = new ExperimentRunner();
        double[] allFolds = perFold(runner.run(project, withFeatures(spec, features, model),
                fits.during("All features (run 1 of " + (features.size() + 1) + ")")), metric);
        double all = Comparison.mean(allFolds);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            context.checkCancelled();
            List<String> rest = new ArrayList<>(features);
            rest.remove(i);
            double[] folds = perFold(runner.run(project, withFeatures(spec, rest, model),
                    fits.during("Without " + features.get(i) + " (run " + (i + 2) + " of " + (features.size() + 1) + ")")),
                    metric);
            double[] changes = new double[folds.length];
            for (int f = 0; f < folds.length; f++) {
                changes[f] = folds[f] - allFolds[f];
            }
            double score = Comparison.mean(folds);
            rows.add(new Row(features.get(i), score, score - all, changes));
        }
        rows.sort(java.util.Comparator.comparingDouble(Row::change));
        return new Result(model.name(), metric, all, rows);
    }

    /**
     * How long an ablation of {@code model} should take, judged by that model's fit and test times in
     * {@code experiment} (the run the user sees): one run per feature and one on all features, each as long as
     * the measured one; empty when the experiment does not hold the model.
     */
    public static java.util.Optional<Duration> estimate(Experiment experiment, ExperimentSpec spec, String model) {
        return experiment.results().stream().filter(r -> r.model().equals(model)).findFirst().map(result -> {
            double fitMs = result.folds().stream().mapToDouble(f -> f.trainMs() + f.testMs()).sum();
            int parallel = Math.max(1, Math.min(ExperimentRunner.defaultThreads(), result.folds().size()));
            return Duration.ofMillis(Math.round((spec.dataset().features().size() + 1) * fitMs / parallel));
        });
    }

    private static ExperimentSpec withFeatures(ExperimentSpec spec, List<String> features, ModelSpec model) {
        DatasetSpec d = spec.dataset();
        return new ExperimentSpec(spec.name() + " ablation", new DatasetSpec(d.target(), d.labelScheme(), features,
                d.standardise(), d.logSkewed(), d.oneHot(), d.dropMissing()), spec.split(), List.of(model), spec.seed());
    }

    private static double[] perFold(Experiment e, Metric metric) {
        return Comparison.values(e.results().get(0), metric);
    }

    /** Counts model fits over all the runs of an ablation, for one progress bar and one time-left estimate. */
    private static final class Fits {
        private final TaskContext task;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private final TimeLeft timeLeft = new TimeLeft();

        Fits(TaskContext task, int total) {
            this.task = task;
            this.total = total;
        }

        /** The context one run reports to: its fits count towards the whole, its messages name the run. */
        TaskContext during(String run) {
            task.message(run + withTimeLeft());
            return new TaskContext() {
                @Override
                public void progress(double runDone, double runTotal) {
                    int all = done.incrementAndGet();
                    task.progress(all, total);
                    task.message(run + withTimeLeft());
                }

                @Override
                public void message(String message) {
                    // The runner's "model 1 of 1, fold 2 of 5" says less than the run's own line.
                }

                @Override
                public boolean isCancelled() {
                    return task.isCancelled();
                }
            };
        }

        private String withTimeLeft() {
            String left = timeLeft.after(done.get(), total);
            return left.isEmpty() ? "" : " · " + left;
        }
    }
}
