package org.genreworkbench.ingest.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockWebServer;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a run tells its watcher: counts from the first request, every wait with its service, plain failures. */
class RunReportingTest {
    private final MockWebServer server = new MockWebServer();
    private final FakeServices fake = new FakeServices();
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final List<IngestProgress> progress = new ArrayList<>();
    private final List<RateWait> waits = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private final List<Integer> playlistsFinishedAtBatch = new ArrayList<>();
    private ServiceConfig config;

    @BeforeEach
    void start() throws IOException {
        String base = fake.serveOn(server);
        config = new ServiceConfig(base, base, base, base, "id", "secret", 60, 3, 100);
    }

    @AfterEach
    void shutdown() throws IOException {
        server.shutdown();
    }

    private SpotifyIngestion ingestion() {
        IngestListener listener = new IngestListener() {
            @Override
            public void progress(IngestProgress p) {
                progress.add(p);
            }

            @Override
            public void waiting(RateWait wait) {
                waits.add(wait);
            }

            @Override
            public void log(String line) {
                log.add(line);
            }
        };
        return new SpotifyIngestion(config, listener, millis -> clock.addAndGet(millis), clock::get, Capabilities.assumeAll());
    }

    @Test
    void countsAndTheCurrentStepArriveBeforeTheFirstPlaylistFinishes() throws Exception {
        fake.audioFeaturesClosed = true;
        Project project = new Project();
        ingestion().run(project.snapshot(), new IngestPlan(List.of("rock", "jazz"), 2, 2, true, true),
                b -> playlistsFinishedAtBatch.add(progress.size()), TaskContext.silent());

        List<IngestProgress> duringFirst = progress.stream().filter(p -> p.playlists() > 0 && p.playlistsDone() == 0).toList();
        assertThat(duringFirst).extracting(IngestProgress::step).contains("Spotify: reading the playlist's entries",
                "ReccoBeats: audio features, request 1 of 1", "MusicBrainz: artist 1 of 1 (one request a second)");
        assertThat(duringFirst).last().satisfies(p -> {
            assertThat(p.playlistName()).isEqualTo("Rock Classics");
            assertThat(p.entriesRead()).isEqualTo(3);
            assertThat(p.newTracks()).isEqualTo(3);
            assertThat(p.featuresFound()).isEqualTo(3);
            assertThat(p.artistsLookedUp()).isEqualTo(3);
            assertThat(p.requests()).isGreaterThan(5);
        });
        assertThat(progress.get(0).step()).isEqualTo("Searching playlists");
        assertThat(log).contains("reading 3 playlists").noneMatch(l -> l.contains("resuming"));
    }

    @Test
    void everyWaitNamesItsServiceHowLongAndWhy() throws Exception {
        fake.tooManyRequests.set(1);
        Project project = new Project();
        ingestion().run(project.snapshot(), new IngestPlan(List.of("rock"), 2, 2, true, true), b -> b.applyTo(project),
                TaskContext.silent());
        assertThat(waits).singleElement().satisfies(w -> {
            assertThat(w.service()).isEqualTo(Service.SPOTIFY_API);
            assertThat(w.seconds()).isEqualTo(2.0);
            assertThat(w.describe()).isEqualTo("Spotify Web API: waiting 2 s — rate limited (429, Retry-After 2 s)");
        });
    }

    @Test
    void aSearchWithFewerPlaylistsThanAskedSaysHowMany() throws Exception {
        PlaylistChoice choice = ingestion().choosePlaylists(new IngestPlan(List.of("rock", "jazz"), 5, 2, true, true),
                TaskContext.silent());
        assertThat(choice.candidates()).extracting(SpotifyClient.Candidate::id).containsExactly("pr1", "pr2", "pj1");
        assertThat(choice.shortfalls()).extracting(PlaylistChoice.Shortfall::describe).containsExactly(
                "'rock': 2 of 5 playlists — the search returned 3, 2 of them with at least 2 tracks and not already chosen",
                "'jazz': 1 of 5 playlists — the search returned 1, 1 of them with at least 2 tracks and not already chosen");
    }

    @Test
    void aRefusedConnectionNamesTheHostAndPortAndSaysRefused() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ServiceConfig nowhere = config.withBases(null, "http://127.0.0.1:" + port, null, null);
        assertThatThrownBy(() -> SpotifyIngestion.forProbing(nowhere, IngestListener.NONE).probe("rock"))
                .isInstanceOf(ServiceUnreachableException.class)
                .hasMessageStartingWith("Spotify accounts at 127.0.0.1:" + port + " refused the connection")
                .hasMessageContaining("2 attempts")
                .hasMessageNotContaining("failed after");
    }

    @Test
    void aHostWhoseNameDoesNotResolveIsCalledUnreachable() {
        ServiceConfig nowhere = config.withBases(null, "http://no-such-host.invalid", null, null);
        assertThatThrownBy(() -> SpotifyIngestion.forProbing(nowhere, IngestListener.NONE).probe("rock"))
                .isInstanceOf(ServiceUnreachableException.class)
                .hasMessageContaining("Spotify accounts at no-such-host.invalid could not be reached")
                .hasMessageContaining("check the network connection");
    }

    @Test
    void musicBrainzNeverGetsTwoRequestsWithinASecondEvenWhenTheFirstWasSlow() throws Exception {
        List<Long> arrivals = new ArrayList<>();
        IngestListener slowFirstRequest = new IngestListener() {
            @Override
            public void request(String method, String url) {
                // The first request takes 400 ms on its way; the later ones arrive at once.
                clock.addAndGet(arrivals.isEmpty() ? 400 : 0);
                arrivals.add(clock.get());
            }
        };
        Sleeper sleeper = millis -> clock.addAndGet(millis);
        MusicBrainzClient mb = new MusicBrainzClient(config, new HttpGateway(config, slowFirstRequest, sleeper), sleeper,
                clock::get);
        mb.genres("a3");
        mb.genres("a1");
        assertThat(arrivals).hasSize(3);
        for (int i = 1; i < arrivals.size(); i++) {
            assertThat(arrivals.get(i) - arrivals.get(i - 1)).as("gap before request %d", i + 1).isGreaterThanOrEqualTo(1_000);
        }
    }

    @Test
    void aTrackListedTwiceInOnePlaylistIsNotCountedAsInMoreThanOnePlaylist() throws Exception {
        MockWebServer twice = new MockWebServer();
        twice.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
            @Override
            public okhttp3.mockwebserver.MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest r) {
                String path = r.getPath();
                String body = path.startsWith("/api/token") ? "{\"access_token\":\"token-1\",\"expires_in\":3600}"
                        : path.startsWith("/v1/search") ? "{\"playlists\":{\"items\":[{\"id\":\"p\",\"name\":\"Twice\",\"items\":{\"total\":3}}]}}"
                        : path.startsWith("/v1/playlists/p/items") ? "{\"items\":[{\"item\":" + FakeServices.track("t1") + "},{\"item\":"
                        + FakeServices.track("t2") + "},{\"item\":" + FakeServices.track("t1") + "}]}"
                        : path.startsWith("/v1/audio-features") ? "{\"audio_features\":[]}"
                        : "{\"artists\":[" + FakeServices.artist("a1") + "," + FakeServices.artist("a2") + "]}";
                return new okhttp3.mockwebserver.MockResponse().setHeader("Content-Type", "application/json").setBody(body);
            }
        });
        twice.start();
        try {
            String base = twice.url("/").toString();
            config = new ServiceConfig(base, base, base, base, "id", "secret", 60, 3, 100);
            Project project = new Project();
            SpotifyIngestion.Summary s = ingestion().run(project.snapshot(), new IngestPlan(List.of("x"), 1, 1, false, false),
                    b -> b.applyTo(project), TaskContext.silent());
            assertThat(s.newTracks()).isEqualTo(2);
            assertThat(s.repeatedTracks()).isZero();
            assertThat(project.playlists().get("p").trackIds()).containsExactly("t1", "t2");
        } finally {
            twice.shutdown();
        }
    }

    @Test
    void queriesSplitAlikeForTheCommandLineAndTheWizard() {
        assertThat(IngestPlan.parseQueries("rock\npop, hip hop,\n\n jazz ")).containsExactly("rock", "pop", "hip hop", "jazz");
    }
}
