package org.genreworkbench.ui.data;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.genreworkbench.model.Project;

/**
 * The artists of one Data table's rows: one {@link TrackArtists} per set of artists, shared by all their tracks
 * and found from any thread.
 */
final class TableArtists {
    private final Project artists;
    private final Map<List<String>, TrackArtists> byIds = new ConcurrentHashMap<>();

    /** @param artists a project whose artists no one changes any more (e.g. {@link Project#artistsOnly}) */
    TableArtists(Project artists) {
        this.artists = artists;
    }

    TrackArtists of(List<String> ids) {
        // a plain look-up first: once a set of artists is known, no lock is taken for it
        TrackArtists known = byIds.get(ids);
        return known != null ? known : byIds.computeIfAbsent(ids, i -> new TrackArtists(artists, i));
    }
}
