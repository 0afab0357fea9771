package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.DatasetSpec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.genreworkbench.model.Metric;
import org.genreworkbench.ml.engine.CellsFailedException;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.spec.Split;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.workspace.WorkspaceReader;
import org.genreworkbench.workspace.WorkspaceWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real MEKA and Weka training on a small synthetic project. */
class ExperimentRunnerTest {
    private static Project project;

    @BeforeAll
    static void labelledSample() {
        project = LabelledSample.sixLabels();
    }

    static ExperimentSpec multiLabel(List<ModelSpec> models) {
        return LabelledSample.multiLabel(models);
    }

    @Test
    void multiLabelModelsRunOnTheSameFoldsAndBeatChanceOnLearnableData() throws Exception {
        ExperimentSpec spec = multiLabel(List.of(
                new ModelSpec(null, "BR", "J48", "", "", "PCut1"),
                new ModelSpec(null, "CC", "NaiveBayes", "", "", "PCutL"),
                new ModelSpec(null, "LC", "J48", "", "", "0.5")));
        Experiment e = new ExperimentRunner(2).run(project, spec, TaskContext.silent());

        assertThat(e.results()).extracting(Experiment.ModelResult::model)
                .containsExactly("BR + J48", "CC + NaiveBayes", "LC + J48");
        assertThat(e.foldTrackIds()).hasSize(3);
        assertThat(e.labels()).hasSize(6);
        for (Experiment.ModelResult r : e.results()) {
            assertThat(r.folds()).hasSize(3);
            for (Experiment.FoldScore f : r.folds()) {
                assertThat(f.value(Metric.HAMMING_LOSS)).isBetween(0.0, 0.5);
                assertThat(f.value(Metric.F1_MICRO)).isGreaterThan(0.3);
                assertThat(f.perLabelF1()).hasSize(6);
                assertThat(f.trainMs()).isPositive();
            }
        }
        assertThat(e.versions()).containsKeys("java", "weka", "meka");
    }

    @Test
    void neuralNetworksAndEnsemblesTrainToo() throws Exception {
        ExperimentSpec spec = multiLabel(List.of(
                new ModelSpec(null, "BPNN", "J48", "-E 30 -H 10", "", "PCut1"),
                new ModelSpec(null, "ECC", "J48", "-I 3", "", "PCut1"),
                new ModelSpec(null, "RAkEL", "J48", "-k 3 -M 4", "", "PCut1")));
        Experiment e = new ExperimentRunner(2).run(project, spec, TaskContext.silent());
        for (Experiment.ModelResult r : e.results()) {
            assertThat(r.folds().get(0).value(Metric.F1_MICRO)).as(r.model()).isGreaterThan(0.2);
        }
    }

    @Test
    void mlknnRunsThroughMekasMulanWrapper() throws Exception {
        ExperimentSpec spec = multiLabel(List.of(new ModelSpec(null, "MLkNN", "J48", "", "", "PCut1")));
        Experiment e = new ExperimentRunner(2).run(project, spec, TaskContext.silent());
        assertThat(e.results().get(0).folds().get(0).value(Metric.F1_MICRO)).isGreaterThan(0.2);
    }

    @Test
    void theSameSpecGivesTheSameResultsAndSurvivesAWorkspaceRoundTrip(@TempDir Path dir) throws Exception {
        ExperimentSpec spec = multiLabel(List.of(new ModelSpec(null, "BR", "RandomForest", "", "-I 10", "PCut1")));
        Experiment first = new ExperimentRunner(2).run(project, spec, TaskContext.silent());
        Project copy = project.snapshot();
        copy.putExperiment(first);
        Path file = dir.resolve("experiment.gwb");
        new WorkspaceWriter().save(copy, file);
        Project loaded = new WorkspaceReader().open(file);
        Experiment back = loaded.experiments().get(0);
        assertThat(back).isEqualTo(first);

        Experiment again = new ExperimentRunner(1).run(loaded, back.spec(), TaskContext.silent());
        assertThat(again.foldTrackIds()).isEqualTo(first.foldTrackIds());
        for (int f = 0; f < 3; f++) {
            assertThat(again.results().get(0).folds().get(f).metrics())
                    .isEqualTo(first.results().get(0).folds().get(f).metrics());
        }
    }

    @Test
    void singleLabelRunsOnPlaylistGenresReportAccuracy() throws Exception {
        ExperimentSpec spec = new ExperimentSpec("genres",
                new DatasetSpec("playlistGenre", null, null, true, false, false, false), Split.holdout(0.2),
                List.of(new ModelSpec(null, "WEKA", "RandomForest", "", "-I 30", "PCut1"),
                        new ModelSpec(null, "WEKA", "Logistic", "", "", "PCut1")), 1);
        Experiment e = new ExperimentRunner(2).run(project, spec, TaskContext.silent());
        double chance = 1.0 / e.labels().size();
        for (Experiment.ModelResult r : e.results()) {
            assertThat(r.folds()).hasSize(1);
            assertThat(r.folds().get(0).value(Metric.ACCURACY)).as(r.model()).isGreaterThan(chance * 2);
        }
    }

    @Test
    void aCancelStopsTheRun() {
        TaskContext cancelled = TaskContext.of(message -> { }, () -> true);
        ExperimentSpec spec = multiLabel(List.of(new ModelSpec(null, "BR", "J48", "", "", "PCut1")));
        assertThatThrownBy(() -> new ExperimentRunner(2).run(project, spec, cancelled))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void aCellThatFailsIsNamedByModelAndFoldAndTheOthersKeepTheirResults() {
        ExperimentSpec spec = multiLabel(List.of(
                new ModelSpec(null, "BR", "J48", "", "", "PCut1"),
                new ModelSpec("broken RAkEL", "RAkEL", "J48", "-no-such-option 3", "", "PCut1")));
        assertThatThrownBy(() -> new ExperimentRunner(2).run(project, spec, TaskContext.silent()))
                .isInstanceOfSatisfying(CellsFailedException.class, e -> {
                    assertThat(e.getMessage()).startsWith("3 of 6 cells failed: model 'broken RAkEL', fold 1: ")
                            .contains("-no-such-option");
                    assertThat(e.failures()).extracting(CellsFailedException.Failure::model, CellsFailedException.Failure::fold)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("broken RAkEL", 0),
                                    org.assertj.core.groups.Tuple.tuple("broken RAkEL", 1),
                                    org.assertj.core.groups.Tuple.tuple("broken RAkEL", 2));
                    assertThat(e.completed().results()).extracting(Experiment.ModelResult::model)
                            .containsExactly("BR + J48");
                    assertThat(e.completed().results().get(0).folds()).hasSize(3)
                            .allSatisfy(f -> assertThat(f.value(Metric.F1_MICRO)).isGreaterThan(0.3));
                });
    }

    @Test
    void aSpecWithoutAnActiveSchemeSaysWhatIsMissing() {
        Project bare = SampleGenerator.generate(new SampleSpec(1, 100, 50, 30));
        ExperimentSpec spec = multiLabel(List.of(new ModelSpec(null, "BR", "J48", "", "", "PCut1")));
        assertThatThrownBy(() -> new ExperimentRunner(1).run(bare, spec, TaskContext.silent()))
                .hasMessageContaining("no label scheme is active");
    }
}
