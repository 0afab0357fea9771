package org.genreworkbench.ingest.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockWebServer;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Source;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stop in the middle of a playlist keeps what was fetched, and the resumed run asks only for what is missing:
 * counted request by request against a local server playing a development-mode app (audio features and the
 * batch artist endpoint closed, so ReccoBeats, single-artist requests and MusicBrainz all take part).
 */
class StopAndResumeTest {
    private final MockWebServer server = new MockWebServer();
    private final FakeServices fake = new FakeServices();
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final List<IngestProgress.Kept> kept = new ArrayList<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private ServiceConfig config;
    private String stopAtStep;

    @BeforeEach
    void start() throws IOException {
        String base = fake.serveOn(server);
        fake.audioFeaturesClosed = true;
        fake.batchArtistsClosed = true;
        config = new ServiceConfig(base, base, base, base, "id", "secret", 60, 3, 100);
    }

    @AfterEach
    void shutdown() throws IOException {
        server.shutdown();
    }

    private SpotifyIngestion ingestion(Capabilities capabilities) {
        IngestListener listener = new IngestListener() {
            @Override
            public void progress(IngestProgress p) {
                if (stopAtStep != null && p.step().startsWith(stopAtStep)) {
                    stop.set(true);
                }
            }

            @Override
            public void stopped(IngestProgress.Kept k) {
                kept.add(k);
            }
        };
        return new SpotifyIngestion(config, listener, millis -> clock.addAndGet(millis), clock::get, capabilities);
    }

    private static IngestPlan plan() {
        return new IngestPlan(List.of("rock", "jazz"), 2, 2, true, true);
    }

    @Test
    void stopMidPlaylistKeepsWhatWasFetchedAndResumeAsksOnlyForTheRest() throws Exception {
        Project project = new Project();
        Capabilities capabilities = Capabilities.assumeAll();
        // Playlist pr1 (t1, t2, t3 by a1, a2, a3): stop while Spotify is asked about its second artist.
        stopAtStep = "Spotify: artist 2 of 3";
        TaskContext stoppable = TaskContext.of(m -> { }, stop::get);
        assertThatThrownBy(() -> ingestion(capabilities).run(project.snapshot(), plan(), b -> b.applyTo(project), stoppable))
                .isInstanceOf(CancellationException.class);

        assertThat(kept).singleElement().satisfies(k -> {
            assertThat(k.tracks()).isEqualTo(3);
            assertThat(k.tracksWithFeatures()).as("ReccoBeats knows t1..t3").isEqualTo(3);
            assertThat(k.artists()).as("a1 and a2 were looked up before the stop").isEqualTo(2);
            assertThat(k.itemsRead()).isTrue();
        });
        assertThat(KeptMessage.describe(kept.get(0))).contains("3 tracks (3 with audio features), 2 artists");
        assertThat(project.tracks()).containsOnlyKeys("t1", "t2", "t3");
        assertThat(project.track("t1").featuresSource()).isEqualTo(Source.RECCOBEATS);
        assertThat(project.artists()).containsOnlyKeys("a1", "a2");
        assertThat(project.ingestState().pendingPlaylistIds()).containsExactly("pr1", "pr2", "pj1");
        assertThat(project.playlists().get("pr1").trackIds()).containsExactly("t1", "t2", "t3");

        int before = fake.paths.size();
        stopAtStep = null;
        stop.set(false);
        SpotifyIngestion.Summary resumed = ingestion(capabilities).run(project.snapshot(), plan(), b -> b.applyTo(project),
                TaskContext.silent());
        List<String> resumedPaths = List.copyOf(fake.paths.subList(before, fake.paths.size()));

        assertThat(project.tracks()).containsOnlyKeys("t1", "t2", "t3", "t4", "t5");
        assertThat(project.artists()).containsOnlyKeys("a1", "a2", "a3", "a4");
        assertThat(project.artist("a3").genresSource()).isEqualTo(Source.MUSICBRAINZ);
        assertThat(project.ingestState().pendingPlaylistIds()).isEmpty();
        assertThat(resumedPaths).as("pr1's entries were kept").noneMatch(p -> p.startsWith("/v1/playlists/pr1"));
        assertThat(resumedPaths).as("a1 and a2 were kept").noneMatch(p -> p.startsWith("/v1/artists/a1") || p.startsWith("/v1/artists/a2"));
        assertThat(resumedPaths).noneMatch(p -> p.startsWith("/v1/search"));
        // The resumed run, request by request: a token; pr1: artist a3 and MusicBrainz for a3 (url + artist);
        // pr2: /items (404) then /tracks, ReccoBeats for t4, artist a4; pj1: /items, ReccoBeats for t5.
        assertThat(resumedPaths).filteredOn(p -> p.startsWith("/v1/artists/")).containsExactly("/v1/artists/a3", "/v1/artists/a4");
        assertThat(resumedPaths).filteredOn(p -> p.startsWith("/ws/2/")).hasSize(2);
        assertThat(resumedPaths).filteredOn(p -> p.startsWith("/v1/audio-features"))
                .as("ReccoBeats asked about t4 and t5 only").hasSize(2)
                .allSatisfy(p -> assertThat(FakeServices.ids(p)).doesNotContain("t1", "t2", "t3"));
        assertThat(resumedPaths).hasSize(1 + 3 + 4 + 2);
        assertThat(resumed.requests()).isEqualTo(resumedPaths.size());

        // Over both runs, nothing was asked twice.
        assertThat(fake.paths.stream().filter(p -> p.startsWith("/v1/artists/"))).doesNotHaveDuplicates();
        assertThat(fake.hits("/ws/2/url")).isEqualTo(1);
    }

    @Test
    void aStopWhileEntriesAreReadKeepsTheEntriesAndTheirTracks() {
        Project project = new Project();
        stopAtStep = "Spotify: reading the playlist's entries";
        assertThatThrownBy(() -> ingestion(Capabilities.assumeAll()).run(project.snapshot(), plan(), b -> b.applyTo(project),
                TaskContext.of(m -> { }, stop::get))).isInstanceOf(CancellationException.class);
        // The stop is noticed after the entries are read: they are kept, with their tracks.
        assertThat(kept).singleElement().satisfies(k -> {
            assertThat(k.itemsRead()).isTrue();
            assertThat(k.tracks()).isEqualTo(3);
            assertThat(k.tracksWithFeatures()).isZero();
        });
        assertThat(project.tracks()).containsOnlyKeys("t1", "t2", "t3");
        assertThat(project.ingestState().pendingPlaylistIds()).hasSize(3);
    }
}
