package org.genreworkbench.ui.data;

import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.Track;
import org.genreworkbench.model.TrackSearch;

/**
 * One line of the Data table. The artist names and genre tags are resolved beforehand (and shared by the
 * tracks of the same artists), so that sorting and filtering never go back to the project; the other cells
 * read the track itself when they are shown.
 *
 * @param searchText what the filter looks in, lower case: the track's name and album and its artists' text
 */
public record TrackRow(Track track, TrackArtists by, String searchText) {

    static TrackRow of(Track track, TrackArtists by) {
        return new TrackRow(track, by, TrackSearch.ownText(track) + "\n" + by.searchText());
    }

    public String name() {
        return track.name();
    }

    public String artists() {
        return by.names();
    }

    public String genreTags() {
        return by.genreTags();
    }

    public Integer popularity() {
        return track.popularity();
    }

    /** Streams in the listener's own Spotify data; null for a track it does not speak of. */
    public Integer plays() {
        return track.listening() == null ? null : track.listening().plays();
    }

    /** Total time played in milliseconds, from the listener's own data; null for a track it does not speak of. */
    public Long msPlayed() {
        return track.listening() == null ? null : track.listening().msPlayed();
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
