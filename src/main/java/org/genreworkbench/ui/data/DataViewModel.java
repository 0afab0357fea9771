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
import org.genreworkbench.ui.WorkspaceSession;

/**
 * The Data table's state: one row per track, a filter typed by the user, and the "showing" count. A workspace
 * may hold a million tracks: rows are made and filtered on every core (in project order all the same), and the
 * tracks of the same artists share their artists' text.
 */
public final class DataViewModel {
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);

    private final WorkspaceSession session;
    private List<TrackRow> rows = List.of();
    private final ObservableList<TrackRow> filtered = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper emptyTableText = new ReadOnlyStringWrapper();

    public DataViewModel(WorkspaceSession session) {
        this.session = session;
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
        } else if (!rows.isEmpty()) {
            emptyTableText.set("No track matches \u201c" + filter.get().trim() + "\u201d.");
        } else {
            emptyTableText.set("No tracks yet: get data from Spotify or import files (buttons above).");
        }
    }

    private void reload() {
        Project project = session.project();
        Map<List<String>, TrackArtists> byArtists = new ConcurrentHashMap<>();
        rows = Arrays.stream(project.tracks().values().toArray(Track[]::new)).parallel()
                .map(t -> TrackRow.of(t, byArtists.computeIfAbsent(t.artistIds(), ids -> TrackArtists.of(project, ids))))
                .toList();
        applyFilter();
    }

    private void applyFilter() {
        String[] words = TrackSearch.words(filter.get());
        filtered.setAll(words.length == 0 ? rows : rows.parallelStream().filter(row -> row.matches(words)).toList());
        shown.set("Showing " + COUNT.format(filtered.size()) + " of " + COUNT.format(rows.size()) + " tracks");
        updateEmptyTableText();
    }
}
