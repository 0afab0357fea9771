package org.genreworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every benchmark still runs, at a size a test can afford, and prints the figures the README names. */
class BenchTest {

    @Test
    void workspace() throws Exception {
        JsonNode figures = run("workspace", "--tracks", "2000", "--rounds", "1");
        assertThat(figures.get("tracks").asInt()).isEqualTo(2000);
        assertPositive(figures, "file_mb", "heap_mb");
        assertTimed(figures, "save_s", "load_s");
    }

    @Test
    void explore() throws Exception {
        JsonNode figures = run("explore", "--tracks", "2000");
        assertThat(figures.get("tracks").asInt()).isEqualTo(2000);
        assertTimed(figures, "summary_ms", "histograms_ms", "pearson_ms", "spearman_ms");
    }

    @Test
    void clusterAndSplit() throws Exception {
        JsonNode cluster = run("cluster", "--tags", "200", "--artists", "1000");
        assertThat(cluster.get("tags").asInt()).isPositive();
        assertTimed(cluster, "cooccurrence_ms", "linkage_ms", "cut_ms");
        JsonNode split = run("split", "--tracks", "2000", "--labels", "10");
        assertThat(split.get("folds").asInt()).isEqualTo(5);
        assertTimed(split, "split_s");
    }

    @Test
    void ingestServesEveryGeneratedTrackOnce() throws Exception {
        JsonNode figures = run("ingest", "--playlists", "20", "--tracks-per-playlist", "60", "--artists", "300", "--latency-ms", "0");
        assertThat(figures.get("playlists").asInt()).isEqualTo(20);
        assertThat(figures.get("tracks").asInt()).isEqualTo(20 * 60);
        assertThat(figures.get("artists").asInt()).isEqualTo(300);
        assertPositive(figures, "requests");
        assertTimed(figures, "wall_s");
    }

    @Test
    void importAGeneratedFileAndCancelOne() throws Exception {
        JsonNode figures = run("import", "--generate", "3000");
        assertThat(figures.get("rows").asInt()).isEqualTo(3000);
        assertThat(figures.get("tracks").asInt()).isEqualTo(3000);
        assertPositive(figures, "peak_heap_mb");
        assertTimed(figures, "wall_s");
        JsonNode cancelled = run("import", "--generate-mb", "20", "--cancel-after-s", "0.2");
        assertThat(cancelled.has("cancel_ms")).isTrue();
        assertThat(cancelled.has("rows")).as("a cancelled import reads no result").isFalse();
    }

    @Test
    void dataTable() throws Exception {
        JsonNode figures = run("datatable", "--tracks", "3000");
        assertThat(figures.get("tracks").asInt()).isEqualTo(3000);
        assertThat(figures.get("table_rows").asInt()).isEqualTo(3000);
        assertPositive(figures, "heap_mb");
        assertTimed(figures, "open_s", "search_ready_s", "filter_ms_median", "page_ms_median");
    }

    @Test
    void labelsOnThePublicTracks() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("../shared/data/spotify-tracks/data_w_genres.csv")),
                "the public tracks are not beside the project");
        JsonNode figures = run("labels", "--rounds", "1");
        assertThat(figures.get("labels").asInt()).isBetween(8, 16);
        assertThat(figures.get("predictability_model").asText()).isEqualTo("BR + LightGBM");
        assertThat(figures.get("f1_per_label").size()).isEqualTo(figures.get("labels").asInt());
        assertTimed(figures, "tree_ms", "suggest_ms", "predictability_s");
    }

    /** A time is there and not negative; rounded, a quick one may read 0. */
    private static void assertTimed(JsonNode figures, String... keys) {
        for (String key : keys) {
            assertThat(figures.has(key)).as(key).isTrue();
            assertThat(figures.get(key).asDouble()).as(key).isNotNegative();
        }
    }

    private static void assertPositive(JsonNode figures, String... keys) {
        for (String key : keys) {
            assertThat(figures.get(key).asDouble()).as(key).isPositive();
        }
    }

    private static JsonNode run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Bench.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        assertThat(code).as(err.toString()).isZero();
        String[] lines = out.toString().strip().split("\n");
        return new ObjectMapper().readTree(lines[lines.length - 1]);
    }
}
