package org.genreworkbench.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every feature a track can be described by, for Explore and the models alike: the twelve audio features, the
 * track's own measures and its artists'. Each knows its field name (as in Spotify's API, in exports and in
 * experiment specs), its unit and documented range, what kind of value it is, how its long tail is best read,
 * and how to read it from a track. A value that is not known is NaN, never zero.
 */
public enum TrackFeature {
    DANCEABILITY(AudioFeature.DANCEABILITY, Kind.MEASURE, "0–1", 0, 1, false, false),
    ENERGY(AudioFeature.ENERGY, Kind.MEASURE, "0–1", 0, 1, false, false),
    KEY(AudioFeature.KEY, Kind.CODE, "pitch class (−1 none)", -1, 11, false, false),
    LOUDNESS(AudioFeature.LOUDNESS, Kind.MEASURE, "dB", -60, 0, false, false),
    MODE(AudioFeature.MODE, Kind.CODE, "1 major, 0 minor", 0, 1, false, false),
    SPEECHINESS(AudioFeature.SPEECHINESS, Kind.MEASURE, "0–1", 0, 1, true, false),
    ACOUSTICNESS(AudioFeature.ACOUSTICNESS, Kind.MEASURE, "0–1", 0, 1, true, false),
    INSTRUMENTALNESS(AudioFeature.INSTRUMENTALNESS, Kind.MEASURE, "0–1", 0, 1, true, false),
    LIVENESS(AudioFeature.LIVENESS, Kind.MEASURE, "0–1", 0, 1, true, false),
    VALENCE(AudioFeature.VALENCE, Kind.MEASURE, "0–1", 0, 1, false, false),
    TEMPO(AudioFeature.TEMPO, Kind.MEASURE, "BPM", 0, 250, false, false),
    TIME_SIGNATURE(AudioFeature.TIME_SIGNATURE, Kind.CODE, "beats per bar", 3, 7, false, false),
    DURATION_MS("duration_ms", Kind.MEASURE, "ms", 0, Double.POSITIVE_INFINITY, true, true),
    POPULARITY("popularity", Kind.MEASURE, "0–100", 0, 100, false, false),
    YEAR("year", Kind.MEASURE, "year of release", 1900, 2100, false, false),
    EXPLICIT("explicit", Kind.FLAG, "1 yes, 0 no", 0, 1, false, false),
    /** The most-followed of the track's artists. */
    ARTIST_FOLLOWERS("artist_followers", Kind.MEASURE, "followers", 0, Double.POSITIVE_INFINITY, true, true),
    /** The most popular of the track's artists; shown in Explore, not offered to models. */
    ARTIST_POPULARITY("artist_popularity", Kind.MEASURE, "0–100", 0, 100, false, false);

    /** What a feature's values are, which decides how they are summarised and fed to a model. */
    public enum Kind {
        /** A measurement: averaged, binned, correlated. */
        MEASURE,
        /** A whole-number code with no order that means anything (key, mode, metre): counted; one-hot for models. */
        CODE,
        /** Yes or no, as 1 or 0: counted; a model takes it as it is. */
        FLAG
    }

    private final AudioFeature audio;
    private final String fieldName;
    private final Kind kind;
    private final String unit;
    private final double min;
    private final double max;
    private final boolean logFriendly;
    private final boolean logAxisByDefault;

    TrackFeature(AudioFeature audio, Kind kind, String unit, double min, double max, boolean logFriendly,
                 boolean logAxisByDefault) {
        this(audio, audio.fieldName(), kind, unit, min, max, logFriendly, logAxisByDefault);
    }

    TrackFeature(String fieldName, Kind kind, String unit, double min, double max, boolean logFriendly,
                 boolean logAxisByDefault) {
        this(null, fieldName, kind, unit, min, max, logFriendly, logAxisByDefault);
    }

    TrackFeature(AudioFeature audio, String fieldName, Kind kind, String unit, double min, double max,
                 boolean logFriendly, boolean logAxisByDefault) {
        this.audio = audio;
        this.fieldName = fieldName;
        this.kind = kind;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.logFriendly = logFriendly;
        this.logAxisByDefault = logAxisByDefault;
    }

    /** The snake_case name of Spotify's API, exports and experiment specs. */
    public String fieldName() {
        return fieldName;
    }

    /** A label for people: "Time signature". */
    public String displayName() {
        String spaced = fieldName.replace('_', ' ');
        return spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }

    public Kind kind() {
        return kind;
    }

    /** "ms", "dB", "0–1": what a value is counted in. */
    public String unit() {
        return unit;
    }

    /** The lowest value Spotify documents (real exports hold a little outside it). */
    public double min() {
        return min;
    }

    /** The highest value Spotify documents; infinite when there is no upper bound. */
    public double max() {
        return max;
    }

    /**
     * A long right tail that log(1 + x) makes tractable for linear models and neural networks: the features a
     * spec's {@code logSkewed} transforms. Speechiness, acousticness, instrumentalness and liveness pile up near 0.
     */
    public boolean isLogFriendly() {
        return logFriendly;
    }

    /**
     * Whether a histogram starts on a log axis: only the features in absolute units whose values span several
     * powers of ten (milliseconds, followers). The 0–1 features are skewed too, but they hold exact zeros a log
     * axis cannot show, so they start on a linear one.
     */
    public boolean logAxisByDefault() {
        return logAxisByDefault;
    }

    /** The audio feature this is, or null for the track's and artists' own measures. */
    public AudioFeature audioFeature() {
        return audio;
    }

    /** Whether models may use it (every feature but the artists' popularity, which Explore shows alone). */
    public boolean forModels() {
        return this != ARTIST_POPULARITY;
    }

    /** The value for a track, NaN when not known; artist measures take the largest over its artists. */
    public double valueOf(Track track, Project project) {
        if (audio != null) {
            return track.features().valueOrNaN(audio);
        }
        return switch (this) {
            case DURATION_MS -> track.durationMs() == null ? Double.NaN : track.durationMs();
            case POPULARITY -> track.popularity() == null ? Double.NaN : track.popularity();
            case YEAR -> track.releaseYear() == null ? Double.NaN : track.releaseYear();
            case EXPLICIT -> track.explicit() == null ? Double.NaN : track.explicit() ? 1 : 0;
            case ARTIST_FOLLOWERS -> largestOverArtists(track, project, true);
            case ARTIST_POPULARITY -> largestOverArtists(track, project, false);
            default -> throw new IllegalStateException("no reader for " + this);
        };
    }

    private static double largestOverArtists(Track track, Project project, boolean followers) {
        double max = Double.NaN;
        for (String id : track.artistIds()) {
            Artist a = project.artist(id);
            // Not a ?: of Long and Integer, which would unbox a missing value.
            Number v = null;
            if (a != null) {
                v = followers ? (Number) a.followers() : (Number) a.popularity();
            }
            if (v != null) {
                max = Double.isNaN(max) ? v.doubleValue() : Math.max(max, v.doubleValue());
            }
        }
        return max;
    }

    /** The feature of that field name, or null. */
    public static TrackFeature byFieldName(String name) {
        return name == null ? null : ByFieldName.FEATURES.get(name);
    }

    /**
     * Looked up once per track and feature when a data set is built or its coverage counted: a million tracks
     * make that tens of millions of lookups, which a scan of the names made seconds long.
     */
    private static final class ByFieldName {
        static final Map<String, TrackFeature> FEATURES = Arrays.stream(values())
                .collect(Collectors.toUnmodifiableMap(TrackFeature::fieldName, f -> f));
    }

    /** The field names of the features that pass the test, in this order. */
    public static List<String> names(java.util.function.Predicate<TrackFeature> which) {
        return Arrays.stream(values()).filter(which).map(TrackFeature::fieldName).toList();
    }
}
