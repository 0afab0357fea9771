package org.genreworkbench.ui.data;

import java.util.List;
import java.util.Locale;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.Track;

/**
 * One line of the Data table, with the artist names and genre tags already resolved so that sorting and
 * filtering never go back to the project.
 */
public record TrackRow(Track track, String artists, String genreTags, String searchText) {

    static TrackRow of(Track track, List<String> artistNames, List<String> tags) {
        String artists = String.join(", ", artistNames);
        String genres = String.join(", ", tags);
        String search = ((track.name() == null ? "" : track.name()) + "\n" + artists + "\n" + genres + "\n"
                + (track.album() == null ? "" : track.album())).toLowerCase(Locale.ROOT);
        return new TrackRow(track, artists, genres, search);
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
        for (String w : words) {
            if (!searchText.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
