package org.genreworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.spec.ModelSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Experiments saved by format 3 keep the 255 histogram bins their LightGBM models ran with. */
class LightGbmBinsMigrationTest {

    private static final String FORMAT_3_EXPERIMENTS = """
            [ {
              "id" : "e1", "name" : "genres", "created" : "2026-11-24T10:15:30Z",
              "spec" : {
                "name" : "genres",
                "dataset" : { "target" : "playlistGenre", "labelScheme" : null, "features" : [ "danceability", "energy" ],
                              "standardise" : true, "logSkewed" : false, "oneHot" : false, "dropMissing" : true },
                "split" : { "kind" : "holdout", "testFraction" : 0.25, "secondOrder" : false },
                "models" : [
                  { "name" : "boosted", "method" : "WEKA", "base" : "LightGBM", "methodOptions" : "", "baseOptions" : "", "threshold" : "PCut1" },
                  { "name" : "forest", "method" : "WEKA", "base" : "FastForest", "methodOptions" : "", "baseOptions" : "-trees 50", "threshold" : "PCut1" },
                  { "name" : "coarse", "method" : "WEKA", "base" : "LightGBM", "methodOptions" : "", "baseOptions" : "-rounds 20 -bins 31", "threshold" : "PCut1" },
                  { "name" : "tree", "method" : "WEKA", "base" : "J48", "methodOptions" : "", "baseOptions" : "-M 4", "threshold" : "PCut1" }
                ],
                "seed" : 7, "grids" : [ ]
              },
              "labels" : [ ], "foldTrackIds" : [ ], "results" : [ ], "versions" : { }
            } ]
            """;

    @TempDir
    Path dir;

    @Test
    void lightGbmModelsThatNamedNoBinsKeepTheBinsTheyRanWith() throws Exception {
        Experiment experiment = new WorkspaceReader().open(format3File()).experiments().get(0);

        List<String> options = experiment.spec().models().stream().map(ModelSpec::baseOptions).toList();
        assertThat(options).containsExactly("-bins 255", "-trees 50 -bins 255", "-rounds 20 -bins 31", "-M 4");
    }

    @Test
    void theUpgradedExperimentIsSavedInTheCurrentFormat() throws Exception {
        Path file = format3File();
        var project = new WorkspaceReader().open(file);
        Path saved = dir.resolve("saved.gwb");
        new WorkspaceWriter().save(project, saved);

        Map<String, byte[]> entries = ZipBytes.unzip(Files.readAllBytes(saved));
        assertThat(new String(entries.get(WorkspaceFormat.MANIFEST), StandardCharsets.UTF_8))
                .contains("\"formatVersion\" : " + WorkspaceFormat.CURRENT_VERSION);
        // opening the saved file again changes nothing more
        assertThat(new WorkspaceReader().open(saved).experiments().get(0).spec())
                .isEqualTo(project.experiments().get(0).spec());
    }

    private Path format3File() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(WorkspaceFormat.MANIFEST, utf8("{\"format\":\"genre-workbench-workspace\",\"formatVersion\":3}"));
        entries.put(WorkspaceFormat.TRACKS, utf8("id,name,artist_ids\nt1,One,a1\n"));
        entries.put(WorkspaceFormat.ARTISTS, utf8("id,name,genres\na1,One,pop\n"));
        entries.put(WorkspaceFormat.EXPERIMENTS, utf8(FORMAT_3_EXPERIMENTS));
        Path file = dir.resolve("format3.gwb");
        Files.write(file, ZipBytes.zip(entries));
        return file;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
