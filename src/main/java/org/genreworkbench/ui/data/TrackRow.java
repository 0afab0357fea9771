package org.genreworkbench.ui.data;

import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.Track;
import org.genreworkbench.model.TrackSearch;

/**
 * One line of the Data table. Its artists' names and genre tags are shared by the tracks of the same artists,
 * so that sorting and filtering never go back to the project; the other cells read the track itself when they
 * are shown. The artists' texts and what the filter looks in are found or made at their first need, or
 * beforehand by {@link #prepareSearch}: a million rows are made in a fraction of a second that way, and their
 * search texts while the table is already shown. Made twice at worst when two threads ask at once, which is
 * harmless.
 */
public final class TrackRow {
    private final Track track;
    private final TableArtists table;
    private final TableGenres genres;
    private volatile TrackArtists by;
    private volatile String searchText;

    TrackRow(Track track, TableArtists table, TableGenres genres) {
        this.track = track;
        this.table = table;
        this.genres = genres;
    }

    public Track track() {
        return track;
    }

    public String name() {
        return track.name();
    }

    public String artists() {
        return by().names();
    }

    public String genreTags() {
        return by().genreTags();
    }

    /** The genre of the first playlist with a genre that holds the track (the playlist-genre target); or null. */
    public String playlistGenre() {
        return genres.of(track.id());
    }

    public Integer popularity() {
        return track.popularity();
    }

    /** The track's length in milliseconds; null when unknown. */
    public Integer durationMs() {
        return track.durationMs();
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

    /** What the filter looks in, lower case: the track's name and album, then its artists' names and tags. */
    public String searchText() {
        String t = searchText;
        if (t == null) {
            t = TrackSearch.ownText(track) + "\n" + by().searchText();
            searchText = t;
        }
        return t;
    }

    /** Makes what the filter looks in, so that the first filter does not. */
    void prepareSearch() {
        searchText();
    }

    /** True when every word of the (lower-case) query occurs in the name, artists, tags or album. */
    boolean matches(String[] words) {
        return TrackSearch.matches(searchText(), words);
    }

    private TrackArtists by() {
        TrackArtists b = by;
        if (b == null) {
            b = table.of(track.artistIds());
            by = b;
        }
        return b;
    }
}
