package org.genreworkbench.ml;

import org.genreworkbench.model.spec.DatasetSpec;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Metric;
import org.genreworkbench.model.Playlist;
import org.genreworkbench.model.Predictions;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.spec.Split;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.SerializationHelper;

/**
 * The refit on every labelled track and the predictions made with it, against the experiment's own folds: real
 * Weka and MEKA training on the synthetic project, the models kept from the run counted as they are reused.
 */
class PredictionServiceTest {
    private static Project project;

    @BeforeAll
    static void sample() {
        project = LabelledSample.sixLabels();
    }

    private static ExperimentSpec playlistGenre(List<ModelSpec> models) {
        // Tracks with a missing feature are dropped: a track without features is neither trained on nor predicted.
        return new ExperimentSpec("genres", new DatasetSpec("playlistGenre", null, null, true, true, false, true),
                Split.kfold(3), models, 5);
    }

    @Test
    void aModelTrainedOnEveryLabelledTrackPredictsAHeldOutFoldAsWellAsInTheExperiment() throws Exception {
        ExperimentSpec spec = playlistGenre(List.of(new ModelSpec(null, "WEKA", "Logistic", "", "", "PCut1")));
        Experiment experiment = new ExperimentRunner(1).run(project, spec, TaskContext.silent());
        for (int k = 0; k < 3; k++) {
            List<String> heldOut = experiment.foldTrackIds().get(k);
            // The fold's tracks lose their playlists: they are the tracks without a label now.
            Project withoutFold = withoutPlaylistGenre(project, new HashSet<>(heldOut));
            Predictions predictions = PredictionService.predict(withoutFold, experiment, "Logistic", null,
                    TaskContext.silent());
            Map<String, String> truth = project.playlistGenres();
            int right = 0;
            for (String id : heldOut) {
                Predictions.Track p = predictions.of(id).orElseThrow();
                assertThat(p.labels()).hasSize(1);
                right += p.labels().get(0).equals(truth.get(id)) ? 1 : 0;
            }
            double accuracy = right / (double) heldOut.size();
            double inExperiment = experiment.results().get(0).folds().get(k).value(Metric.ACCURACY);
            assertThat(accuracy).as("fold %d", k + 1).isCloseTo(inExperiment, within(1e-9));
            int rows = experiment.foldTrackIds().stream().mapToInt(List::size).sum();
            assertThat(predictions.labelledTracks()).isEqualTo(rows - heldOut.size());
        }
    }

    @Test
    void modelsKeptFromTheRunScoreTheirFoldsAsTheRunDid() throws Exception {
        ExperimentSpec spec = LabelledSample.multiLabel(List.of(new ModelSpec(null, "BR", "J48", "", "", "PCut1"),
                new ModelSpec(null, "CC", "NaiveBayes", "", "", "PCutL")));
        try (KeptModels kept = new KeptModels()) {
            long before = TrainedModel.fitsSoFar();
            Experiment experiment = new ExperimentRunner(2).run(project, spec, TaskContext.silent(), kept);
            assertThat(TrainedModel.fitsSoFar() - before).isEqualTo(6);
            assertThat(kept.foldModels()).isEqualTo(6);
            assertThat(kept.describe()).matches("2 × 3 folds, (~[0-9.]+|<0\\.1) MB");
            Dataset data = DatasetBuilder.build(project, spec.dataset());
            int[] fold = ExperimentRunner.folds(data, spec);
            for (Experiment.ModelResult result : experiment.results()) {
                for (int k = 0; k < 3; k++) {
                    int f = k;
                    int[] test = IntStream.range(0, fold.length).filter(i -> fold[i] == f).toArray();
                    TrainedModel model = kept.fold(result.model(), k).orElseThrow();
                    double[][] scores = model.scores(data, test);
                    boolean[][] truth = new boolean[test.length][];
                    for (int i = 0; i < test.length; i++) {
                        truth[i] = data.targets()[test[i]];
                    }
                    Map<String, Double> again = Metric.keyed(Metrics.compute(truth, model.decide(scores), scores, false));
                    assertThat(again).as("%s fold %d", result.model(), k + 1)
                            .isEqualTo(result.folds().get(k).metrics());
                }
            }
        }
    }

    @Test
    void exportAndPredictTrainTheRefitOnceAndKeepIt(@TempDir Path dir) throws Exception {
        ExperimentSpec spec = LabelledSample.multiLabel(List.of(new ModelSpec(null, "BR", "J48", "", "", "PCut1")));
        try (KeptModels kept = new KeptModels()) {
            Experiment experiment = new ExperimentRunner(2).run(project, spec, TaskContext.silent(), kept);
            ModelSpec model = spec.models().get(0);
            long before = TrainedModel.fitsSoFar();
            PredictionService.exportModel(project, spec, model, kept, dir.resolve("a.model"), TaskContext.silent());
            PredictionService.exportModel(project, spec, model, kept, dir.resolve("b.model"), TaskContext.silent());
            Predictions predictions = PredictionService.predict(project, experiment, model.name(), kept,
                    TaskContext.silent());
            assertThat(TrainedModel.fitsSoFar() - before).as("trainings after the run").isEqualTo(1);
            assertThat(kept.refits()).isEqualTo(1);
            assertThat(kept.describe()).matches("1 × 3 folds \\+ 1 refit, (~[0-9.]+|<0\\.1) MB");
            assertThat(SerializationHelper.readAll(dir.resolve("b.model").toString())[0])
                    .isInstanceOf(weka.classifiers.Classifier.class);
            Set<String> labelled = new HashSet<>(DatasetBuilder.build(project, spec.dataset()).trackIds());
            assertThat(predictions.tracks()).isNotEmpty()
                    .allSatisfy(t -> assertThat(labelled).doesNotContain(t.trackId()));
            assertThat(predictions.tracks().size() + predictions.withoutFeatures() + labelled.size())
                    .isEqualTo(project.tracks().size());
        }
    }

    @Test
    void aPredictCancelledAfterTrainingScoresNothingAndKeepsTheRefitForTheNextTry() throws Exception {
        ExperimentSpec spec = LabelledSample.multiLabel(List.of(new ModelSpec(null, "BR", "J48", "", "", "PCut1")));
        try (KeptModels kept = new KeptModels()) {
            Experiment experiment = new ExperimentRunner(2).run(project, spec, TaskContext.silent(), kept);
            String model = spec.models().get(0).name();
            java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
            List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
            // the user presses Cancel as the training step reports itself done
            TaskContext cancelAfterTraining = TaskContext.of((done, total) -> cancelled.compareAndSet(false, done >= 1),
                    messages::add, cancelled::get);

            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> PredictionService.predict(project, experiment, model, kept, cancelAfterTraining))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
            assertThat(messages).anyMatch(m -> m.startsWith("Training ")).noneMatch(m -> m.startsWith("Predicting tracks"));
            assertThat(kept.refits()).as("the refit made before the cancel").isEqualTo(1);

            long before = TrainedModel.fitsSoFar();
            Predictions again = PredictionService.predict(project, experiment, model, kept, TaskContext.silent());
            assertThat(TrainedModel.fitsSoFar() - before).as("trainings of the second try").isZero();
            assertThat(again.tracks()).isNotEmpty();
        }
    }

    @Test
    void withoutKeptModelsEveryExportTrainsAgain(@TempDir Path dir) throws Exception {
        ExperimentSpec spec = LabelledSample.multiLabel(List.of(new ModelSpec(null, "BR", "J48", "", "", "PCut1")));
        long before = TrainedModel.fitsSoFar();
        PredictionService.exportModel(project, spec, spec.models().get(0), null, dir.resolve("a.model"),
                TaskContext.silent());
        PredictionService.exportModel(project, spec, spec.models().get(0), null, dir.resolve("b.model"),
                TaskContext.silent());
        assertThat(TrainedModel.fitsSoFar() - before).isEqualTo(2);
    }

    @Test
    void closingLetsGoOfEveryModelAndOfThoseKeptAfterwards() throws Exception {
        ExperimentSpec spec = LabelledSample.multiLabel(List.of(new ModelSpec(null, "BR", "J48", "", "", "PCut1")));
        KeptModels kept = new KeptModels();
        new ExperimentRunner(2).run(project, spec, TaskContext.silent(), kept);
        assertThat(kept.approximateBytes()).isPositive();
        kept.close();
        assertThat(kept.isEmpty()).isTrue();
        assertThat(kept.approximateBytes()).isZero();
        assertThat(kept.describe()).isEqualTo("none");
        PredictionService.refit(project, spec, spec.models().get(0), kept, TaskContext.silent());
        assertThat(kept.refits()).isZero();
    }

    private static Project withoutPlaylistGenre(Project source, Set<String> trackIds) {
        Project copy = source.snapshot();
        List<Playlist> stripped = new ArrayList<>();
        for (Playlist p : source.playlists().values()) {
            stripped.add(new Playlist(p.id(), p.name(), p.query(), p.genre(), p.owner(),
                    p.trackIds().stream().filter(id -> !trackIds.contains(id)).toList(), p.tags(), p.source()));
        }
        copy.putPlaylists(stripped);
        return copy;
    }
}
