package org.genreworkbench.ui.data.wizard;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genreworkbench.ingest.FieldCoverage;
import org.genreworkbench.ingest.spotify.Capabilities;
import org.genreworkbench.ingest.spotify.CompletionProgress;
import org.genreworkbench.ingest.spotify.IngestBatch;
import org.genreworkbench.ingest.spotify.IngestListener;
import org.genreworkbench.ingest.spotify.IngestPlan;
import org.genreworkbench.ingest.spotify.IngestProgress;
import org.genreworkbench.ingest.spotify.KeptMessage;
import org.genreworkbench.ingest.spotify.ListeningCompletion;
import org.genreworkbench.ingest.spotify.RateWait;
import org.genreworkbench.ingest.spotify.ServiceConfig;
import org.genreworkbench.ingest.spotify.Sleeper;
import org.genreworkbench.ingest.spotify.SpotifyIngestion;
import org.genreworkbench.model.Playlist;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.task.TaskHandle;
import org.genreworkbench.ui.UiThread;
import org.genreworkbench.ui.WorkspaceSession;

/**
 * The Run step: reads the chosen playlists (or what a stopped run left) in the background and shows the run
 * live from its first request — counters, the current step, the time left, every wait with its service and
 * reason — and what a stop kept. Changes reach the properties through the injected {@link UiThread}.
 */
public final class RunStep {
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty playlistLine = new SimpleStringProperty("");
    private final StringProperty counters = new SimpleStringProperty("");
    private final StringProperty currentStep = new SimpleStringProperty("");
    private final StringProperty timeLeft = new SimpleStringProperty("");
    private final StringProperty waiting = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObjectProperty<List<FieldCoverage.Row>> coverage =
            new SimpleObjectProperty<>(List.of());
    private final StringProperty intro = new SimpleStringProperty(PLAYLISTS_INTRO);
    private final StringProperty doneHeading = new SimpleStringProperty("Done. The new tracks are in the Data table.");
    private final WorkspaceSession session;
    private final org.genreworkbench.task.TaskExecutor executor;
    private final WizardStatus status;
    private final UiThread ui;
    private final Sleeper sleeper;
    private final LongSupplier clock;
    private final Runnable onFinished;
    private static final String PLAYLISTS_INTRO = "Reading the chosen playlists. Stop keeps everything fetched so far; "
            + "Resume asks only for what is missing (also after a crash, from the recovered workspace).";
    private TaskHandle handle;
    /** The last counts of a listening-data completion, for what a stop kept; null in a playlist run. */
    private CompletionProgress completion;
    private RateWait currentWait;
    /** What the last stop kept, in words; null until a stop is reported. */
    private String stopText;
    private long waitEnds;

    RunStep(WorkspaceSession session, org.genreworkbench.task.TaskExecutor executor, WizardStatus status, UiThread ui,
            Sleeper sleeper, LongSupplier clock, Runnable onFinished) {
        this.session = session;
        this.executor = executor;
        this.status = status;
        this.ui = ui;
        this.sleeper = sleeper;
        this.clock = clock;
        this.onFinished = onFinished;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    /** "Playlist 2 of 6: Rock Classics". */
    public StringProperty playlistLineProperty() {
        return playlistLine;
    }

    public StringProperty countersProperty() {
        return counters;
    }

    /** What the run does now: "MusicBrainz: artist 12 of 30 (one request a second)". */
    public StringProperty currentStepProperty() {
        return currentStep;
    }

    public StringProperty timeLeftProperty() {
        return timeLeft;
    }

    /** The wait in progress with its countdown: "Spotify Web API: waiting 2 s — rate limited (429, Retry-After 2 s)". */
    public StringProperty waitingProperty() {
        return waiting;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public ObservableList<String> log() {
        return log;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** Every field's coverage by source after the run, for the Summary's chart. */
    public ReadOnlyObjectProperty<List<FieldCoverage.Row>> coverageProperty() {
        return coverage;
    }

    /** What this step does, in a sentence above the bar: read playlists, or complete listened tracks. */
    public StringProperty introProperty() {
        return intro;
    }

    /** The Summary's first line. */
    public StringProperty doneHeadingProperty() {
        return doneHeading;
    }

    /** Playlists left to read in the workspace by a stopped or crashed run. */
    public int pendingPlaylists() {
        return session.project().ingestState().pendingPlaylistIds().size();
    }

    /** Reads the chosen playlists; with none chosen, goes on with what an earlier run left. */
    void start(ServiceConfig config, IngestPlan plan, List<Playlist> chosen, Capabilities capabilities) {
        if (chosen.isEmpty() && pendingPlaylists() == 0) {
            status.say("No playlist is chosen and none is left from an earlier run.");
            return;
        }
        Project snapshot = session.project().snapshot();
        begin(chosen.isEmpty() ? "Resuming: " + pendingPlaylists() + " playlists left"
                : "Reading " + chosen.size() + " playlists");
        completion = null;
        intro.set(PLAYLISTS_INTRO);
        doneHeading.set("Done. The new tracks are in the Data table.");
        SpotifyIngestion ingestion = new SpotifyIngestion(config, listener(), sleeper, clock, capabilities);
        runInBackground("Ingesting from Spotify", (sink, ctx) -> ingestion.run(snapshot, plan, chosen, sink, ctx),
                s -> SummaryReport.text(s, session.project()), this::cancelled,
                "What was fetched is kept; Resume asks only for the rest.");
    }

    /**
     * Completes the tracks of the listener's own Spotify data: audio features from ReccoBeats, genre tags from
     * MusicBrainz, each answer applied as it arrives, so Stop keeps every answer and a second start (Resume) asks
     * only for what is still missing.
     */
    void complete(ServiceConfig config) {
        ListeningCompletion.Plan plan = ListeningCompletion.Plan.of(session.project());
        intro.set("Completing the tracks of your listening history: audio features from ReccoBeats, genre tags from "
                + "MusicBrainz (one request a second). Stop keeps every answer so far; Resume asks only for the rest.");
        doneHeading.set("Done. The tracks' audio features and genre tags are in the Data table.");
        if (plan.isEmpty()) {
            status.say("Nothing to complete: every listened track with a Spotify id has audio features or was asked "
                    + "about, and every artist was asked about.");
            return;
        }
        Project snapshot = session.project().snapshot();
        begin(String.format(Locale.US, "Completing %,d tracks and %,d artists", plan.tracks().size(),
                plan.artists().size()));
        completion = new CompletionProgress("", 0, 0, 0, 0, 0, 0, 0, Double.NaN);
        ListeningCompletion work = new ListeningCompletion(config, listener(), sleeper, clock);
        runInBackground("Completing listening data", (sink, ctx) -> work.run(snapshot, sink, ctx),
                s -> SummaryReport.text(s, session.project()),
                () -> status.say(String.format(Locale.US, "Stopped. Kept every answer so far: audio features for "
                        + "%,d tracks, genre tags for %,d artists. Resume asks only for what is still missing.",
                        completion.featuresFound(), completion.genresFound())),
                "Every answer so far is kept; Resume asks only for the rest.");
    }

    /** A run that hands each batch over as it arrives and ends with a summary of what it did. */
    private interface BatchedRun<S> {
        S run(Consumer<IngestBatch> sink, TaskContext context) throws Exception;
    }

    /**
     * Starts a run in the background: each batch is applied to the workspace on the UI thread as it arrives and
     * the autosave asked to keep it (a crash then loses at most the batch in progress), the Summary follows a
     * finished run, and a stopped or failed one says what was kept.
     */
    private <S> void runInBackground(String title, BatchedRun<S> run, Function<S, String> summaryText,
                                     Runnable onCancelled, String keptAfterFailure) {
        handle = BackgroundTask.of(title, ctx -> {
                    try {
                        return run.run(batch -> ui.run(() -> {
                            batch.applyTo(session.project());
                            session.requestCheckpoint();
                        }), ctx);
                    } finally {
                        ui.run(this::workerEnded);
                    }
                })
                .onSuccess(s -> {
                    summary.set(summaryText.apply(s));
                    coverage.set(FieldCoverage.of(session.project()));
                    status.clear();
                    onFinished.run();
                })
                .onCancelled(onCancelled)
                .onFailure(e -> status.say("The run stopped: " + e.getMessage() + " " + keptAfterFailure))
                .executeWith(executor);
    }

    private void begin(String firstLine) {
        status.clear();
        stopText = null;
        log.clear();
        counters.set("");
        playlistLine.set(firstLine);
        currentStep.set("Connecting…");
        timeLeft.set("");
        progress.set(-1);
        running.set(true);
        status.busyProperty().set(true);
    }

    /** Stop: the run hands over what it fetched, then ends. */
    public void stop() {
        if (handle != null) {
            handle.cancel();
        }
    }

    /** The task is cancelled; the worker may still be handing over what it fetched, or may have done so already. */
    private void cancelled() {
        if (completion != null) {
            return; // the completion's own handler says what was kept
        }
        if (stopText != null) {
            status.say(stopText);
        } else if (running.get()) {
            status.say("Stopping: keeping what was fetched…");
        } else {
            sayStoppedBetweenPlaylists();
        }
    }

    private void sayStoppedBetweenPlaylists() {
        status.say("Stopped. Finished playlists are kept; Resume reads the " + pendingPlaylists() + " left.");
    }

    private void workerEnded() {
        if (completion == null && stopText == null && status.messageProperty().get().startsWith("Stopping")) {
            // Stopped between playlists: nothing was in progress.
            sayStoppedBetweenPlaylists();
        }
        running.set(false);
        status.busyProperty().set(false);
        waiting.set("");
        currentWait = null;
        currentStep.set("");
        timeLeft.set("");
    }

    /** Counts a wait down; the view calls this every fraction of a second. */
    public void tick(long now) {
        if (currentWait == null) {
            return;
        }
        long left = (long) Math.ceil((waitEnds - now) / 1000.0);
        if (left <= 0) {
            currentWait = null;
            waiting.set("");
        } else {
            waiting.set(String.format(Locale.US, "%s: %d s left — %s", currentWait.service().displayName(), left,
                    currentWait.why()));
        }
    }

    private IngestListener listener() {
        return new IngestListener() {
            @Override
            public void waiting(RateWait wait) {
                long now = clock.getAsLong();
                ui.run(() -> {
                    currentWait = wait;
                    waitEnds = now + (long) (wait.seconds() * 1000);
                    log.add(wait.describe());
                    tick(now);
                });
            }

            @Override
            public void log(String line) {
                ui.run(() -> log.add(line));
            }

            @Override
            public void progress(IngestProgress p) {
                ui.run(() -> show(p));
            }

            @Override
            public void completing(CompletionProgress p) {
                ui.run(() -> show(p));
            }

            @Override
            public void stopped(IngestProgress.Kept kept) {
                String text = "Stopped. " + KeptMessage.describe(kept) + " Finished playlists are kept whole; "
                        + "Resume asks only for what is missing.";
                ui.run(() -> {
                    stopText = text;
                    log.add(text);
                    status.say(text);
                });
            }
        };
    }

    void show(IngestProgress p) {
        if (p.playlists() > 0) {
            progress.set(p.playlistsDone() / (double) p.playlists());
            playlistLine.set(p.playlistsDone() == p.playlists() ? "All " + p.playlists() + " playlists read"
                    : String.format(Locale.US, "Playlist %d of %d: %s", p.playlistsDone() + 1, p.playlists(), p.playlistName()));
        }
        counters.set(String.format(Locale.US, "Tracks read %,d: %,d new, %,d in more than one playlist, %,d already in the "
                        + "workspace · audio features %,d · artists looked up %,d · MusicBrainz %,d · skipped entries %,d · "
                        + "requests %,d · errors %d", p.entriesRead(), p.newTracks(), p.repeatedTracks(), p.knownTracks(),
                p.featuresFound(), p.artistsLookedUp(), p.musicBrainzAsked(), p.skippedEntries(), p.requests(), p.errors()));
        currentStep.set(p.step());
        timeLeft.set(timeLeftText(p.secondsLeft()));
    }

    void show(CompletionProgress p) {
        completion = p;
        progress.set(p.fractionDone());
        playlistLine.set(String.format(Locale.US, "Audio features: request %d of %d · genre tags: artist %d of %d",
                p.featureRequestsDone(), p.featureRequests(), p.artistsDone(), p.artists()));
        counters.set(String.format(Locale.US, "Tracks given audio features %,d · artists given genre tags %,d of %,d "
                + "asked · requests %,d", p.featuresFound(), p.genresFound(), p.artistsDone(), p.requests()));
        currentStep.set(p.step());
        timeLeft.set(timeLeftText(p.secondsLeft()));
    }

    static String timeLeftText(double seconds) {
        if (Double.isNaN(seconds)) {
            return "Estimating the time left…";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return "About " + Math.max(1, s) + " s left";
        }
        return s < 3600 ? String.format(Locale.US, "About %d min %02d s left", s / 60, s % 60)
                : String.format(Locale.US, "About %d h %02d min left", s / 3600, s % 3600 / 60);
    }
}
