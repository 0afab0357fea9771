package org.genreworkbench.ingest.files;

import java.util.List;
import java.util.Locale;
import org.genreworkbench.model.AudioFeature;

/** What a column of an imported table holds. */
public enum Field {
    TRACK_ID("track_id", "id", "spotify_id", "uri", "track_uri", "spotify_track_id"),
    TRACK_NAME("track_name", "name", "title", "song", "song_name"),
    ARTIST_NAMES("track_artist", "artists", "artist", "artist_name", "artist_names", "artists_names"),
    ARTIST_IDS("artist_ids", "artist_id", "artists_id"),
    ALBUM_ID("album_id", "track_album_id"),
    ALBUM("track_album_name", "album_name", "album"),
    RELEASE_DATE("track_album_release_date", "release_date", "album_release_date", "year"),
    DURATION_MS("duration_ms"),
    DURATION_S("duration_s", "duration_sec", "duration_seconds"),
    /** A duration without its unit: a value under 10,000 is taken as seconds (no track is 10 s long in ms). */
    DURATION("duration", "length"),
    POPULARITY(0, 100, "track_popularity", "popularity"),
    EXPLICIT("explicit"),
    PLAYLIST_ID("playlist_id"),
    PLAYLIST_NAME("playlist_name"),
    PLAYLIST_GENRE("playlist_genre", "track_genre", "genre"),
    PLAYLIST_SUBGENRE("playlist_subgenre", "subgenre"),
    GENRES("genres", "artist_genres", "genre_tags", "tags"),
    FOLLOWERS("followers", "artist_followers", "followers_total"),
    // Ranges as Spotify documents them, widened to what real exports hold (loudness up to a few dB over 0,
    // time signatures 0 and 1 for tracks without a beat); a value outside is a bad cell, not a feature.
    DANCEABILITY(0, 1, "danceability"),
    ENERGY(0, 1, "energy"),
    KEY(-1, 11, "key"),
    LOUDNESS(-100, 10, "loudness"),
    MODE(0, 1, "mode"),
    SPEECHINESS(0, 1, "speechiness"),
    ACOUSTICNESS(0, 1, "acousticness"),
    INSTRUMENTALNESS(0, 1, "instrumentalness"),
    LIVENESS(0, 1, "liveness"),
    VALENCE(0, 1, "valence"),
    TEMPO(0, 400, "tempo"),
    TIME_SIGNATURE(0, 7, "time_signature"),
    IGNORE();

    private final List<String> names;
    private final double min;
    private final double max;

    Field(String... names) {
        this(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, names);
    }

    Field(double min, double max, String... names) {
        this.names = List.of(names);
        this.min = min;
        this.max = max;
    }

    /** True when a number read for this field is one it can hold (a danceability between 0 and 1). */
    boolean inRange(double value) {
        return value >= min && value <= max;
    }

    /** The values this field can hold, for messages: "0 to 1". */
    String range() {
        return fmt(min) + " to " + fmt(max);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** The usual column names of this field in exports, normalised (lower case, underscores). */
    public List<String> names() {
        return names;
    }

    /** A name for people: "Artist names"; IGNORE reads "Leave out". */
    public String label() {
        if (this == IGNORE) {
            return "Leave out";
        }
        if (this == DURATION) {
            return "Duration (ms or s)";
        }
        String spaced = name().replace('_', ' ').toLowerCase(Locale.ROOT).replace(" id", " ID").replace(" ms", " (ms)")
                .replaceFirst(" s$", " (s)");
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The audio feature this field is, or null. */
    public AudioFeature audioFeature() {
        return AudioFeature.byFieldName(name().toLowerCase(Locale.ROOT));
    }

    /** Lower case with spaces, dots and dashes as underscores: "Track Name" and "track-name" read alike. */
    static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-]+", "_");
    }

    /** Reads a field given by the user: its enum name or one of its column names. */
    public static Field parse(String text) {
        String t = normalise(text);
        for (Field f : values()) {
            if (f.name().equalsIgnoreCase(t) || f.names.contains(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown field '" + text + "'; known: " + java.util.Arrays.toString(values()));
    }
}
