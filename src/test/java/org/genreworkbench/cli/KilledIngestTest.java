package org.genreworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.genreworkbench.ingest.spotify.FakeServices;
import org.genreworkbench.model.Project;
import org.genreworkbench.workspace.WorkspaceReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ingest} command in a real child JVM, killed with SIGKILL at random moments of its run and then
 * run again: it resumes, and ends with the same workspace as a run that was never interrupted.
 */
class KilledIngestTest {
    private static final int KILLS = 10;
    private final MockWebServer server = new MockWebServer();
    private final java.util.concurrent.atomic.AtomicLong firstRequestNanos = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong lastRequestNanos = new java.util.concurrent.atomic.AtomicLong();
    private String base;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        FakeServices fake = new FakeServices();
        fake.audioFeaturesClosed = true;
        // Answers take a little while, as over a real network, so that a run lasts long enough to be cut.
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                firstRequestNanos.compareAndSet(0, System.nanoTime());
                lastRequestNanos.set(System.nanoTime());
                return fake.dispatch(request).setHeadersDelay(60, TimeUnit.MILLISECONDS);
            }
        });
        server.start();
        base = server.url("/").toString();
        fake.base(base);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void anIngestKilledAtRandomMomentsAndResumedEndsAsAnUninterruptedOne() throws Exception {
        Path reference = dir.resolve("reference.gwb");
        assertThat(ingestHere(reference)).isZero();
        // The stretch from its first request to its last: where the run reads, writes and saves.
        long runMillis = (lastRequestNanos.get() - firstRequestNanos.get()) / 1_000_000 + 100;
        Project expected = new WorkspaceReader().open(reference);
        assertThat(expected.tracks()).hasSize(5);
        assertThat(expected.ingestState().pendingPlaylistIds()).isEmpty();

        Random random = new Random(17);
        Map<String, Integer> leftAtKill = new TreeMap<>();
        for (int round = 0; round < KILLS; round++) {
            Path ws = dir.resolve("killed-" + round + ".gwb");
            firstRequestNanos.set(0);
            Process child = ingest(ws);
            // Anywhere from its first request to just after its last (the final save).
            while (firstRequestNanos.get() == 0 && child.isAlive()) {
                Thread.sleep(1);
            }
            Thread.sleep((long) (runMillis * random.nextDouble()));
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            leftAtKill.merge(state(ws), 1, Integer::sum);

            // Resumed in this JVM: the same command, and a second child start saved per round.
            assertThat(ingestHere(ws)).as("resuming round %d", round).isZero();
            Project project = new WorkspaceReader().open(ws);
            assertThat(project.tracks()).as("round %d", round).isEqualTo(expected.tracks());
            assertThat(project.artists()).as("round %d", round).isEqualTo(expected.artists());
            assertThat(project.playlists()).as("round %d", round).isEqualTo(expected.playlists());
            assertThat(project.ingestState()).as("round %d", round).isEqualTo(expected.ingestState());
        }
        System.out.println("ingest killed " + KILLS + " times (run " + runMillis + " ms); left at the kill: " + leftAtKill);
        // The kills landed at different points of the run: before the first save and between playlists.
        assertThat(leftAtKill.size()).as("states left by the kills: %s", leftAtKill).isGreaterThanOrEqualTo(2);
    }

    /** What a killed run left: no workspace yet, or how many playlists were still to read. */
    private static String state(Path ws) throws IOException {
        if (!Files.exists(ws)) {
            return "no workspace";
        }
        Project p = new WorkspaceReader().open(ws);
        return p.playlists().isEmpty() ? "empty" : p.ingestState().pendingPlaylistIds().size() + " playlists pending";
    }

    private List<String> arguments(Path ws) {
        return List.of("ingest", "--into", ws.toString(), "--queries", "rock,jazz", "--playlists-per-query", "2",
                "--min-tracks", "2", "--spotify-api", base, "--spotify-accounts", base, "--reccobeats", base,
                "--musicbrainz", base);
    }

    /** The same command in this JVM; the child gets its credentials from the environment, this one as options. */
    private int ingestHere(Path ws) {
        List<String> args = new ArrayList<>(arguments(ws));
        args.addAll(List.of("--client-id", "kill-app", "--client-secret", "kill-secret"));
        return CliRun.of(args.toArray(String[]::new)).code();
    }

    private Process ingest(Path ws) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), Cli.class.getName()));
        command.addAll(arguments(ws));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("ingest.out").toFile())
                .redirectError(dir.resolve("ingest.err").toFile());
        builder.environment().put("SPOTIFY_CLIENT_ID", "kill-app");
        builder.environment().put("SPOTIFY_CLIENT_SECRET", "kill-secret");
        return builder.start();
    }
}
