package org.genreworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genreworkbench.ml.ExperimentRunner;
import org.genreworkbench.ml.LabelledSample;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.workspace.WorkspaceReader;
import org.genreworkbench.workspace.WorkspaceWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code predict}: a kept experiment's model predicts the unlabelled tracks, to CSV and to a predicted scheme. */
class PredictCommandTest {

    @Test
    void predictsTheUnlabelledTracksWritesThemAndKeepsThemAsAPredictedScheme(@TempDir Path dir) throws Exception {
        Project project = withJ48Experiment();
        Path ws = saved(project, dir);
        Path csv = dir.resolve("predicted.csv");

        CliRun run = CliRun.of("predict", ws.toString(), "--model", "BR + J48", "--csv", csv.toString(),
                "--save", "guessed");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = run.json();
        int predicted = json.get("predicted_tracks").asInt();
        assertThat(predicted).isPositive();
        assertThat(json.get("labelled_tracks").asInt() + predicted + json.get("without_features").asInt())
                .isEqualTo(project.tracks().size());
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(predicted + 1);
        assertThat(lines.get(0)).startsWith("track_id,name,artists,predicted,").contains("p[");
        LabelScheme scheme = new WorkspaceReader().open(ws).labelSchemes().stream()
                .filter(s -> s.name().equals("guessed")).findFirst().orElseThrow();
        assertThat(scheme.byModel()).isTrue();
        assertThat(scheme.predicted().experiment()).isEqualTo("tiny");
    }

    @Test
    void anUnknownModelIsRefusedNamingTheExperimentsModels(@TempDir Path dir) throws Exception {
        Path ws = saved(withJ48Experiment(), dir);

        CliRun run = CliRun.of("predict", ws.toString(), "--model", "BR + Nothing");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("the experiment has no model 'BR + Nothing'; its models: [BR + J48]");
    }

    /** The six-label sample with a kept experiment, "tiny", of BR + J48. */
    private static Project withJ48Experiment() throws Exception {
        Project project = LabelledSample.sixLabels();
        project.putExperiment(new ExperimentRunner(2).run(project,
                LabelledSample.multiLabel(List.of(new ModelSpec(null, "BR", "J48", "", "", "PCut1"))),
                TaskContext.silent()));
        return project;
    }

    private static Path saved(Project project, Path dir) throws Exception {
        Path ws = dir.resolve("ws.gwb");
        new WorkspaceWriter().save(project, ws);
        return ws;
    }
}
