package org.genreworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import org.genreworkbench.ingest.spotify.FakeServices;
import org.genreworkbench.model.Project;
import org.genreworkbench.workspace.WorkspaceReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest command against the local stand-in for Spotify, ReccoBeats and MusicBrainz. */
class IngestCommandTest {
    private final MockWebServer server = new MockWebServer();
    private final Map<String, String> realEnvironment = IngestCommand.environment;

    @TempDir
    Path dir;

    @AfterEach
    void restore() throws Exception {
        IngestCommand.environment = realEnvironment;
        server.shutdown();
    }

    @Test
    void ingestsIntoAWorkspaceAndPrintsItsCounts() throws Exception {
        FakeServices fake = new FakeServices();
        fake.audioFeaturesClosed = true;
        server.setDispatcher(fake);
        server.start();
        String base = server.url("/").toString();
        fake.base(base);
        IngestCommand.environment = Map.of("SPOTIFY_CLIENT_ID", "cli-app", "SPOTIFY_CLIENT_SECRET", "cli-secret");
        Path ws = dir.resolve("ingested.gwb");

        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Cli.run("ingest", "--into", ws.toString(), "--queries", "rock,jazz", "--playlists-per-query", "2",
                    "--min-tracks", "2", "--spotify-api", base, "--spotify-accounts", base, "--reccobeats", base,
                    "--musicbrainz", base);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        JsonNode summary = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(summary.get("tracks").asInt()).isEqualTo(5);
        assertThat(summary.get("new_tracks").asInt()).isEqualTo(5);
        assertThat(summary.get("errors").asInt()).isZero();
        assertThat(summary.get("requests").asInt()).isPositive();
        assertThat(summary.path("capabilities").path("audio_features").asBoolean()).isFalse();
        assertThat(summary.path("coverage").path("audio_features").path("RECCOBEATS").asDouble()).isEqualTo(0.8);

        Project saved = new WorkspaceReader().open(ws);
        assertThat(saved.tracks()).hasSize(5);
        assertThat(saved.ingestState().pendingPlaylistIds()).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("cli-secret");
        try (var zip = new java.util.zip.ZipFile(ws.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                String text = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).as(entry.getName()).doesNotContain("cli-secret").doesNotContain("token-");
            }
        }
    }
}
