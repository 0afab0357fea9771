package org.genreworkbench.ui.data;

import java.util.List;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.Track;
import org.genreworkbench.model.TrackSearch;

/**
 * One line of the Data table, with the artist names and genre tags already resolved so that sorting and
 * filtering never go back to the project.
 */
public record TrackRow(Track track, String artists, String genreTags, String searchText) {

    static TrackRow of(Track track, List<String> artistNames, List<String> tags) {
        String artists = String.join(", ", artistNames);
        String genres = String.join(", ", tags);
        return new TrackRow(track, artists, genres, TrackSearch.searchText(track, artists, genres));
    }

    public String name() {
        return track.name();
    }

    public Integer popularity() {
        return track.popularity();
    }

    /** Null when missing, so the table shows an empty cell and sorts it last. */
    public Double feature(AudioFeature feature) {
        double v = track.features().valueOrNaN(feature);
        return Double.isNaN(v) ? null : v;
    }

    /** True when every word of the (lower-case) query occurs in the name, artists, tags or album. */
    boolean matches(String[] words) {
        return TrackSearch.matches(searchText, words);
    }
}
