package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.DatasetSpec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.genreworkbench.model.Metric;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.spec.Split;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.Classifier;
import weka.core.SerializationHelper;

/** Fold distributions, feature ablation and model export, on a small synthetic project. */
class ExperimentExtrasTest {
    private static final Project PROJECT = SampleGenerator.generate(new SampleSpec(31, 700, 250, 100));

    private static ExperimentSpec genres(List<String> features, Split split) {
        return new ExperimentSpec("extras", new DatasetSpec("playlistGenre", null, features, true, false, false, true),
                split, List.of(new ModelSpec(null, "WEKA", "J48", "", "", "PCut1")), 3);
    }

    @Test
    void everyFoldHoldsEachGenreInAboutItsShareOfTheWhole() throws Exception {
        Experiment e = new ExperimentRunner(2).run(PROJECT, genres(null, Split.kfold(4)), TaskContext.silent());
        FoldDistribution d = FoldDistribution.of(PROJECT, e);
        assertThat(d.folds()).hasNumberOfRows(4);
        for (double[] fold : d.folds()) {
            for (int l = 0; l < d.labels().size(); l++) {
                assertThat(fold[l]).isCloseTo(d.whole()[l], within(0.02));
            }
        }
    }

    @Test
    void ablationScoresEveryFeatureLeftOutAgainstTheFullSet() throws Exception {
        List<String> features = List.of("acousticness", "energy", "speechiness", "tempo");
        ExperimentSpec spec = genres(features, Split.holdout(0.25));
        FeatureAblation.Result r = FeatureAblation.run(PROJECT, spec, spec.models().get(0), TaskContext.silent());
        assertThat(r.metric()).isEqualTo(Metric.ACCURACY);
        assertThat(r.rows()).extracting(FeatureAblation.Row::leftOut).containsExactlyInAnyOrderElementsOf(features);
        for (FeatureAblation.Row row : r.rows()) {
            assertThat(row.change()).isCloseTo(row.score() - r.allFeatures(), within(1e-12));
            // One split: the change on it is the change, with no spread.
            assertThat(row.foldChanges()).containsExactly(row.change());
            assertThat(row.changeSd()).isZero();
        }
        assertThat(r.rows().get(0).change()).isLessThanOrEqualTo(r.rows().get(r.rows().size() - 1).change());
    }

    @Test
    void ablationRunsTheModelItIsGivenAndCountsEveryFitOfEveryRun() throws Exception {
        List<String> features = List.of("acousticness", "energy", "tempo");
        ModelSpec j48 = new ModelSpec(null, "WEKA", "J48", "", "", "PCut1");
        ModelSpec bayes = new ModelSpec(null, "WEKA", "NaiveBayes", "", "", "PCut1");
        ExperimentSpec spec = new ExperimentSpec("two", new DatasetSpec("playlistGenre", null, features, true, false,
                false, true), Split.kfold(3), List.of(j48, bayes), 3);
        List<double[]> progress = new CopyOnWriteArrayList<>();
        List<String> messages = new CopyOnWriteArrayList<>();
        TaskContext recording = TaskContext.of((done, total) -> progress.add(new double[] {done, total}), messages::add,
                () -> false);

        FeatureAblation.Result r = FeatureAblation.run(PROJECT, spec, bayes, recording);

        assertThat(r.model()).isEqualTo("NaiveBayes");
        // The second model alone gives the score on all features that the ablation starts from.
        Experiment alone = new ExperimentRunner().run(PROJECT, new ExperimentSpec("two ablation", spec.dataset(),
                spec.split(), List.of(bayes), 3), TaskContext.silent());
        assertThat(r.allFeatures()).isEqualTo(alone.results().get(0).folds().stream()
                .mapToDouble(f -> f.value(Metric.ACCURACY)).average().orElseThrow());
        // (3 features + all of them) runs x 3 folds: one progress step per fit, ending at the whole.
        assertThat(progress).hasSize(12).allMatch(p -> p[1] == 12);
        assertThat(progress.stream().mapToDouble(p -> p[0]).max().orElseThrow()).isEqualTo(12);
        assertThat(messages).anyMatch(m -> m.startsWith("All features (run 1 of 4)"))
                .anyMatch(m -> m.startsWith("Without tempo (run 4 of 4)"))
                .anyMatch(m -> m.contains(" left"));
    }

    @Test
    void aCancelledAblationStopsBeforeItsNextFit() {
        ExperimentSpec spec = genres(List.of("acousticness", "energy", "tempo"), Split.kfold(3));
        AtomicInteger fits = new AtomicInteger();
        TaskContext cancelAfterTwo = new TaskContext() {
            @Override
            public void progress(double done, double total) {
                fits.incrementAndGet();
            }

            @Override
            public void message(String message) {
            }

            @Override
            public boolean isCancelled() {
                return fits.get() >= 2;
            }
        };
        assertThatThrownBy(() -> FeatureAblation.run(PROJECT, spec, spec.models().get(0), cancelAfterTwo))
                .isInstanceOf(CancellationException.class);
        // Two threads may each finish the fit they had begun; nothing after that starts.
        assertThat(fits.get()).isBetween(2, 3);
    }

    @Test
    void theEstimateIsOneMeasuredRunPerFeaturePlusOne() throws Exception {
        ExperimentSpec spec = genres(List.of("acousticness", "energy", "tempo"), Split.kfold(2));
        Experiment e = new ExperimentRunner().run(PROJECT, spec, TaskContext.silent());
        double measured = e.results().get(0).folds().stream().mapToDouble(f -> f.trainMs() + f.testMs()).sum()
                / Math.min(ExperimentRunner.defaultThreads(), 2);
        assertThat(FeatureAblation.estimate(e, spec, "J48")).hasValueSatisfying(d ->
                assertThat((double) d.toMillis()).isCloseTo(4 * measured, within(1.0)));
        assertThat(FeatureAblation.estimate(e, spec, "no such model")).isEmpty();
    }

    @Test
    void anExportedModelIsAWekaModelFileThatWekaReadsBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("j48.model");
        ExperimentSpec spec = genres(null, Split.holdout(0.2));
        ModelExport.write(PROJECT, spec, spec.models().get(0), file);
        assertThat(Files.size(file)).isGreaterThan(1_000);
        // Reading back here checks the file for Weka's sake; the application itself never reads model files.
        Object[] back = SerializationHelper.readAll(file.toString());
        assertThat(back[0]).isInstanceOf(Classifier.class);
    }
}
