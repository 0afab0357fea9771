package org.genreworkbench.ui.data;

import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
import org.genreworkbench.ui.LargeWorkspaces;
import org.genreworkbench.ui.WorkspaceSession;

/**
 * The Data table's state: one row per track, a filter typed by the user, and the "showing" count. A workspace
 * may hold a million tracks: rows are made and filtered on every core (in project order all the same), and the
 * tracks of the same artists share their artists' text. For a {@linkplain LargeWorkspaces large} workspace the rows
 * are made by a background task; until they are ready the table keeps the rows it had (or says it is preparing
 * them, for a workspace just opened).
 */
public final class DataViewModel {
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);

    private final WorkspaceSession session;
    private final TaskExecutor executor;
    private Project rowsOf;
    private boolean preparing;
    private boolean again;
    private List<TrackRow> rows = List.of();
    private final ObservableList<TrackRow> filtered = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper emptyTableText = new ReadOnlyStringWrapper();

    public DataViewModel(WorkspaceSession session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        session.revisionProperty().addListener((obs, old, now) -> reload());
        filter.addListener((obs, old, now) -> applyFilter());
        session.openingProperty().addListener((obs, old, now) -> updateEmptyTableText());
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
        if (preparing) {
            again = true;
            return;
        }
        Project project = session.project();
        Track[] tracks = project.tracks().values().toArray(Track[]::new);
        if (!LargeWorkspaces.isLarge(project)) {
            show(project, rowsOf(tracks, project));
            return;
        }
        if (project != rowsOf) {
            // another workspace: its rows, not the last one's, or none until they are ready
            rows = List.of();
            rowsOf = project;
        }
        preparing = true;
        applyFilter();
        // The tracks and artists are copied here, on the UI thread that alone changes the project, for the task.
        Project artists = project.artistsOnly();
        BackgroundTask.of("Preparing the table of " + COUNT.format(tracks.length) + " tracks",
                        ctx -> rowsOf(tracks, artists))
                .onSuccess(made -> {
                    if (session.project() == project) {
                        show(project, made);
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

    private static List<TrackRow> rowsOf(Track[] tracks, Project artists) {
        Map<List<String>, TrackArtists> byArtists = new ConcurrentHashMap<>();
        return Arrays.stream(tracks).parallel()
                .map(t -> TrackRow.of(t, byArtists.computeIfAbsent(t.artistIds(), ids -> TrackArtists.of(artists, ids))))
                .toList();
    }

    private void show(Project project, List<TrackRow> made) {
        rowsOf = project;
        rows = made;
        applyFilter();
    }

    private void applyFilter() {
        String[] words = TrackSearch.words(filter.get());
        filtered.setAll(words.length == 0 ? rows : rows.parallelStream().filter(row -> row.matches(words)).toList());
        // While a workspace's first rows are made, the table's own text says so: no "Showing 0 of 0" beside it.
        shown.set(preparing && rows.isEmpty() ? ""
                : "Showing " + COUNT.format(filtered.size()) + " of " + COUNT.format(rows.size()) + " tracks");
        updateEmptyTableText();
    }
}
