package org.genreworkbench.ui.data;

import java.util.Map;

/**
 * The playlist genres of one Data table's rows, by track id ({@link org.genreworkbench.model.Project#playlistGenres}).
 * A large workspace's rows are shown before their genres are found, which for a million tracks takes over a
 * second: until then its rows have none, or those found for the rows before a change.
 */
final class TableGenres {
    private volatile Map<String, String> byTrack;

    TableGenres(Map<String, String> byTrack) {
        this.byTrack = byTrack;
    }

    String of(String trackId) {
        return byTrack.get(trackId);
    }

    Map<String, String> all() {
        return byTrack;
    }

    void found(Map<String, String> genres) {
        byTrack = genres;
    }
}
