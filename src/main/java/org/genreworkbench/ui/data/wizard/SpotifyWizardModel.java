package org.genreworkbench.ui.data.wizard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genreworkbench.ingest.Coverage;
import org.genreworkbench.ingest.spotify.Capabilities;
import org.genreworkbench.ingest.spotify.CredentialStore;
import org.genreworkbench.ingest.spotify.IngestListener;
import org.genreworkbench.ingest.spotify.IngestPlan;
import org.genreworkbench.ingest.spotify.ServiceConfig;
import org.genreworkbench.ingest.spotify.SpotifyClient;
import org.genreworkbench.ingest.spotify.SpotifyIngestion;
import org.genreworkbench.model.IngestState;
import org.genreworkbench.model.Playlist;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.task.TaskHandle;
import org.genreworkbench.ui.WorkbenchContext;

/**
 * The shared state of the Spotify wizard's steps: connect (credentials and what the app may do), playlists
 * (queries, search, choice), run (live progress) and summary. Long steps run in the background; {@code busy}
 * holds Back and Next while they do. Service URLs come from the settings keys {@code service.spotifyApi},
 * {@code service.spotifyAccounts}, {@code service.reccobeats} and {@code service.musicbrainz} when set.
 */
public final class SpotifyWizardModel {
    /** One line of the capability table. */
    public record CapabilityRow(String capability, String status, String fallback) {
    }

    /** One candidate playlist, chosen or not. */
    public static final class CandidateRow {
        private final BooleanProperty chosen = new SimpleBooleanProperty(true);
        private final SpotifyClient.Candidate candidate;

        CandidateRow(SpotifyClient.Candidate candidate) {
            this.candidate = candidate;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        public SpotifyClient.Candidate candidate() {
            return candidate;
        }
    }

    private final WorkbenchContext context;
    private final CredentialStore credentials;
    private final IntegerProperty step = new SimpleIntegerProperty();
    private final StringProperty clientId = new SimpleStringProperty();
    private final StringProperty clientSecret = new SimpleStringProperty();
    private final BooleanProperty remember = new SimpleBooleanProperty();
    private final BooleanProperty useReccoBeats = new SimpleBooleanProperty(true);
    private final BooleanProperty useMusicBrainz = new SimpleBooleanProperty(true);
    private final ObservableList<CapabilityRow> capabilities = FXCollections.observableArrayList();
    private final StringProperty queries = new SimpleStringProperty(String.join("\n", IngestPlan.DEFAULT_QUERIES));
    private final IntegerProperty perQuery = new SimpleIntegerProperty(5);
    private final IntegerProperty minTracks = new SimpleIntegerProperty(50);
    private final ObservableList<CandidateRow> candidates = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty counters = new SimpleStringProperty("");
    private final StringProperty waiting = new SimpleStringProperty("");
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private Capabilities found = Capabilities.assumeAll();
    private TaskHandle running;
    private long requestsAtStart;

    public SpotifyWizardModel(WorkbenchContext context) {
        this.context = context;
        this.credentials = new CredentialStore(context.settings().configDir());
        ServiceConfig env = ServiceConfig.fromEnvironment();
        clientId.set(env.clientId());
        clientSecret.set(env.clientSecret());
        credentials.load().ifPresent(c -> {
            if (clientId.get() == null || clientId.get().isBlank()) {
                clientId.set(c.clientId());
                clientSecret.set(c.clientSecret());
                remember.set(true);
            }
        });
    }

    public IntegerProperty stepProperty() {
        return step;
    }

    public StringProperty clientIdProperty() {
        return clientId;
    }

    public StringProperty clientSecretProperty() {
        return clientSecret;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    public BooleanProperty useReccoBeatsProperty() {
        return useReccoBeats;
    }

    public BooleanProperty useMusicBrainzProperty() {
        return useMusicBrainz;
    }

    public ObservableList<CapabilityRow> capabilities() {
        return capabilities;
    }

    public StringProperty queriesProperty() {
        return queries;
    }

    public IntegerProperty perQueryProperty() {
        return perQuery;
    }

    public IntegerProperty minTracksProperty() {
        return minTracks;
    }

    public ObservableList<CandidateRow> candidates() {
        return candidates;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty countersProperty() {
        return counters;
    }

    public StringProperty waitingProperty() {
        return waiting;
    }

    public ObservableList<String> log() {
        return log;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    ServiceConfig config() {
        ServiceConfig env = ServiceConfig.fromEnvironment();
        return new ServiceConfig(setting("service.spotifyApi"), setting("service.spotifyAccounts"),
                setting("service.reccobeats"), setting("service.musicbrainz"), blankToNull(clientId.get()),
                blankToNull(clientSecret.get()), env.maxRetryAfterSeconds(), env.maxRetries(), env.backoffMillis());
    }

    private String setting(String key) {
        return blankToNull(context.settings().get(key));
    }

    /** Gets a token and probes what this app may do; fills the capability table. */
    public void testConnection() {
        rememberIfAsked();
        ServiceConfig config = config();
        busy.set(true);
        message.set("Testing the connection…");
        BackgroundTask.of("Testing the Spotify connection", ctx -> {
                    SpotifyIngestion probe = SpotifyIngestion.create(config, IngestListener.NONE);
                    return probe.probe(firstQuery());
                })
                .onSuccess(c -> {
                    found = c;
                    capabilities.clear();
                    c.all().forEach((cap, f) -> capabilities.add(new CapabilityRow(cap.label(),
                            f.available() ? "available" : "closed" + (f.status() > 0 ? " (" + f.status() + ")" : ""),
                            f.available() ? "" : cap.fallback())));
                    message.set("Connected. Closed capabilities will use their fallback unless you switch it off.");
                })
                .onFailure(e -> message.set("Could not connect: " + e.getMessage()))
                .andFinally(() -> busy.set(false))
                .executeWith(context.executor());
    }

    /** Searches playlists for every query; the table lists those with enough tracks, chosen by default. */
    public void search() {
        ServiceConfig config = config();
        List<String> qs = queryList();
        int wanted = perQuery.get();
        int min = minTracks.get();
        busy.set(true);
        message.set("Searching " + qs.size() + " queries…");
        BackgroundTask.of("Searching playlists", ctx -> {
                    SpotifyClient client = SpotifyIngestion.create(config, IngestListener.NONE).spotify();
                    List<SpotifyClient.Candidate> all = new ArrayList<>();
                    for (String q : qs) {
                        ctx.checkCancelled();
                        ctx.message("Searching '" + q + "'");
                        int taken = 0;
                        for (SpotifyClient.Candidate c : client.searchPlaylists(q, Math.max(wanted * 3, 10))) {
                            if (taken < wanted && c.trackCount() >= min && all.stream().noneMatch(a -> a.id().equals(c.id()))) {
                                all.add(c);
                                taken++;
                            }
                        }
                    }
                    return all;
                })
                .onSuccess(list -> {
                    candidates.setAll(list.stream().map(CandidateRow::new).toList());
                    message.set(String.format(Locale.US, "%d playlists, %,d tracks to read.", list.size(),
                            list.stream().mapToInt(SpotifyClient.Candidate::trackCount).sum()));
                })
                .onFailure(e -> message.set("The search failed: " + e.getMessage()))
                .andFinally(() -> busy.set(false))
                .executeWith(context.executor());
    }

    /** Reads the chosen playlists into the workspace, playlist by playlist. */
    public void run() {
        start(true);
    }

    /** Goes on with the playlists a stopped (or crashed) run left, without reading the finished ones again. */
    public void resume() {
        start(false);
    }

    /** Playlists left to read in the workspace. */
    public int pendingPlaylists() {
        return context.session().project().ingestState().pendingPlaylistIds().size();
    }

    private void start(boolean fresh) {
        Project project = context.session().project();
        List<Playlist> chosen = candidates.stream().filter(r -> r.chosen.get()).map(r -> r.candidate.toPlaylist()).toList();
        if (fresh && !chosen.isEmpty()) {
            project.putPlaylists(chosen.stream().filter(p -> !project.playlists().containsKey(p.id())).toList());
            project.setIngestState(new IngestState(chosen.stream().map(Playlist::id).toList(),
                    project.ingestState().musicBrainzGenres()));
        }
        if (project.ingestState().pendingPlaylistIds().isEmpty()) {
            message.set("No playlist is chosen and none is left from an earlier run.");
            return;
        }
        Project snapshot = project.snapshot();
        ServiceConfig config = config();
        IngestPlan plan = new IngestPlan(queryList(), Math.max(1, perQuery.get()), minTracks.get(), useReccoBeats.get(),
                useMusicBrainz.get());
        busy.set(true);
        log.clear();
        SpotifyIngestion ingestion = new SpotifyIngestion(config, new IngestListener() {
            @Override
            public void waiting(double seconds, String why) {
                Platform.runLater(() -> countdown(seconds, why));
            }

            @Override
            public void log(String line) {
                Platform.runLater(() -> log.add(line));
            }

            @Override
            public void progress(Counts c) {
                Platform.runLater(() -> {
                    progress.set(c.playlists() == 0 ? 1 : c.playlistsDone() / (double) c.playlists());
                    counters.set(String.format(Locale.US, "Playlists %d of %d · tracks %,d new, %,d known · new artists %,d"
                                    + " · requests %,d · errors %d", c.playlistsDone(), c.playlists(), c.newTracks(),
                            c.knownTracks(), c.newArtists(), c.requests(), c.errors()));
                });
            }
        }, org.genreworkbench.ingest.spotify.Sleeper.REAL, System::currentTimeMillis, found);
        running = BackgroundTask.of("Ingesting from Spotify", ctx -> ingestion.run(snapshot, plan,
                        batch -> Platform.runLater(() -> {
                            batch.applyTo(context.session().project());
                            // A crash now loses at most the playlist in progress: the autosave holds the rest.
                            context.session().requestCheckpoint();
                        }), ctx))
                .onSuccess(s -> {
                    summary.set(summaryText(s));
                    step.set(SpotifyWizard.SUMMARY);
                })
                .onCancelled(() -> message.set("Stopped. What was read is kept; Run again to resume."))
                .onFailure(e -> message.set("The run stopped: " + e.getMessage() + " What was read is kept; Run again to resume."))
                .andFinally(() -> {
                    busy.set(false);
                    waiting.set("");
                })
                .executeWith(context.executor());
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void countdown(double seconds, String why) {
        long end = System.currentTimeMillis() + (long) (seconds * 1000);
        waiting.set(String.format(Locale.US, "Waiting %.0f s: %s", seconds, why));
        javafx.animation.Timeline tick = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(1), e -> {
                    long left = Math.max(0, end - System.currentTimeMillis()) / 1000;
                    waiting.set(left == 0 ? "" : String.format(Locale.US, "Waiting %d s: %s", left, why));
                }));
        tick.setCycleCount((int) Math.ceil(seconds));
        tick.play();
    }

    private String summaryText(SpotifyIngestion.Summary s) {
        Project p = context.session().project();
        StringBuilder sb = new StringBuilder(String.format(Locale.US,
                "%d playlists read: %,d new tracks (%,d already known), %,d new artists, %,d requests, %d errors.%n"
                        + "The workspace now holds %,d tracks and %,d artists.",
                s.playlists(), s.newTracks(), s.knownTracks(), s.newArtists(), s.requests(), s.errors(),
                p.tracks().size(), p.artists().size()));
        Coverage.of(p).forEach((field, shares) -> sb.append('\n').append(Coverage.describe(field, shares)));
        return sb.toString();
    }

    private void rememberIfAsked() {
        try {
            if (remember.get() && clientId.get() != null && clientSecret.get() != null) {
                credentials.save(new CredentialStore.Credentials(clientId.get(), clientSecret.get()));
            } else if (!remember.get()) {
                credentials.forget();
            }
        } catch (java.io.IOException e) {
            message.set("Could not remember the credentials: " + e.getMessage());
        }
    }

    private List<String> queryList() {
        return Arrays.stream(queries.get().split("[\\n,]")).map(String::strip).filter(q -> !q.isEmpty()).toList();
    }

    private String firstQuery() {
        List<String> q = queryList();
        return q.isEmpty() ? "rock" : q.get(0);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
