package org.genreworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        Run run = run("info", "sample-data/sample-workspace.gwb");
        assertThat(run.code).isZero();
        JsonNode info = lastLineJson(run.out);
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
        Run gen = run("generate-sample", file.toString(), "--tracks", "300", "--artists", "100", "--tags", "50", "--seed", "4");
        assertThat(gen.code).isZero();
        JsonNode info = lastLineJson(run("info", file.toString()).out);
        assertThat(info.get("tracks").asInt()).isEqualTo(300);
        assertThat(info.get("artists").asInt()).isEqualTo(100);
    }

    @Test
    void aDamagedWorkspaceExitsNonZeroWithOneLine() throws Exception {
        Path file = dir.resolve("bad.gwb");
        Files.writeString(file, "nope");
        Run run = run("info", file.toString());
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err.strip()).startsWith("error: bad.gwb: not a workspace file").doesNotContain("\n");
    }

    @Test
    void clusterSuggestsBalancedSchemesAndCutsDynamicallyPrintingEvenness() throws Exception {
        Path file = dir.resolve("s.gwb");
        assertThat(run("generate-sample", file.toString(), "--tracks", "1500", "--artists", "500", "--tags", "150",
                "--seed", "3").code).isZero();
        Run suggest = run("cluster", file.toString(), "--suggest", "6-9", "--save", "suggested");
        assertThat(suggest.code).as(suggest.err).isZero();
        JsonNode figures = lastLineJson(suggest.out);
        assertThat(figures.get("clusters").asInt()).isBetween(6, 9);
        assertThat(figures.get("evenness").asDouble()).isBetween(0.0, 1.0);
        assertThat(figures.get("flat_same_count").get("evenness").asDouble()).isBetween(0.0, 1.0);
        assertThat(suggest.out).contains("suggestion: ");
        assertThat(lastLineJson(run("info", file.toString()).out).get("labelSchemes").asInt()).isEqualTo(1);

        JsonNode dynamic = lastLineJson(run("cluster", file.toString(), "--dynamic", "hybrid", "--min-cluster-size", "4").out);
        assertThat(dynamic.get("method").asText()).startsWith("dynamic (hybrid, min. 4 tags");
        assertThat(dynamic.get("evenness").asDouble()).isPositive();

        Run backwards = run("cluster", file.toString(), "--suggest", "9-6");
        assertThat(backwards.code).isEqualTo(1);
        assertThat(backwards.err).contains("--suggest 9-6").contains("the smaller first");
    }

    private static JsonNode lastLineJson(String out) throws Exception {
        String[] lines = out.strip().split("\n");
        return new ObjectMapper().readTree(lines[lines.length - 1]);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Cli.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
