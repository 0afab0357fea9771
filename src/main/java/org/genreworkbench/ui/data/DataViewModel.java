package org.genreworkbench.ui.data;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;
import org.genreworkbench.model.TrackSearch;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.task.TaskExecutor;
import org.genreworkbench.task.TaskHandle;
import org.genreworkbench.ui.LargeWorkspaces;
import org.genreworkbench.ui.WorkspaceSession;

/**
 * The Data table's state: one row per track, a filter typed by the user, and the "showing" count. A workspace
 * may hold a million tracks: rows are cheap to make (the tracks of the same artists share their artists' texts,
 * and each text is made when first needed), and the filter runs on every core (in project order all the same).
 * For a {@linkplain LargeWorkspaces large} workspace the rows are made by a background task; until they are ready
 * the table keeps the rows it had (or says it is preparing them, for a workspace just opened). Their search texts
 * are then made by another task while the table is shown; a filter typed meanwhile applies when they are ready.
 */
public final class DataViewModel {
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);

    private final WorkspaceSession session;
    private final TaskExecutor executor;
    private Project rowsOf;
    private boolean preparing;
    private boolean again;
    /** True once every row's search text is made (at once for a small workspace, by a task for a large one). */
    private boolean searchReady = true;
    private TaskHandle searching;
    private List<TrackRow> rows = List.of();
    /** The rows {@link #filtered} was last made of. */
    private List<TrackRow> filteredOf = rows;
    private final ObservableList<TrackRow> filtered = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper emptyTableText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper anyPlaylistGenre = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper genresFound = new ReadOnlyIntegerWrapper();
    /** The playlist genres of a large workspace's latest rows. */
    private TableGenres lastGenres;

    public DataViewModel(WorkspaceSession session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        session.revisionProperty().addListener((obs, old, now) -> reload());
        filter.addListener((obs, old, now) -> applyFilter());
        session.openingProperty().addListener((obs, old, now) -> applyFilter());
        reload();
    }

    /** The rows that pass the filter, in project order; the view sorts them. */
    public ObservableList<TrackRow> rows() {
        return filtered;
    }

    /** Words to look for in name, artists, genre tags and album; all must occur. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** "Showing 120 of 5,000 tracks". */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Whether any row's track is in a playlist with a genre: the table's column for it is shown only then. */
    public ReadOnlyBooleanProperty anyPlaylistGenreProperty() {
        return anyPlaylistGenre.getReadOnlyProperty();
    }

    /** Counts the times rows' playlist genres were found: the cells on show then read theirs again. */
    public ReadOnlyIntegerProperty genresFoundProperty() {
        return genresFound.getReadOnlyProperty();
    }

    /**
     * What the table says when it shows no row: a workspace still being read, a filter nothing matches, or a
     * workspace without tracks — never "no tracks yet" while thousands are on their way or hidden by the filter.
     */
    public ReadOnlyStringProperty emptyTableTextProperty() {
        return emptyTableText.getReadOnlyProperty();
    }

    private void updateEmptyTableText() {
        if (session.openingProperty().get() != null) {
            emptyTableText.set("Opening " + session.openingProperty().get().getFileName() + "…");
        } else if (preparing && rows.isEmpty()) {
            emptyTableText.set("Preparing the table of " + COUNT.format(session.project().tracks().size()) + " tracks…");
        } else if (!rows.isEmpty()) {
            emptyTableText.set("No track matches \u201c" + filter.get().trim() + "\u201d.");
        } else {
            emptyTableText.set("No tracks yet: get data from Spotify or import files (buttons above).");
        }
    }

    private void reload() {
        if (session.project() != rowsOf && searching != null) {
            // another workspace: the search texts of the last one's rows are of no use, and making them holds it
            searching.cancel();
            searching = null;
        }
        if (preparing) {
            again = true;
            return;
        }
        Project project = session.project();
        Track[] tracks = project.tracks().values().toArray(Track[]::new);
        // The rows resolve their artists later, maybe on another thread, and their playlists' genres in the
        // background: from a copy no one changes (it shares the project's maps until one side changes them).
        Project copy = project.snapshot();
        if (!LargeWorkspaces.isLarge(project)) {
            lastGenres = null; // a large workspace's genres, not to be kept after it
            show(project, rowsOf(tracks, copy, new TableGenres(copy.playlistGenres())), true);
            showGenreColumn();
            return;
        }
        // The same workspace changed: its rows show the genres found before until they are found again.
        TableGenres genres = new TableGenres(project == rowsOf && lastGenres != null ? lastGenres.all() : Map.of());
        lastGenres = genres;
        if (project != rowsOf) {
            // another workspace: its rows, not the last one's, or none until they are ready
            rows = List.of();
            rowsOf = project;
            anyPlaylistGenre.set(false);
        }
        preparing = true;
        applyFilter();
        BackgroundTask.of("Preparing the table of " + COUNT.format(tracks.length) + " tracks",
                        ctx -> rowsOf(tracks, copy, genres))
                .onSuccess(made -> {
                    if (session.project() == project) {
                        show(project, made, false);
                        prepareSearch(made);
                        findGenres(made, copy, genres);
                    }
                })
                .andFinally(() -> {
                    preparing = false;
                    if (again) {
                        again = false;
                        reload();
                    } else {
                        updateEmptyTableText();
                    }
                })
                .executeWith(executor);
    }

    /**
     * The tracks' rows, in project order; the tracks of the same artists share their artists' texts.
     *
     * @param copy a copy of the project no one changes, for the tracks' artists and playlists
     */
    private static List<TrackRow> rowsOf(Track[] tracks, Project copy, TableGenres genres) {
        TableArtists table = new TableArtists(copy);
        List<TrackRow> made = new ArrayList<>(tracks.length);
        for (Track t : tracks) {
            made.add(new TrackRow(t, table, genres));
        }
        return made;
    }

    /**
     * Finds a large workspace's playlist genres while its rows are shown; their column appears when found. Whether
     * any row has one is found there too: a million look-ups are not for the window's thread.
     */
    private void findGenres(List<TrackRow> made, Project copy, TableGenres genres) {
        BackgroundTask.of("Finding the playlist genres of " + COUNT.format(made.size()) + " tracks", ctx -> {
                    Map<String, String> found = copy.playlistGenres();
                    return new FoundGenres(found, made.stream().anyMatch(row -> found.containsKey(row.track().id())));
                })
                .onSuccess(found -> {
                    genres.found(found.byTrack());
                    if (rows == made) {
                        anyPlaylistGenre.set(found.any());
                        genresFound.set(genresFound.get() + 1);
                    }
                })
                .executeWith(executor);
    }

    /** A large workspace's playlist genres by track, and whether any of its rows has one. */
    private record FoundGenres(Map<String, String> byTrack, boolean any) {
    }

    private void showGenreColumn() {
        anyPlaylistGenre.set(rows.stream().anyMatch(row -> row.playlistGenre() != null));
    }

    /**
     * Makes the search texts of a large workspace's rows while the table is shown; a filter typed meanwhile applies
     * when they are ready, rather than making them all on the window's thread.
     */
    private void prepareSearch(List<TrackRow> made) {
        if (searching != null) {
            searching.cancel();
        }
        searching = BackgroundTask.<Void>of("Preparing the search of " + COUNT.format(made.size()) + " tracks", ctx -> {
                    // In pieces, so that a cancel is seen and the progress moves within a fraction of a second.
                    int chunk = 50_000;
                    for (int from = 0; from < made.size(); from += chunk) {
                        ctx.checkCancelled();
                        made.subList(from, Math.min(made.size(), from + chunk)).parallelStream()
                                .forEach(TrackRow::prepareSearch);
                        ctx.progress(Math.min(made.size(), from + chunk), made.size());
                    }
                    return null;
                })
                .onSuccess(done -> searchable(made))
                // Cancelled by the user, the filter makes the texts it lacks itself, rather than never applying.
                .onCancelled(() -> searchable(made))
                .executeWith(executor);
    }

    private void searchable(List<TrackRow> made) {
        if (rows == made) {
            searchReady = true;
            // Only a filter typed meanwhile changes what is shown: a million rows are not handed to the table again.
            if (TrackSearch.words(filter.get()).length > 0) {
                applyFilter();
            }
        }
    }

    private void show(Project project, List<TrackRow> made, boolean searchable) {
        rowsOf = project;
        rows = made;
        searchReady = searchable;
        applyFilter();
    }

    private void applyFilter() {
        String[] words = TrackSearch.words(filter.get());
        boolean waiting = words.length > 0 && !searchReady && !rows.isEmpty();
        if (!waiting) {
            filtered.setAll(words.length == 0 ? rows : rows.parallelStream().filter(row -> row.matches(words)).toList());
            filteredOf = rows;
        } else if (filteredOf != rows) {
            // rows that came while a filter waits for their search are shown whole meanwhile, not as an empty table
            filtered.setAll(rows);
            filteredOf = rows;
        }
        // While a workspace is read or its first rows are made, the table's own text says so: no "Showing 0 of 0"
        // beside it.
        if (rows.isEmpty() && (preparing || session.openingProperty().get() != null)) {
            shown.set("");
        } else if (waiting) {
            shown.set("Preparing the search of " + COUNT.format(rows.size()) + " tracks…");
        } else {
            shown.set("Showing " + COUNT.format(filtered.size()) + " of " + COUNT.format(rows.size()) + " tracks");
        }
        updateEmptyTableText();
    }
}
