package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.DatasetSpec;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.genreworkbench.model.Metric;
import org.genreworkbench.labels.LabellingService;
import org.genreworkbench.labels.TagTree;
import org.genreworkbench.ml.mlp.TrainedMlp;
import org.genreworkbench.model.ClusteringSettings;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.model.LossCurve;
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

/** The MLP inside experiments: the same folds as the other models, its loss curves kept with the scores. */
class NetworkExperimentTest {
    private static Project project;

    @BeforeAll
    static void labelledSample() {
        project = SampleGenerator.generate(new SampleSpec(12, 900, 300, 120));
        TagTree tree = TagTree.build(project.artists().values(), ClusteringSettings.defaults());
        project.putLabelScheme(new LabellingService().scheme("six", tree, 6, List.<LabelEdit>of()));
        project.setActiveLabelScheme("six");
    }

    @Test
    void anMlpRunsBesideAWekaModelOnTheSameFoldsAndKeepsItsLossCurves(@TempDir Path dir) throws Exception {
        ExperimentSpec spec = ExperimentRunnerTest.multiLabel(List.of(
                new ModelSpec(null, "BR", "J48", "", "", "PCut1"),
                new ModelSpec(null, "MLP", null, "-layers 32,16 -epochs 40", "", "PCut1")));
        Experiment e = new ExperimentRunner(2).run(project, spec, TaskContext.silent());

        Experiment.ModelResult network = e.results().get(1);
        assertThat(network.model()).isEqualTo("MLP");
        assertThat(network.folds()).hasSize(3).allSatisfy(f -> {
            assertThat(f.value(Metric.F1_MICRO)).isGreaterThan(0.3);
            LossCurve curve = f.lossCurve();
            assertThat(curve.epochs()).isBetween(1, 40);
            assertThat(curve.keptEpoch()).isBetween(1, curve.epochs());
            assertThat(curve.validation()).hasSize(curve.epochs());
        });
        assertThat(e.results().get(0).folds()).allSatisfy(f -> assertThat(f.lossCurve()).isNull());

        Project copy = project.snapshot();
        copy.putExperiment(e);
        Path file = dir.resolve("with-network.gwb");
        new WorkspaceWriter().save(copy, file);
        Experiment reopened = new WorkspaceReader().open(file).experiments().get(0);
        assertThat(reopened.results().get(1).folds().get(2).lossCurve()).isEqualTo(network.folds().get(2).lossCurve());
    }

    @Test
    void aNetworkCutsItsLabelsWhereItsOwnValidationRowsSay() throws Exception {
        ExperimentSpec spec = ExperimentRunnerTest.multiLabel(List.of(
                new ModelSpec("per label", "MLP", null, "-layers 32,16 -epochs 40", "", "TunedL"),
                new ModelSpec("one cut", "MLP", null, "-layers 32,16 -epochs 40", "", "Tuned1")));
        Experiment e = new ExperimentRunner(2).run(project, spec, TaskContext.silent());
        for (Experiment.ModelResult model : e.results()) {
            assertThat(model.folds()).hasSize(3).allSatisfy(f -> assertThat(f.value(Metric.F1_MICRO)).isGreaterThan(0.3));
        }
    }

    @Test
    void theSameSpecGivesTheSameNumbersWithFoldsTrainedInParallel() throws Exception {
        ExperimentSpec spec = ExperimentRunnerTest.multiLabel(List.of(
                new ModelSpec(null, "MLP", null, "-layers 16 -epochs 15 -dropout 0.2", "", "PCut1")));
        Experiment first = new ExperimentRunner(2).run(project, spec, TaskContext.silent());
        Experiment second = new ExperimentRunner(2).run(project, spec, TaskContext.silent());
        for (int k = 0; k < 3; k++) {
            assertThat(second.results().get(0).folds().get(k).metrics())
                    .isEqualTo(first.results().get(0).folds().get(k).metrics());
            assertThat(second.results().get(0).folds().get(k).lossCurve())
                    .isEqualTo(first.results().get(0).folds().get(k).lossCurve());
        }
    }

    @Test
    void aSingleLabelRunTakesTheNetworkAsItIs() throws Exception {
        ExperimentSpec spec = new ExperimentSpec("genres", new DatasetSpec("playlistGenre", null, null, true, false, false,
                false), Split.holdout(0.25), List.of(new ModelSpec(null, "WEKA", "J48", "", "", "PCut1"),
                new ModelSpec(null, "MLP", null, "-layers 32", "", "PCut1")), 3);
        Experiment e = new ExperimentRunner(2).run(project, spec, TaskContext.silent());
        assertThat(e.results().get(1).folds().get(0).metrics().get("accuracy")).isGreaterThan(1.5 / e.labels().size());
    }

    @Test
    void anExportedNetworkIsTrainedOnAllRowsAndReloads(@TempDir Path dir) throws Exception {
        ModelSpec mlp = new ModelSpec("net", "MLP", null, "-layers 16 -epochs 10", "", "PCut1");
        ExperimentSpec spec = ExperimentRunnerTest.multiLabel(List.of(mlp));
        assertThat(ModelExport.suggestedFileName(mlp)).isEqualTo("net.params");
        List<Path> files = ModelExport.write(project, spec, mlp, dir.resolve("net.params"));
        assertThat(files).containsExactly(dir.resolve("net-0000.params"), dir.resolve("net.json"));
        Dataset data = DatasetBuilder.build(project, spec.dataset());
        try (TrainedMlp reloaded = TrainedMlp.load(dir, "net")) {
            assertThat(reloaded.architecture().labels()).isEqualTo(data.labels());
            int[] all = java.util.stream.IntStream.range(0, data.rows()).toArray();
            double[][] scores = reloaded.scores(Preprocessor.fit(data, all).transform(data, all));
            assertThat(scores).hasNumberOfRows(data.rows());
        }
    }
}
