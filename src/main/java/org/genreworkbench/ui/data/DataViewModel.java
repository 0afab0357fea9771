package org.genreworkbench.ui.data;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;
import org.genreworkbench.model.TrackSearch;
import org.genreworkbench.ui.WorkspaceSession;

/** The Data table's state: one row per track, a filter typed by the user, and the "showing" count. */
public final class DataViewModel {
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);

    private final WorkspaceSession session;
    private final ObservableList<TrackRow> rows = FXCollections.observableArrayList();
    private final FilteredList<TrackRow> filtered = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper();

    public DataViewModel(WorkspaceSession session) {
        this.session = session;
        session.revisionProperty().addListener((obs, old, now) -> reload());
        filter.addListener((obs, old, now) -> applyFilter());
        reload();
    }

    /** The rows that pass the filter, in project order; the view sorts them. */
    public FilteredList<TrackRow> rows() {
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

    private void reload() {
        Project project = session.project();
        List<TrackRow> fresh = new ArrayList<>(project.tracks().size());
        for (Track t : project.tracks().values()) {
            fresh.add(TrackRow.of(t, TrackSearch.artistNames(project, t), project.genreTagsOf(t)));
        }
        rows.setAll(fresh);
        applyFilter();
    }

    private void applyFilter() {
        String[] words = TrackSearch.words(filter.get());
        filtered.setPredicate(words.length == 0 ? null : row -> row.matches(words));
        shown.set("Showing " + COUNT.format(filtered.size()) + " of " + COUNT.format(rows.size()) + " tracks");
    }
}
