package org.genreworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.genreworkbench.workspace.WorkspaceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    @Test
    void infoPrintsTheSampleWorkspaceAsOneJsonObject() throws Exception {
        CliRun run = run("info", "sample-data/sample-workspace.gwb");
        assertThat(run.code()).isZero();
        JsonNode info = run.json();
        assertThat(info.get("formatVersion").asInt()).isEqualTo(WorkspaceFormat.CURRENT_VERSION);
        assertThat(info.get("tracks").asInt()).isEqualTo(5_000);
        assertThat(info.get("artists").asInt()).isEqualTo(1_500);
        assertThat(info.get("tags").asInt()).isGreaterThanOrEqualTo(300);
        assertThat(info.get("playlists").asInt()).isPositive();
        assertThat(info.has("labelSchemes")).isTrue();
        assertThat(info.has("experiments")).isTrue();
    }

    @Test
    void generateSampleThenInfoAgree() throws Exception {
        Path file = dir.resolve("small.gwb");
        CliRun gen = run("generate-sample", file.toString(), "--tracks", "300", "--artists", "100", "--tags", "50", "--seed", "4");
        assertThat(gen.code()).isZero();
        JsonNode info = run("info", file.toString()).json();
        assertThat(info.get("tracks").asInt()).isEqualTo(300);
        assertThat(info.get("artists").asInt()).isEqualTo(100);
    }

    @Test
    void aDamagedWorkspaceExitsNonZeroWithOneLine() throws Exception {
        Path file = dir.resolve("bad.gwb");
        Files.writeString(file, "nope");
        CliRun run = run("info", file.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("error: bad.gwb: not a workspace file").doesNotContain("\n");
    }

    @Test
    void clusterSuggestsBalancedSchemesAndCutsDynamicallyPrintingEvenness() throws Exception {
        Path file = dir.resolve("s.gwb");
        assertThat(run("generate-sample", file.toString(), "--tracks", "1500", "--artists", "500", "--tags", "150",
                "--seed", "3").code()).isZero();
        CliRun suggest = run("cluster", file.toString(), "--suggest", "6-9", "--save", "suggested");
        assertThat(suggest.code()).as(suggest.err()).isZero();
        JsonNode figures = suggest.json();
        assertThat(figures.get("clusters").asInt()).isBetween(6, 9);
        assertThat(figures.get("evenness").asDouble()).isBetween(0.0, 1.0);
        assertThat(figures.get("flat_same_count").get("evenness").asDouble()).isBetween(0.0, 1.0);
        assertThat(suggest.out()).contains("suggestion: ");
        assertThat(run("info", file.toString()).json().get("labelSchemes").asInt()).isEqualTo(1);

        JsonNode dynamic = run("cluster", file.toString(), "--dynamic", "hybrid", "--min-cluster-size", "4").json();
        assertThat(dynamic.get("method").asText()).startsWith("dynamic (hybrid, min. 4 tags");
        assertThat(dynamic.get("evenness").asDouble()).isPositive();

        CliRun backwards = run("cluster", file.toString(), "--suggest", "9-6");
        assertThat(backwards.code()).isEqualTo(1);
        assertThat(backwards.err()).contains("--suggest 9-6").contains("the smaller first");
    }

    @Test
    void anUnrecognisedFileStopsTheImportUnlessSkipUnrecognisedIsGiven() throws Exception {
        Path tracks = Files.writeString(dir.resolve("tracks.csv"), "trackId,trackName\nt1,One\n");
        Path odd = Files.writeString(dir.resolve("extra.csv"), "Song Titel,bpm\nOne,120\n");
        Path ws = dir.resolve("ws.gwb");

        CliRun refused = run("import", tracks.toString(), odd.toString(), "--into", ws.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().strip()).startsWith("error: extra.csv is not recognised")
                .contains("Its header: Song Titel, bpm").contains("--skip-unrecognised").doesNotContain("\n");
        assertThat(ws).doesNotExist();

        CliRun skipped = run("import", tracks.toString(), odd.toString(), "--into", ws.toString(), "--skip-unrecognised");
        assertThat(skipped.code()).isZero();
        JsonNode summary = skipped.json();
        assertThat(summary.get("tracks").asInt()).isEqualTo(1);
        assertThat(summary.get("unrecognised_files").asInt()).isEqualTo(1);
        assertThat(skipped.err()).contains("left out: extra.csv is not recognised");
    }

    @Test
    void exportWritesMekaOrWekaArffAndTheFilteredTracksAsCsv() throws Exception {
        Path ws = dir.resolve("small.gwb");
        assertThat(run("generate-sample", ws.toString(), "--tracks", "300", "--artists", "100", "--tags", "50", "--seed", "4")
                .code()).isZero();
        assertThat(run("cluster", ws.toString(), "--clusters", "5", "--min-support", "2", "--save", "five").code()).isZero();

        JsonNode meka = run("export", ws.toString(), "--arff", dir.resolve("five.arff").toString()).json();
        assertThat(meka.get("format").asText()).isEqualTo("meka");
        assertThat(meka.get("labels").asInt()).isEqualTo(5);
        assertThat(Files.readAllLines(dir.resolve("five.arff"))).contains("@relation 'five: -C 5'");

        JsonNode weka = run("export", ws.toString(), "--arff", dir.resolve("genre.arff").toString(), "--target", "GENRE",
                "--features", "energy,tempo").json();
        assertThat(weka.get("format").asText()).isEqualTo("weka");
        assertThat(weka.get("features").asInt()).isEqualTo(2);

        JsonNode all = run("export", ws.toString(), "--csv", dir.resolve("all.csv").toString()).json();
        assertThat(all.get("rows").asInt()).isEqualTo(300);
        assertThat(Files.readAllLines(dir.resolve("all.csv"))).hasSize(301);

        CliRun neither = run("export", ws.toString());
        assertThat(neither.code()).isNotZero();
        assertThat(neither.err()).contains("give one of --arff FILE or --csv FILE");
        CliRun badFeature = run("export", ws.toString(), "--arff", dir.resolve("x.arff").toString(), "--features", "loudnes");
        assertThat(badFeature.err()).contains("unknown feature 'loudnes'");
        assertThat(dir.resolve("x.arff")).doesNotExist();
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
