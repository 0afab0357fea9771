package org.genreworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.workspace.WorkspaceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code experiment … --engine spark --master local[2]} as a script runs it, against the same run on this computer. */
class SparkExperimentCommandTest {
    @TempDir
    Path dir;

    @Test
    void theSameSpecOnSparkKeepsTheSameScoresInTheWorkspace() throws Exception {
        Path here = sample("here.gwb");
        Path onSpark = sample("spark.gwb");
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, """
                {
                  "name": "two learners",
                  "dataset": {"target": "playlistGenre", "features": ["danceability", "energy", "loudness", "tempo",
                      "valence", "acousticness"], "standardise": true, "dropMissing": true},
                  "split": {"kind": "kfold", "folds": 3},
                  "models": [{"method": "WEKA", "base": "J48"}, {"method": "WEKA", "base": "RandomForest", "baseOptions": "-I 10"}],
                  "seed": 4
                }
                """);

        CliRun local = CliRun.of("experiment", here.toString(), "--spec", spec.toString(), "--save");
        CliRun spark = CliRun.of("experiment", onSpark.toString(), "--spec", spec.toString(), "--save",
                "--engine", "spark", "--master", "local[2]");

        assertThat(local.code()).as(local.err()).isZero();
        assertThat(spark.code()).as(spark.err()).isZero();
        assertThat(spark.err()).contains("Spark local[2]: ").contains(" of 6 cells");
        var sparkMeans = spark.json();
        local.json().fields().forEachRemaining(model -> assertThat(sparkMeans.get(model.getKey()).get("accuracy"))
                .as(model.getKey()).isEqualTo(model.getValue().get("accuracy")));
        Experiment a = new WorkspaceReader().open(here).experiments().get(0);
        Experiment b = new WorkspaceReader().open(onSpark).experiments().get(0);
        assertThat(b.versions()).containsEntry("engine", "Spark local[2]");
        assertThat(b.results()).hasSize(2);
        for (int m = 0; m < 2; m++) {
            for (int k = 0; k < 3; k++) {
                assertThat(b.results().get(m).folds().get(k).metrics()).isEqualTo(a.results().get(m).folds().get(k).metrics());
            }
        }
    }

    @Test
    void aMasterThatIsNoUrlIsRefusedNamingIt() throws Exception {
        Path ws = sample("bad-master.gwb");
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, """
                {"dataset": {"target": "playlistGenre"}, "models": [{"method": "WEKA", "base": "J48"}]}
                """);
        CliRun run = CliRun.of("experiment", ws.toString(), "--spec", spec.toString(), "--master", "sparky://nowhere");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("error: Spark master 'sparky://nowhere' is not a master URL");
    }

    private Path sample(String name) {
        Path ws = dir.resolve(name);
        CliRun generated = CliRun.of("generate-sample", ws.toString(), "--tracks", "1200", "--artists", "400", "--tags", "120", "--seed", "3");
        assertThat(generated.code()).as(generated.err()).isZero();
        return ws;
    }
}
