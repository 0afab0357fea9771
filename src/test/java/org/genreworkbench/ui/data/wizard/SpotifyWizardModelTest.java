package org.genreworkbench.ui.data.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockWebServer;
import org.genreworkbench.ingest.spotify.FakeServices;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.CurrentThreadExecutor;
import org.genreworkbench.task.TaskExecutor;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.TestWorkbench;
import org.genreworkbench.ui.UiThread;
import org.genreworkbench.ui.WorkbenchContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wizard's view model in plain JUnit: work runs on the test's thread, changes apply at once, time is a fake
 * clock; the services are a local server playing a development-mode app.
 */
class SpotifyWizardModelTest {
    @TempDir
    Path config;
    private final MockWebServer server = new MockWebServer();
    private final FakeServices fake = new FakeServices();
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private WorkbenchContext context;
    private SpotifyWizardModel model;

    /** Runs work on the calling thread, with a cancel the test can pull from inside the run. */
    private final TaskExecutor stoppable = new CurrentThreadExecutor(stopRequested::get);

    @BeforeEach
    void start() throws IOException {
        String base = fake.serveOn(server);
        fake.audioFeaturesClosed = true;
        context = TestWorkbench.context(new Project(), stoppable, new ScriptedDialogs(), config);
        for (String key : List.of("service.spotifyApi", "service.spotifyAccounts", "service.reccobeats", "service.musicbrainz")) {
            context.settings().put(key, base);
        }
        model = new SpotifyWizardModel(context, UiThread.DIRECT, millis -> clock.addAndGet(millis), clock::get);
        model.connect().clientIdProperty().set("my-app");
        model.connect().clientSecretProperty().set("my-secret");
    }

    @AfterEach
    void shutdown() throws IOException {
        server.shutdown();
    }

    private void searchRockAndJazz() {
        model.playlists().queriesProperty().set("rock\njazz");
        model.playlists().minTracksProperty().set(2);
        model.playlists().search();
    }

    @Test
    void aFailedTestNamesTheHostAndTheSettingAndKeepsNextClosed() throws IOException {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        context.settings().put("service.spotifyAccounts", "http://127.0.0.1:" + port);
        model.stepProperty().set(SpotifyWizard.CONNECT);
        model.testConnection();

        assertThat(model.status().messageProperty().get())
                .startsWith("Spotify accounts at 127.0.0.1:" + port + " refused the connection")
                .contains("comes from the setting service.spotifyAccounts in " + config.resolve("settings.json"))
                .doesNotContain("failed after");
        assertThat(model.connect().connectedProperty().get()).isFalse();
        assertThat(model.canGoOn()).isFalse();

        model.stepProperty().set(SpotifyWizard.SOURCE);
        assertThat(model.status().messageProperty().get()).as("the Connect step's message stays there").isEmpty();
    }

    @Test
    void aRateLimitDuringTheTestIsShownOnTheStatusLine() {
        fake.tooManyRequests.set(1);
        List<String> messages = new ArrayList<>();
        model.status().messageProperty().addListener((o, a, b) -> messages.add(b));
        model.stepProperty().set(SpotifyWizard.CONNECT);
        model.testConnection();
        assertThat(messages).contains("Spotify Web API: waiting 2 s — rate limited (429, Retry-After 2 s)");
        assertThat(model.connect().connectedProperty().get()).isTrue();
    }

    @Test
    void aSucceededTestOpensNextUntilTheCredentialsChange() {
        model.stepProperty().set(SpotifyWizard.CONNECT);
        model.testConnection();
        assertThat(model.canGoOn()).isTrue();
        assertThat(model.connect().capabilities()).anySatisfy(r -> {
            assertThat(r.capability()).isEqualTo("Audio features");
            assertThat(r.status()).isEqualTo("refused (403)");
        });
        model.connect().clientSecretProperty().set("another");
        assertThat(model.canGoOn()).isFalse();
    }

    @Test
    void untickingAPlaylistUpdatesTheTotalsAndTheRunReadsOnlyTheTicked() {
        searchRockAndJazz();
        assertThat(model.playlists().totalsProperty().get()).isEqualTo("3 of 3 playlists chosen, 7 tracks to read.");
        model.playlists().candidates().get(0).chosenProperty().set(false);
        assertThat(model.playlists().totalsProperty().get()).isEqualTo("2 of 3 playlists chosen, 4 tracks to read.");
        model.stepProperty().set(SpotifyWizard.PLAYLISTS);
        assertThat(model.canGoOn()).isTrue();
        model.playlists().candidates().forEach(r -> r.chosenProperty().set(false));
        assertThat(model.canGoOn()).as("nothing to read").isFalse();
        model.playlists().candidates().get(1).chosenProperty().set(true);

        model.startRun();
        assertThat(context.session().project().playlists()).containsOnlyKeys("pr2");
        assertThat(model.run().playlistLineProperty().get()).isEqualTo("All 1 playlists read");
    }

    @Test
    void countersTheStepAndTheTimeLeftShowFromTheFirstRequest() {
        searchRockAndJazz();
        List<String> whileFirstPlaylist = new ArrayList<>();
        List<String> timeLeft = new ArrayList<>();
        model.run().currentStepProperty().addListener((o, a, step) -> {
            if (model.run().playlistLineProperty().get().startsWith("Playlist 1 of 3")) {
                whileFirstPlaylist.add(step + " | " + model.run().countersProperty().get());
            }
        });
        model.run().timeLeftProperty().addListener((o, a, b) -> timeLeft.add(b));
        model.startRun();

        assertThat(whileFirstPlaylist).anySatisfy(line -> assertThat(line)
                .startsWith("MusicBrainz: artist 1 of 1 (one request a second) | Tracks read 3: 3 new")
                .contains("audio features 3 · artists looked up 3"));
        assertThat(timeLeft).anyMatch(t -> t.startsWith("About "));
        assertThat(model.run().log()).contains("reading 3 playlists").noneMatch(l -> l.contains("resuming"));
        assertThat(model.stepProperty().get()).isEqualTo(SpotifyWizard.SUMMARY);
    }

    @Test
    void aRateLimitWaitIsShownWithItsServiceAndCountedDown() {
        searchRockAndJazz();
        fake.tooManyRequests.set(1);
        List<String> waits = new ArrayList<>();
        model.run().waitingProperty().addListener((o, a, b) -> waits.add(b));
        model.startRun();
        assertThat(model.run().log()).contains("Spotify Web API: waiting 2 s — rate limited (429, Retry-After 2 s)");
        assertThat(waits).contains("Spotify Web API: 2 s left — rate limited (429, Retry-After 2 s)");
        model.run().tick(clock.get());
        assertThat(model.run().waitingProperty().get()).isEmpty();
    }

    @Test
    void stopSaysWhatWasKeptAndTheMessageIsGoneOnceTheResumedRunEnds() {
        fake.batchArtistsClosed = true;
        searchRockAndJazz();
        model.run().currentStepProperty().addListener((o, a, step) -> {
            if (step.startsWith("Spotify: artist 2 of 3")) {
                // What Stop does on the worker's side: the run's cancel flag is pulled.
                stopRequested.set(true);
            }
        });
        model.stepProperty().set(SpotifyWizard.RUN);
        model.startRun();
        assertThat(model.status().messageProperty().get()).isEqualTo("Stopped. Kept from the unfinished playlist: 3 tracks"
                + " (3 with audio features), 2 artists, 0 MusicBrainz answers. Finished playlists are kept whole; "
                + "Resume asks only for what is missing.");
        assertThat(model.stepProperty().get()).isEqualTo(SpotifyWizard.RUN);

        stopRequested.set(false);
        int before = fake.paths.size();
        model.resume();
        assertThat(model.status().messageProperty().get()).isEmpty();
        assertThat(model.stepProperty().get()).isEqualTo(SpotifyWizard.SUMMARY);
        assertThat(model.run().summaryProperty().get()).doesNotContain("Stopped");
        assertThat(fake.paths.subList(before, fake.paths.size())).noneMatch(p -> p.startsWith("/v1/playlists/pr1")
                || p.equals("/v1/artists/a1"));
    }
}
