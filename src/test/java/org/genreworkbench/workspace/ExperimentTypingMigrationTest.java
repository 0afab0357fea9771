package org.genreworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.spec.BaseLearner;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.Method;
import org.genreworkbench.model.spec.Split;
import org.genreworkbench.model.spec.Target;
import org.genreworkbench.model.spec.Threshold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Experiments saved by format 2, definition as JSON text and time as text, open in format 3 typed. */
class ExperimentTypingMigrationTest {

    /** What format 2 wrote: the spec as ExperimentSpec.toJson gave it, inside a string. */
    private static final String FORMAT_2_EXPERIMENTS = """
            [ {
              "id" : "e1",
              "name" : "genres",
              "created" : "2026-11-24T10:15:30.123456Z",
              "spec" : "{\\n  \\"name\\" : \\"genres\\",\\n  \\"dataset\\" : {\\n    \\"target\\" : \\"playlistGenre\\",\\n    \\"labelScheme\\" : null,\\n    \\"features\\" : [ \\"danceability\\", \\"energy\\" ],\\n    \\"standardise\\" : true,\\n    \\"logSkewed\\" : false,\\n    \\"oneHot\\" : false,\\n    \\"dropMissing\\" : true\\n  },\\n  \\"split\\" : {\\n    \\"kind\\" : \\"holdout\\",\\n    \\"testFraction\\" : 0.25,\\n    \\"secondOrder\\" : false\\n  },\\n  \\"models\\" : [ {\\n    \\"name\\" : \\"J48\\",\\n    \\"method\\" : \\"WEKA\\",\\n    \\"base\\" : \\"J48\\",\\n    \\"methodOptions\\" : \\"\\",\\n    \\"baseOptions\\" : \\"-M 4\\",\\n    \\"threshold\\" : \\"0.4\\"\\n  } ],\\n  \\"seed\\" : 7,\\n  \\"grids\\" : [ ]\\n}",
              "labels" : [ "pop", "rock" ],
              "foldTrackIds" : [ [ "t1" ] ],
              "results" : [ ],
              "versions" : { "weka" : "3.9.6" }
            }, {
              "id" : "e2",
              "name" : "in Paris",
              "created" : "2026-11-24T11:00:00+01:00",
              "spec" : "{\\"dataset\\": {}, \\"models\\": [{\\"method\\": \\"CC\\", \\"base\\": \\"NaiveBayes\\"}]}",
              "labels" : [ ],
              "foldTrackIds" : [ ],
              "results" : [ ],
              "versions" : { }
            } ]
            """;

    @TempDir
    Path dir;

    @Test
    void aFormat2ExperimentOpensWithItsDefinitionAndTimeTyped() throws Exception {
        Project project = new WorkspaceReader().open(format2File(FORMAT_2_EXPERIMENTS));

        Experiment genres = project.experiments().get(0);
        assertThat(genres.created()).isEqualTo(Instant.parse("2026-11-24T10:15:30.123456Z"));
        ExperimentSpec spec = genres.spec();
        assertThat(spec.name()).isEqualTo("genres");
        assertThat(spec.seed()).isEqualTo(7);
        assertThat(spec.dataset().target()).isEqualTo(Target.PLAYLIST_GENRE);
        assertThat(spec.dataset().features()).containsExactly("danceability", "energy");
        assertThat(spec.split()).isEqualTo(Split.holdout(0.25));
        assertThat(spec.models()).singleElement().satisfies(m -> {
            assertThat(m.method()).isEqualTo(Method.WEKA);
            assertThat(m.base()).isEqualTo(BaseLearner.J48);
            assertThat(m.baseOptions()).isEqualTo("-M 4");
            assertThat(m.threshold()).isEqualTo(new Threshold.Fixed(0.4));
        });
        // the same definition as the text it was, read as a spec file is
        assertThat(spec).isEqualTo(ExperimentSpec.fromJson(spec.toJson()));
        assertThat(genres.createdText()).isEqualTo("2026-11-24 10:15:30");
    }

    @Test
    void aTimeWithAnOffsetBecomesTheSameInstantInUtc() throws Exception {
        Experiment paris = new WorkspaceReader().open(format2File(FORMAT_2_EXPERIMENTS)).experiments().get(1);

        assertThat(paris.created()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
        assertThat(paris.spec().models()).singleElement().satisfies(m -> assertThat(m.name()).isEqualTo("CC + NaiveBayes"));
    }

    @Test
    void theUpgradedFileIsSavedInTheCurrentFormatAndOpensAgainUnchanged() throws Exception {
        Project opened = new WorkspaceReader().open(format2File(FORMAT_2_EXPERIMENTS));
        Path saved = dir.resolve("saved.gwb");
        new WorkspaceWriter().save(opened, saved);

        assertThat(new WorkspaceReader().open(saved).experiments()).isEqualTo(opened.experiments());
    }

    @Test
    void aDefinitionThatIsNotJsonIsRefusedNamingTheExperiment() throws Exception {
        Path file = format2File(FORMAT_2_EXPERIMENTS.replace("\"{\\\"dataset\\\": {}, ", "\"{not json "));

        assertThatThrownBy(() -> new WorkspaceReader().open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("experiments.json at [1] ('in Paris') spec: is not a JSON experiment definition");
    }

    @Test
    void aTimeThatIsNoDateIsRefusedNamingTheExperiment() throws Exception {
        Path file = format2File(FORMAT_2_EXPERIMENTS.replace("2026-11-24T10:15:30.123456Z", "last Tuesday"));

        assertThatThrownBy(() -> new WorkspaceReader().open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("experiments.json at [0] ('genres') created: 'last Tuesday' is not a date and time");
    }

    @Test
    void aDefinitionTheWorkbenchCannotRunIsRefusedNamingItsPlace() throws Exception {
        Path file = format2File(FORMAT_2_EXPERIMENTS.replace("\\\"0.4\\\"", "\\\"high\\\""));

        assertThatThrownBy(() -> new WorkspaceReader().open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("experiments.json at [0] ('genres') spec: models[0].threshold: threshold must be")
                .hasMessageContaining("not 'high'");
    }

    private Path format2File(String experiments) throws Exception {
        Path file = dir.resolve("format2.gwb");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, WorkspaceFormat.MANIFEST, "{\"format\":\"genre-workbench-workspace\",\"formatVersion\":2}");
            put(zip, WorkspaceFormat.TRACKS, "id,name,artist_ids\nt1,One,a1\n");
            put(zip, WorkspaceFormat.ARTISTS, "id,name,genres\na1,One,pop\n");
            put(zip, WorkspaceFormat.EXPERIMENTS, experiments);
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
