package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.DatasetSpec;
import org.genreworkbench.model.spec.BaseLearner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genreworkbench.model.spec.Split;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;

/**
 * How well the audio features tell each label of a scheme apart, before the scheme is committed to: a quick
 * 3-fold run of binary relevance over the fastest strong learner the Models tab offers (LightGBM with its
 * defaults; naive Bayes where LightGBM's native library cannot load), through the same experiment runner as
 * the Models tab, so it gives the F1 an experiment of that model and folds gives.
 */
public final class LabelPredictability {
    private static final ModelSpec LIGHTGBM = new ModelSpec("BR + LightGBM", "BR", "LightGBM", "", "", null);
    private static final ModelSpec NAIVE_BAYES = new ModelSpec("BR + NaiveBayes", "BR", "NaiveBayes", "", "", null);
    static final int FOLDS = 3;
    static final long SEED = 1;

    private LabelPredictability() {
    }

    /** The model of the estimate: BR + LightGBM, or BR + naive Bayes where LightGBM cannot run. */
    public static ModelSpec model() {
        return Learners.unavailableReason(BaseLearner.LIGHTGBM).isEmpty() ? LIGHTGBM : NAIVE_BAYES;
    }

    /**
     * The experiment the estimate runs on the scheme of that name: the audio features the project has (a
     * feature missing on most tracks, such as time_signature in some exports, would drop them all), 3 folds,
     * seed 1.
     */
    public static ExperimentSpec spec(Project project, String schemeName) {
        List<String> present = Features.AUDIO.stream().filter(f -> presentOnMost(project, f)).toList();
        return new ExperimentSpec("how predictable is each label", new DatasetSpec("labelScheme", schemeName,
                present.isEmpty() ? Features.AUDIO : present, true, true, false, true), Split.kfold(FOLDS),
                List.of(model()), SEED);
    }

    private static boolean presentOnMost(Project project, String feature) {
        long present = project.tracks().values().stream()
                .filter(t -> !Double.isNaN(Features.value(feature, t, project))).count();
        return present * 2 > project.tracks().size();
    }

    /** Mean F1 over the folds of each label of {@code scheme}, by label name, on a copy of the project. */
    public static Map<String, Double> estimate(Project project, LabelScheme scheme, TaskContext context) throws Exception {
        Project copy = project.snapshot();
        copy.putLabelScheme(scheme);
        // One fold at a time, its labels trained side by side on every core: three folds on two runner threads
        // would leave a core idle while the third trains alone. The numbers are the same either way.
        Experiment run = new ExperimentRunner(1).run(copy, spec(copy, scheme.name()), context);
        return meanF1ByLabel(run);
    }

    /** The mean over folds of each label's F1 in an experiment's first model. */
    public static Map<String, Double> meanF1ByLabel(Experiment run) {
        List<Experiment.FoldScore> folds = run.results().get(0).folds();
        Map<String, Double> f1 = new LinkedHashMap<>();
        for (int label = 0; label < run.labels().size(); label++) {
            double sum = 0;
            for (Experiment.FoldScore fold : folds) {
                sum += fold.perLabelF1().get(label);
            }
            f1.put(run.labels().get(label), sum / folds.size());
        }
        return f1;
    }
}
