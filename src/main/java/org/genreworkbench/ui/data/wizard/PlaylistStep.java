package org.genreworkbench.ui.data.wizard;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genreworkbench.ingest.spotify.IngestPlan;
import org.genreworkbench.ingest.spotify.PlaylistChoice;
import org.genreworkbench.ingest.spotify.SpotifyClient;
import org.genreworkbench.ingest.spotify.SpotifyIngestion;
import org.genreworkbench.model.Playlist;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.task.TaskExecutor;

/**
 * The Playlists step: genre queries, the search (the same choice as the command line's, through
 * {@link SpotifyIngestion#choosePlaylists}), and the candidates to tick; the totals follow the ticks.
 */
public final class PlaylistStep {
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

    private final StringProperty queries = new SimpleStringProperty(String.join("\n", IngestPlan.DEFAULT_QUERIES));
    private final IntegerProperty perQuery = new SimpleIntegerProperty(5);
    private final IntegerProperty minTracks = new SimpleIntegerProperty(50);
    private final ObservableList<CandidateRow> candidates = FXCollections.observableArrayList();
    private final IntegerProperty chosenCount = new SimpleIntegerProperty();
    private final StringProperty totals = new SimpleStringProperty("");
    private final StringProperty shortfalls = new SimpleStringProperty("");
    private final ConnectStep connect;
    private final TaskExecutor executor;
    private final WizardStatus status;

    private final org.genreworkbench.ui.UiThread ui;

    PlaylistStep(ConnectStep connect, TaskExecutor executor, WizardStatus status, org.genreworkbench.ui.UiThread ui) {
        this.ui = ui;
        this.connect = connect;
        this.executor = executor;
        this.status = status;
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

    /** Playlists ticked. */
    public IntegerProperty chosenCountProperty() {
        return chosenCount;
    }

    /** "6 of 8 playlists chosen, 520 tracks to read." — follows every tick. */
    public StringProperty totalsProperty() {
        return totals;
    }

    /** The queries whose search gave fewer playlists than asked, and why; empty when none did. */
    public StringProperty shortfallsProperty() {
        return shortfalls;
    }

    List<String> queryList() {
        return IngestPlan.parseQueries(queries.get());
    }

    String firstQuery() {
        List<String> q = queryList();
        return q.isEmpty() ? "rock" : q.get(0);
    }

    IngestPlan plan() {
        return new IngestPlan(queryList(), Math.max(1, perQuery.get()), minTracks.get(),
                connect.useReccoBeatsProperty().get(), connect.useMusicBrainzProperty().get());
    }

    List<Playlist> chosenPlaylists() {
        return candidates.stream().filter(r -> r.chosen.get()).map(r -> r.candidate.toPlaylist()).toList();
    }

    int chosenTracks() {
        return candidates.stream().filter(r -> r.chosen.get()).mapToInt(r -> r.candidate.trackCount()).sum();
    }

    /** Searches playlists for every query; the table lists those with enough tracks, chosen by default. */
    public void search() {
        var config = connect.config();
        IngestPlan plan = plan();
        status.busyProperty().set(true);
        status.say("Searching " + plan.queries().size() + " queries…");
        BackgroundTask.of("Searching playlists",
                        ctx -> SpotifyIngestion.create(config, status.showingWaits(ui)).choosePlaylists(plan, ctx))
                .onSuccess(this::show)
                .onFailure(e -> status.say("The search failed: " + e.getMessage()))
                .andFinally(() -> status.busyProperty().set(false))
                .executeWith(executor);
    }

    private void show(PlaylistChoice choice) {
        List<CandidateRow> rows = choice.candidates().stream().map(CandidateRow::new).toList();
        rows.forEach(r -> r.chosen.addListener((o, a, b) -> updateTotals()));
        candidates.setAll(rows);
        shortfalls.set(choice.shortfalls().isEmpty() ? "" : "Fewer than asked: " + String.join("; ",
                choice.shortfalls().stream().map(PlaylistChoice.Shortfall::describe).toList()) + ".");
        updateTotals();
        status.clear();
    }

    private void updateTotals() {
        int chosen = (int) candidates.stream().filter(r -> r.chosen.get()).count();
        chosenCount.set(chosen);
        totals.set(String.format(Locale.US, "%d of %d playlists chosen, %,d tracks to read.", chosen, candidates.size(),
                chosenTracks()));
    }
}
