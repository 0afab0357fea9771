package org.genreworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import okhttp3.mockwebserver.MockWebServer;
import org.genreworkbench.ingest.spotify.FakeServices;
import org.genreworkbench.ingest.spotify.ListenedTracks;
import org.genreworkbench.model.Project;
import org.genreworkbench.workspace.WorkspaceReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest command against the local stand-in for Spotify, ReccoBeats and MusicBrainz. */
class IngestCommandTest {
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    @AfterEach
    void restore() throws Exception {
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
        Path ws = dir.resolve("ingested.gwb");

        CliRun run = CliRun.of("ingest", "--into", ws.toString(), "--queries", "rock,jazz", "--playlists-per-query", "2",
                "--min-tracks", "2", "--spotify-api", base, "--spotify-accounts", base, "--reccobeats", base,
                "--musicbrainz", base, "--client-id", "cli-app", "--client-secret", "cli-secret");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode summary = run.json();
        assertThat(summary.get("tracks").asInt()).isEqualTo(5);
        assertThat(summary.get("new_tracks").asInt()).isEqualTo(5);
        assertThat(summary.get("errors").asInt()).isZero();
        assertThat(summary.get("requests").asInt()).isPositive();
        assertThat(summary.path("capabilities").path("audio_features").asBoolean()).isFalse();
        assertThat(summary.path("coverage").path("audio_features").path("RECCOBEATS").asDouble()).isEqualTo(0.8);

        Project saved = new WorkspaceReader().open(ws);
        assertThat(saved.tracks()).hasSize(5);
        assertThat(saved.ingestState().pendingPlaylistIds()).isEmpty();
        assertThat(run.err()).doesNotContain("cli-secret");
        assertThat(run.out()).doesNotContain("cli-secret");
        try (var zip = new java.util.zip.ZipFile(ws.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                String text = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).as(entry.getName()).doesNotContain("cli-secret").doesNotContain("token-");
            }
        }
    }

    @Test
    void completeFillsInAnImportedListeningHistoryAndSavesIt() throws Exception {
        FakeServices fake = new FakeServices();
        String base = fake.serveOn(server);
        Path ws = dir.resolve("mine.gwb");
        Path history = ListenedTracks.write(dir);
        assertThat(CliRun.of("import", history.toString(), "--into", ws.toString()).code()).isZero();

        CliRun run = CliRun.of("ingest", "--into", ws.toString(), "--complete", "--reccobeats", base, "--musicbrainz", base,
                "--spotify-api", base + "never", "--spotify-accounts", base + "never");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode out = run.json();
        assertThat(out.get("tracks_asked").asInt()).isEqualTo(5);
        assertThat(out.get("features_found").asInt()).isEqualTo(4);
        assertThat(out.get("without_spotify_id").asInt()).isEqualTo(1);
        assertThat(out.get("artists_asked").asInt()).isEqualTo(4);
        assertThat(out.get("genres_found").asInt()).isEqualTo(1);
        assertThat(out.path("coverage").path("audio_features").path("RECCOBEATS").asDouble()).isCloseTo(4 / 6.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(fake.paths).noneMatch(p -> p.startsWith("/api/token") || p.startsWith("never"));
        Project saved = new WorkspaceReader().open(ws);
        assertThat(saved.tracks().get("t1").featuresSource()).isEqualTo(org.genreworkbench.model.Source.RECCOBEATS);
        assertThat(saved.tracks().get("t1").listening().plays()).isEqualTo(2);
        assertThat(saved.artists().get("name:artist 3").genres()).contains("bebop");

        CliRun again = CliRun.of("ingest", "--into", ws.toString(), "--complete", "--reccobeats", base, "--musicbrainz", base);
        assertThat(again.json().get("artists_asked").asInt()).as("every artist was asked once").isZero();
    }

    @Test
    void completeRefusesAWorkspaceThatDoesNotExist() {
        CliRun run = CliRun.of("ingest", "--into", dir.resolve("none.gwb").toString(), "--complete");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("none.gwb does not exist").contains("import my_spotify_data.zip");
    }
}
