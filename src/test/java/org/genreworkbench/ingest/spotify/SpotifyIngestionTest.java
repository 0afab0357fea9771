package org.genreworkbench.ingest.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockWebServer;
import org.genreworkbench.ingest.spotify.Capabilities.Capability;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Source;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ingestion against a local server that plays Spotify, ReccoBeats and MusicBrainz. */
class SpotifyIngestionTest {
    private final MockWebServer server = new MockWebServer();
    private final FakeServices fake = new FakeServices();
    private final List<Long> waits = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final List<String> log = new ArrayList<>();
    private ServiceConfig config;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(fake);
        server.start();
        String base = server.url("/").toString();
        fake.base(base);
        config = new ServiceConfig(base, base, base, base, "id", "secret", 60, 3, 100);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private SpotifyIngestion ingestion() {
        Sleeper fakeSleep = millis -> {
            waits.add(millis);
            clock.addAndGet(millis);
        };
        IngestListener listener = new IngestListener() {
            @Override
            public void log(String line) {
                log.add(line);
            }
        };
        return new SpotifyIngestion(config, listener, fakeSleep, clock::get, Capabilities.assumeAll());
    }

    private static IngestPlan plan() {
        return new IngestPlan(List.of("rock", "jazz"), 2, 2, true, true);
    }

    @Test
    void aFullRunPagesThroughSearchesAndPlaylistsAndFetchesEachThingOnce() throws Exception {
        Project project = new Project();
        SpotifyIngestion.Summary s = ingestion().run(project.snapshot(), plan(), b -> b.applyTo(project), TaskContext.silent());

        assertThat(project.playlists()).containsOnlyKeys("pr1", "pr2", "pj1");
        assertThat(project.playlists().get("pr1").trackIds()).containsExactly("t1", "t2", "t3");
        assertThat(project.playlists().get("pr1").query()).isEqualTo("rock");
        assertThat(project.tracks()).containsOnlyKeys("t1", "t2", "t3", "t4", "t5");
        assertThat(project.track("t2").artistIds()).containsExactly("a2", "a3");
        assertThat(project.track("t1").features().get(AudioFeature.TEMPO)).hasValue(120.0);
        assertThat(project.track("t1").featuresSource()).isEqualTo(Source.SPOTIFY);
        // Spotify's batch answered null for t5: it stays missing rather than becoming zeros.
        assertThat(project.track("t5").features().isEmpty()).isTrue();
        assertThat(project.artist("a1").genres()).containsExactly("genre a1", "rock");
        assertThat(project.artist("a1").followers()).isNotNull();
        assertThat(project.artist("a3").genres()).containsExactly("bebop", "jazz");
        assertThat(project.artist("a3").genresSource()).isEqualTo(Source.MUSICBRAINZ);
        assertThat(project.ingestState().pendingPlaylistIds()).isEmpty();
        assertThat(project.ingestState().musicBrainzGenres()).containsKey("a3");
        assertThat(s.newTracks()).isEqualTo(5);
        assertThat(s.repeatedTracks()).as("t3 and t1 met again: in more than one playlist").isEqualTo(2);
        assertThat(s.knownTracks()).as("nothing was in the empty workspace before").isZero();
        assertThat(s.skippedEntries()).as("a null item in pr1, a null track in pr2").isEqualTo(2);
        assertThat(log).anyMatch(l -> l.contains("Rock Classics: skipped 1 entries without a track"));
        assertThat(log).noneMatch(l -> l.contains("resuming"));
        // Each artist is asked for once; track t3 and t1, met twice, are not asked for again.
        assertThat(fake.paths.stream().filter(p -> p.startsWith("/v1/artists")).flatMap(p -> FakeServices.ids(p).stream()))
                .doesNotHaveDuplicates();
        assertThat(fake.hits("/v1/playlists/pr2/items")).isEqualTo(1);
        assertThat(fake.hits("/v1/playlists/pr2/tracks")).isEqualTo(1);
        assertThat(fake.tokens.get()).isEqualTo(1);
    }

    @Test
    void closedAudioFeaturesSwitchToReccoBeatsOnceAndUnknownRowsStayMissing() throws Exception {
        fake.audioFeaturesClosed = true;
        Project project = new Project();
        SpotifyIngestion ingestion = ingestion();
        ingestion.run(project.snapshot(), plan(), b -> b.applyTo(project), TaskContext.silent());

        assertThat(ingestion.capabilities().available(Capability.AUDIO_FEATURES)).isFalse();
        assertThat(fake.paths.stream().filter(p -> p.startsWith("/v1/audio-features")).count())
                .as("one refused Spotify request, then ReccoBeats only").isEqualTo(1 + 3);
        assertThat(project.track("t1").featuresSource()).isEqualTo(Source.RECCOBEATS);
        assertThat(project.track("t1").features().get(AudioFeature.TEMPO)).hasValue(101.0);
        assertThat(project.track("t1").features().get(AudioFeature.TIME_SIGNATURE)).isEmpty();
        assertThat(project.track("t4").features().isEmpty()).isTrue();
        assertThat(log).anyMatch(l -> l.contains("using ReccoBeats from now on"));
    }

    @Test
    void aClosedBatchArtistEndpointFallsBackToOneArtistPerRequest() throws Exception {
        fake.batchArtistsClosed = true;
        Project project = new Project();
        ingestion().run(project.snapshot(), plan(), b -> b.applyTo(project), TaskContext.silent());
        assertThat(fake.hits("/v1/artists?ids=")).isEqualTo(1);
        assertThat(project.artist("a4").genres()).contains("rock");
    }

    @Test
    void aRateLimitIsWaitedOutAsTheServiceAsks() throws Exception {
        fake.tooManyRequests.set(1);
        Project project = new Project();
        ingestion().run(project.snapshot(), plan(), b -> b.applyTo(project), TaskContext.silent());
        assertThat(waits).contains(2_000L);
        assertThat(project.tracks()).hasSize(5);
    }

    @Test
    void aBanLongerThanTheCapStopsTheRunWithAMessage() {
        config = new ServiceConfig(config.spotifyApi(), config.spotifyAccounts(), config.reccoBeats(),
                config.musicBrainz(), "id", "secret", 1, 3, 100);
        fake.tooManyRequests.set(1);
        assertThatThrownBy(() -> ingestion().run(new Project(), plan(), b -> { }, TaskContext.silent()))
                .hasMessageContaining("rate limited for 2 s, more than the 1 s");
    }

    @Test
    void serverErrorsAreRetriedWithGrowingWaits() throws Exception {
        fake.serverErrors.set(3); // as many as the three retries allow: the fourth try of the request succeeds
        Project project = new Project();
        ingestion().run(project.snapshot(), plan(), b -> b.applyTo(project), TaskContext.silent());
        assertThat(waits).hasSizeGreaterThanOrEqualTo(3);
        // Retry n waits the backoff (100 ms) times 2^(n-1), give or take half of it for jitter: each window
        // lies beyond the last one's start, so a fixed or shrinking wait falls outside.
        for (int retry = 1; retry <= 3; retry++) {
            long base = 100L << (retry - 1);
            assertThat(waits.get(retry - 1)).as("wait before retry %d", retry).isBetween(base / 2, base * 3 / 2);
        }
        assertThat(waits.get(2)).isGreaterThan(waits.get(0));
        assertThat(project.tracks()).hasSize(5);
    }

    @Test
    void anExpiredTokenMidRunIsRenewed() throws Exception {
        Project project = new Project();
        SpotifyIngestion ingestion = ingestion();
        ingestion.spotify().searchPlaylists("rock", 1);
        fake.unauthorizedOnce.set(1);
        ingestion.run(project.snapshot(), plan(), b -> b.applyTo(project), TaskContext.silent());
        assertThat(fake.tokens.get()).isEqualTo(2);
        assertThat(project.tracks()).hasSize(5);
    }

    @Test
    void anInvalidClientIsReportedPlainly() {
        fake.rejectClient = true;
        assertThatThrownBy(() -> ingestion().run(new Project(), plan(), b -> { }, TaskContext.silent()))
                .hasMessageContaining("Spotify refused the client id and secret")
                .hasMessageContaining("Invalid client")
                .hasMessageNotContaining("secret)");
    }

    @Test
    void malformedJsonIsAClearError() {
        fake.malformedPath = "/v1/search";
        assertThatThrownBy(() -> ingestion().run(new Project(), plan(), b -> { }, TaskContext.silent()))
                .hasMessageContaining("GET /v1/search returned malformed JSON");
    }

    @Test
    void aCancelledRunResumesWithoutFetchingAnythingTwice() throws Exception {
        Project project = new Project();
        int[] batches = {0};
        TaskContext stopAfterFirstPlaylist = TaskContext.of(message -> { }, () -> batches[0] >= 2);
        assertThatThrownBy(() -> ingestion().run(project.snapshot(), plan(), b -> {
            b.applyTo(project);
            batches[0]++;
        }, stopAfterFirstPlaylist)).isInstanceOf(CancellationException.class);
        assertThat(project.ingestState().pendingPlaylistIds()).containsExactly("pr2", "pj1");
        assertThat(project.tracks()).containsOnlyKeys("t1", "t2", "t3");
        int searches = fake.hits("/v1/search");

        ingestion().run(project.snapshot(), plan(), b -> b.applyTo(project), TaskContext.silent());
        assertThat(project.tracks()).containsOnlyKeys("t1", "t2", "t3", "t4", "t5");
        assertThat(fake.hits("/v1/search")).isEqualTo(searches);
        assertThat(fake.hits("/v1/playlists/pr1")).isEqualTo(2);
        assertThat(fake.paths.stream().filter(p -> p.startsWith("/v1/artists")).flatMap(p -> FakeServices.ids(p).stream()))
                .doesNotHaveDuplicates();
        assertThat(fake.hits("/ws/2/url")).as("MusicBrainz asked once per artist").isEqualTo(1);
    }

    @Test
    void musicBrainzIsAskedAtMostOncePerSecond() throws Exception {
        Sleeper fakeSleep = millis -> {
            waits.add(millis);
            clock.addAndGet(millis);
        };
        MusicBrainzClient mb = new MusicBrainzClient(config, new HttpGateway(config, IngestListener.NONE, fakeSleep),
                fakeSleep, clock::get);
        assertThat(mb.genres("a3")).containsExactly("bebop", "jazz");
        assertThat(mb.genres("a1")).isEmpty();
        // Three requests without time passing between them: the second and third each wait a full second.
        assertThat(waits).containsExactly(1_000L, 1_000L);
    }

    @Test
    void theProbeFindsClosedAudioFeaturesAndMissingGenres() throws Exception {
        fake.audioFeaturesClosed = true;
        Capabilities c = ingestion().probe("rock");
        assertThat(c.get(Capability.AUDIO_FEATURES).available()).isFalse();
        assertThat(c.get(Capability.AUDIO_FEATURES).status()).isEqualTo(403);
        assertThat(c.get(Capability.BATCH_TRACKS).available()).isTrue();
        assertThat(c.get(Capability.PLAYLIST_ITEMS).available()).isTrue();
        assertThat(c.get(Capability.ARTIST_GENRES).available()).isTrue();
    }

    @Test
    void theSecretNeverShowsInTheConfigurationsText() {
        assertThat(config.toString()).doesNotContain("secret").contains("hidden");
    }
}
