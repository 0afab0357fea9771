package org.genreworkbench.ingest.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import okhttp3.mockwebserver.MockWebServer;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.workspace.WorkspaceWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Soak: an ingestion over a network where about half the answers go wrong at random (seeded): rate limits
 * with a Retry-After, 500/502/503, connections reset mid-body, slow bodies, JSON cut short, empty bodies, now
 * and then a ban longer than the run waits. Whatever happens, the run (resumed after a stop, as a user would)
 * ends with the same project as on a clean network: every served track once, ReccoBeats and MusicBrainz
 * fallbacks included, MusicBrainz never asked twice within a second, no wait beyond the cap, requests within
 * a budget, and neither the client secret nor a token in any log line, message or workspace.
 */
class FlakyNetworkSoakTest {
    private static final String SECRET = "s3cr3t-of-the-soak";
    private static final int RETRY_AFTER_CAP = 3;
    private static final int FAULT_PERCENT = 50;
    /** Per logical request, the attempts a run may use on this network: generous, but not unbounded. */
    private static final int REQUEST_BUDGET_FACTOR = 8;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20);
    }

    /** What one seed's ingestion gave. */
    private record Outcome(Project project, List<org.genreworkbench.model.Track> delivered, long requests, List<Long> waits,
                           List<String> lines, int resumes, FlakyNetwork network) {
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyServedTrackArrivesOnceWhateverTheNetworkDoes(long seed) throws Exception {
        boolean featuresClosed = seed % 2 == 0;
        boolean batchArtistsClosed = seed % 4 >= 2;
        Outcome clean = ingest(seed, 0, featuresClosed, batchArtistsClosed);
        Outcome flaky = ingest(seed, FAULT_PERCENT, featuresClosed, batchArtistsClosed);

        assertThat(clean.project.tracks()).containsOnlyKeys("t1", "t2", "t3", "t4", "t5");
        // Each track is imported once: a stopped playlist's tracks are kept and a resume may complete them
        // (features, artists), but never hands over the same track again unchanged.
        assertThat(flaky.delivered).as("the same track handed over twice unchanged").doesNotHaveDuplicates();
        assertThat(flaky.delivered.stream().map(org.genreworkbench.model.Track::id).distinct())
                .containsExactlyInAnyOrderElementsOf(clean.project.tracks().keySet());
        flaky.project.playlists().values().forEach(p -> assertThat(p.trackIds()).doesNotHaveDuplicates());
        assertThat(flaky.project.tracks()).isEqualTo(clean.project.tracks());
        assertThat(flaky.project.artists()).isEqualTo(clean.project.artists());
        assertThat(flaky.project.playlists()).isEqualTo(clean.project.playlists());
        assertThat(flaky.project.ingestState()).isEqualTo(clean.project.ingestState());

        assertThat(flaky.requests).as("requests on the flaky network (clean: %d)", clean.requests)
                .isLessThanOrEqualTo(clean.requests * REQUEST_BUDGET_FACTOR);
        assertThat(flaky.waits).as("waits").allMatch(ms -> ms <= RETRY_AFTER_CAP * 1000L);
        List<Long> mb = flaky.network.musicBrainzTimes;
        assertThat(mb).isNotEmpty();
        for (int i = 1; i < mb.size(); i++) {
            assertThat(mb.get(i) - mb.get(i - 1)).as("MusicBrainz request %d after the one before", i)
                    .isGreaterThanOrEqualTo(MusicBrainzClient.MIN_INTERVAL_MILLIS);
        }
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        new WorkspaceWriter().writeTo(flaky.project, saved);
        String everything = String.join("\n", flaky.lines) + new String(saved.toByteArray(), StandardCharsets.ISO_8859_1);
        assertThat(everything).doesNotContain(SECRET).doesNotContain("token-");
        // The zip is deflated: look at its entries' text too.
        for (byte[] entry : unzip(saved.toByteArray()).values()) {
            assertThat(new String(entry, StandardCharsets.UTF_8)).doesNotContain(SECRET).doesNotContain("token-");
        }
        System.out.printf("flaky network seed %d: %d requests (clean %d), %d resumes, faults %s%n", seed,
                flaky.requests, clean.requests, flaky.resumes, flaky.network.injected);
    }

    private Outcome ingest(long seed, int faultPercent, boolean featuresClosed, boolean batchArtistsClosed)
            throws IOException {
        AtomicLong clock = new AtomicLong(1_000_000);
        FakeServices services = new FakeServices();
        services.audioFeaturesClosed = featuresClosed;
        services.batchArtistsClosed = batchArtistsClosed;
        FlakyNetwork network = new FlakyNetwork(services, seed, faultPercent, RETRY_AFTER_CAP, clock::get);
        List<Long> waits = Collections.synchronizedList(new ArrayList<>());
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        List<org.genreworkbench.model.Track> delivered = new ArrayList<>();
        Project project = new Project();
        long requests = 0;
        int resumes = 0;
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(network);
            server.start();
            String base = server.url("/").toString();
            services.base(base);
            ServiceConfig config = new ServiceConfig(base, base, base, base, "client-id", SECRET, RETRY_AFTER_CAP, 3, 100);
            Capabilities capabilities = Capabilities.assumeAll();
            IngestListener listener = new IngestListener() {
                @Override
                public void request(String method, String url) {
                    lines.add(method + " " + url);
                }

                @Override
                public void waiting(double seconds, String why) {
                    lines.add("waiting " + seconds + " s: " + why);
                }

                @Override
                public void log(String line) {
                    lines.add(line);
                }
            };
            Sleeper sleeper = millis -> {
                waits.add(millis);
                clock.addAndGet(millis);
            };
            while (true) {
                SpotifyIngestion ingestion = new SpotifyIngestion(config, listener, sleeper, clock::get, capabilities);
                try {
                    ingestion.run(project.snapshot(), new IngestPlan(List.of("rock", "jazz"), 2, 2, true, true), b -> {
                        delivered.addAll(b.tracks());
                        b.applyTo(project);
                    }, TaskContext.silent());
                    requests += ingestion.requests();
                    break;
                } catch (IOException e) {
                    requests += ingestion.requests();
                    lines.add("stopped: " + e.getMessage());
                    assertThat(faultPercent).as("a clean network never stops a run: %s", e.getMessage()).isPositive();
                    assertThat(++resumes).as("resumes").isLessThan(30);
                }
            }
        }
        return new Outcome(project, delivered, requests, waits, lines, resumes, network);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
