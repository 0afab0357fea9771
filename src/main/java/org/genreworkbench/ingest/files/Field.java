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
    ALBUM("track_album_name", "album_name", "album"),
    RELEASE_DATE("track_album_release_date", "release_date", "album_release_date", "year"),
    DURATION_MS("duration_ms", "duration"),
    POPULARITY("track_popularity", "popularity"),
    EXPLICIT("explicit"),
    PLAYLIST_ID("playlist_id"),
    PLAYLIST_NAME("playlist_name"),
    PLAYLIST_GENRE("playlist_genre", "track_genre", "genre"),
    PLAYLIST_SUBGENRE("playlist_subgenre", "subgenre"),
    GENRES("genres", "artist_genres", "genre_tags", "tags"),
    FOLLOWERS("followers", "artist_followers", "followers_total"),
    DANCEABILITY("danceability"),
    ENERGY("energy"),
    KEY("key"),
    LOUDNESS("loudness"),
    MODE("mode"),
    SPEECHINESS("speechiness"),
    ACOUSTICNESS("acousticness"),
    INSTRUMENTALNESS("instrumentalness"),
    LIVENESS("liveness"),
    VALENCE("valence"),
    TEMPO("tempo"),
    TIME_SIGNATURE("time_signature"),
    IGNORE();

    private final List<String> names;

    Field(String... names) {
        this.names = List.of(names);
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
        String spaced = name().replace('_', ' ').toLowerCase(Locale.ROOT).replace(" id", " ID").replace(" ms", " (ms)");
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

    /** The field whose usual names include the header, or IGNORE. */
    public static Field suggest(String header) {
        String h = normalise(header);
        for (Field f : values()) {
            if (f.names.contains(h)) {
                return f;
            }
        }
        return IGNORE;
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
