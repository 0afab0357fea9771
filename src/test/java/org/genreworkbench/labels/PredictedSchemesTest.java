package org.genreworkbench.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.genreworkbench.ml.DatasetBuilder;
import org.genreworkbench.model.spec.DatasetSpec;
import org.genreworkbench.ml.ExperimentRunner;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.ml.LabelledSample;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.ml.PredictionService;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Predictions;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.workspace.WorkspaceFormat;
import org.genreworkbench.workspace.WorkspaceReader;
import org.genreworkbench.workspace.WorkspaceWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Predictions kept as a label scheme: marked, never taken for tag labels, and kept whole by the workspace file. */
class PredictedSchemesTest {
    private static Project project;
    private static Predictions predictions;

    @BeforeAll
    static void predict() throws Exception {
        project = LabelledSample.sixLabels();
        ExperimentSpec spec = LabelledSample.multiLabel(List.of(new ModelSpec(null, "BR", "J48", "", "", "PCut1")));
        Experiment experiment = new ExperimentRunner(2).run(project, spec, TaskContext.silent());
        project.putExperiment(experiment);
        predictions = PredictionService.predict(project, experiment, "BR + J48", null, TaskContext.silent());
    }

    @Test
    void aSavedPredictionLabelsThePredictedTracksAndLeavesTheActiveSchemeAlone() {
        Project copy = project.snapshot();
        LabelScheme scheme = PredictedSchemes.save(copy, "guessed", predictions);
        assertThat(copy.activeLabelScheme()).isEqualTo("six");
        assertThat(scheme.byModel()).isTrue();
        assertThat(scheme.predicted().model()).isEqualTo("BR + J48");
        Predictions.Track first = predictions.tracks().stream().filter(t -> !t.labels().isEmpty()).findFirst().orElseThrow();
        assertThat(scheme.labelsOf(copy.track(first.trackId()), copy)).containsExactlyElementsOf(first.labels());
        // A track labelled by tags is not labelled by the prediction.
        String tagged = DatasetBuilder.build(copy, new DatasetSpec("labelScheme", null, null, true, true, false, false))
                .trackIds().get(0);
        assertThat(scheme.labelsOf(copy.track(tagged), copy)).isEmpty();
    }

    @Test
    void anExperimentRefusesAPredictedSchemeAsItsTargetNamingIt() {
        Project copy = project.snapshot();
        PredictedSchemes.save(copy, "guessed", predictions);
        assertThatThrownBy(() -> DatasetBuilder.build(copy,
                new DatasetSpec("labelScheme", "guessed", null, true, true, false, false)))
                .hasMessageContaining("label scheme 'guessed' holds labels predicted by BR + J48")
                .hasMessageContaining("not labels from tags");
        copy.setActiveLabelScheme("guessed");
        assertThatThrownBy(() -> DatasetBuilder.build(copy,
                new DatasetSpec("labelScheme", null, null, true, true, false, false)))
                .hasMessageContaining("'guessed' holds labels predicted");
    }

    @Test
    void aNameOfASchemeMadeFromTagsIsRefused() {
        Project copy = project.snapshot();
        assertThatThrownBy(() -> PredictedSchemes.save(copy, "six", predictions))
                .hasMessageContaining("label scheme 'six' is made from tags");
        assertThat(copy.labelSchemes()).noneMatch(LabelScheme::byModel);
    }

    @Test
    void aPredictedSchemeSurvivesTheWorkspaceFileWhole(@TempDir Path dir) throws Exception {
        Project copy = project.snapshot();
        LabelScheme saved = PredictedSchemes.save(copy, "guessed", predictions);
        Path file = dir.resolve("predicted.gwb");
        new WorkspaceWriter().save(copy, file);
        Project reopened = new WorkspaceReader().open(file);
        LabelScheme read = reopened.labelSchemes().stream().filter(s -> s.name().equals("guessed")).findFirst()
                .orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.byModel()).isTrue();
        assertThat(reopened.labelSchemes().stream().filter(s -> s.name().equals("six")).findFirst().orElseThrow()
                .byModel()).isFalse();
        assertThatThrownBy(() -> DatasetBuilder.build(reopened,
                new DatasetSpec("labelScheme", "guessed", null, true, true, false, false)))
                .hasMessageContaining("holds labels predicted");
    }

    @Test
    void aSchemeMadeFromTagsIsStoredInItsOldShape(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tags.gwb");
        new WorkspaceWriter().save(project, file);
        String json = entry(file, WorkspaceFormat.LABEL_SCHEMES);
        assertThat(json).contains("\"tagToLabel\"").doesNotContain("\"predicted\"").doesNotContain("\"trackLabels\"");
    }

    private static String entry(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
