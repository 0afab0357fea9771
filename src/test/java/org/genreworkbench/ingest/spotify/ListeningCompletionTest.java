package org.genreworkbench.ingest.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockWebServer;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Source;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Completing an imported listening history against a local server playing ReccoBeats and MusicBrainz: features by
 * track id, genre tags by artist name, MusicBrainz a second apart, and a stop that keeps every answer so the
 * resumed run asks only for the rest. Time is a fake clock that the pacing's sleeps move on.
 */
class ListeningCompletionTest {
    private final MockWebServer server = new MockWebServer();
    private final FakeServices fake = new FakeServices();
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final List<Long> musicBrainzTimes = new ArrayList<>();
    private final List<CompletionProgress> progress = new ArrayList<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private String stopAtStep;
    private ServiceConfig config;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        String base = fake.serveOn(server);
        config = new ServiceConfig(base, base, base, base, null, null, 60, 3, 100);
    }

    @AfterEach
    void shutdown() throws IOException {
        server.shutdown();
    }

    private ListeningCompletion completion() {
        IngestListener listener = new IngestListener() {
            @Override
            public void request(String method, String url) {
                if (url.startsWith("/ws/2/")) {
                    musicBrainzTimes.add(clock.get());
                }
                clock.addAndGet(40); // each answer takes a little time
            }

            @Override
            public void completing(CompletionProgress p) {
                progress.add(p);
                if (stopAtStep != null && p.step().startsWith(stopAtStep)) {
                    stop.set(true);
                }
            }
        };
        return new ListeningCompletion(config, listener, clock::addAndGet, clock::get);
    }

    @Test
    void thePlanAsksAboutListenedTracksWithASpotifyIdAndTheirArtists() throws Exception {
        Project project = ListenedTracks.imported(dir);

        ListeningCompletion.Plan plan = ListeningCompletion.Plan.of(project);

        assertThat(plan.tracks()).containsExactly("t1", "t2", "t3", "t4", "t5");
        assertThat(plan.withoutSpotifyId()).as("Unlisted Song has no track URI").isEqualTo(1);
        assertThat(plan.artists()).extracting(a -> a.name())
                .containsExactly("Artist 1", "Artist 2", "Artist 3", "Artist 4");
    }

    @Test
    void completesFeaturesFromReccoBeatsAndGenresFromMusicBrainzByName() throws Exception {
        Project project = ListenedTracks.imported(dir);

        ListeningCompletion.Summary s = completion().run(project.snapshot(), b -> b.applyTo(project), TaskContext.silent());

        assertThat(s).isEqualTo(new ListeningCompletion.Summary(5, 4, 1, 1, 4, 1, 6));
        for (String id : List.of("t1", "t2", "t3", "t5")) {
            assertThat(project.tracks().get(id).featuresSource()).as(id).isEqualTo(Source.RECCOBEATS);
            assertThat(project.tracks().get(id).features().valueOrNaN(AudioFeature.TEMPO)).isEqualTo(101.0);
            assertThat(project.tracks().get(id).listening().plays()).as("play counts stay").isEqualTo(2);
        }
        assertThat(project.tracks().get("t4").features().isEmpty()).as("unknown to ReccoBeats").isTrue();
        assertThat(project.ingestState().featuresUnknown()).containsExactly("t4");
        assertThat(project.artists().get("name:artist 3").genres()).containsExactly("bebop", "jazz");
        assertThat(project.artists().get("name:artist 3").genresSource()).isEqualTo(Source.MUSICBRAINZ);
        assertThat(project.artists().get("name:artist 2").genres()).as("Artist 22 is someone else").isEmpty();
        assertThat(project.ingestState().musicBrainzGenres()).hasSize(4);
        assertThat(fake.hits("/v1/audio-features")).isEqualTo(1);
        assertThat(fake.paths).filteredOn(p -> p.startsWith("/v1/audio-features")).singleElement()
                .satisfies(p -> assertThat(p).doesNotContain("name"));

        // MusicBrainz's one request a second, every request counted, the artist lookup after the search too.
        assertThat(musicBrainzTimes).hasSize(5);
        for (int i = 1; i < musicBrainzTimes.size(); i++) {
            assertThat(musicBrainzTimes.get(i) - musicBrainzTimes.get(i - 1)).isGreaterThanOrEqualTo(1_000);
        }
        CompletionProgress first = progress.get(0);
        assertThat(first.step()).isEqualTo("ReccoBeats: audio features, request 1 of 1");
        assertThat(first.secondsLeft()).as("4 artists at one or two requests a second").isBetween(8.0, 9.0);
        assertThat(progress.get(progress.size() - 1).fractionDone()).isEqualTo(1.0);
    }

    @Test
    void aStopKeepsEveryAnswerAndTheResumeAsksOnlyForTheRest() throws Exception {
        Project project = ListenedTracks.imported(dir);
        stopAtStep = "MusicBrainz: artist 2 of 4";
        TaskContext stoppable = TaskContext.of(m -> { }, stop::get);

        assertThatThrownBy(() -> completion().run(project.snapshot(), b -> b.applyTo(project), stoppable))
                .isInstanceOf(CancellationException.class);

        assertThat(project.tracks().get("t1").featuresSource()).isEqualTo(Source.RECCOBEATS);
        assertThat(project.ingestState().musicBrainzGenres()).containsOnlyKeys("name:artist 1", "name:artist 2");
        ListeningCompletion.Plan left = ListeningCompletion.Plan.of(project);
        assertThat(left.tracks()).as("t4 was asked about and is unknown: not asked again").isEmpty();
        assertThat(left.artists()).extracting(a -> a.name()).containsExactly("Artist 3", "Artist 4");

        fake.paths.clear();
        stop.set(false);
        stopAtStep = null;
        ListeningCompletion.Summary resumed = completion().run(project.snapshot(), b -> b.applyTo(project),
                TaskContext.silent());

        assertThat(resumed.tracksAsked()).isZero();
        assertThat(resumed.artistsAsked()).isEqualTo(2);
        assertThat(fake.paths).hasSize(3).noneMatch(p -> p.startsWith("/v1/"))
                .noneMatch(p -> p.contains("Artist+1") || p.contains("Artist+2"));
        assertThat(project.artists().get("name:artist 3").genres()).containsExactly("bebop", "jazz");
    }
}
