package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.BaseLearner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.genreworkbench.labels.LabellingService;
import org.genreworkbench.labels.TagTree;
import org.genreworkbench.ml.lightgbm.LightGbmNative;
import org.genreworkbench.model.ClusteringSettings;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.Test;

/** The Labels tab's quick F1 per label is what an experiment of the same model and folds reports. */
class LabelPredictabilityTest {

    @Test
    void theEstimateIsBinaryRelevanceOverLightGbmAndAgreesWithAnExperimentOfTheSameModelAndFolds() throws Exception {
        assertThat(LabelPredictability.model().base()).isEqualTo(BaseLearner.LIGHTGBM);
        assertAgreesWithTheExperiment("LightGBM");
    }

    @Test
    void withoutLightGbmTheEstimateFallsBackToNaiveBayes() throws Exception {
        LightGbmNative.useLoader(() -> {
            throw new UnsatisfiedLinkError("libgomp.so.1: cannot open shared object file");
        });
        try {
            assertThat(LabelPredictability.model().name()).isEqualTo("BR + NaiveBayes");
            assertAgreesWithTheExperiment("NaiveBayes");
        } finally {
            LightGbmNative.useLoader(null);
        }
    }

    private static void assertAgreesWithTheExperiment(String base) throws Exception {
        Project project = SampleGenerator.generate(new SampleSpec(5, 1_500, 500, 120));
        TagTree tree = TagTree.build(project.artists().values(), ClusteringSettings.defaults());
        LabelScheme scheme = new LabellingService().scheme("six", tree, 6, List.<LabelEdit>of());

        Map<String, Double> estimate = LabelPredictability.estimate(project, scheme, TaskContext.silent());
        assertThat(project.labelSchemes()).as("the project itself is left alone").isEmpty();

        // The same run written as a user would write it in a spec file for the experiment command.
        project.putLabelScheme(scheme);
        ExperimentSpec spec = ExperimentSpec.fromJson("""
                {"name": "check", "dataset": {"target": "labelScheme", "labelScheme": "six", "standardise": true,
                 "logSkewed": true, "oneHot": false, "dropMissing": true},
                 "split": {"kind": "kfold", "folds": 3},
                 "models": [{"method": "BR", "base": "%s"}], "seed": 1}""".formatted(base));
        Experiment run = new ExperimentRunner().run(project, spec, TaskContext.silent());

        assertThat(estimate.keySet()).containsExactlyInAnyOrderElementsOf(scheme.labels());
        for (int label = 0; label < run.labels().size(); label++) {
            int l = label;
            double mean = run.results().get(0).folds().stream().mapToDouble(f -> f.perLabelF1().get(l)).average().orElseThrow();
            assertThat(estimate.get(run.labels().get(label))).as(run.labels().get(label)).isCloseTo(mean, within(1e-12));
        }
        assertThat(estimate.values()).allSatisfy(f1 -> assertThat(f1).isBetween(0.0, 1.0));
        assertThat(estimate.values().stream().distinct().count()).as("labels differ in how well they are told apart")
                .isGreaterThan(1);
    }
}
