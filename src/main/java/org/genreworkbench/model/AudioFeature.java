package org.genreworkbench.model;

import java.util.Locale;

/** The audio features Spotify reports for a track, in Spotify's order and with its field names. */
public enum AudioFeature {
    DANCEABILITY("danceability", false),
    ENERGY("energy", false),
    KEY("key", true),
    LOUDNESS("loudness", false),
    MODE("mode", true),
    SPEECHINESS("speechiness", false),
    ACOUSTICNESS("acousticness", false),
    INSTRUMENTALNESS("instrumentalness", false),
    LIVENESS("liveness", false),
    VALENCE("valence", false),
    TEMPO("tempo", false),
    TIME_SIGNATURE("time_signature", true);

    private final String fieldName;
    private final boolean categorical;

    AudioFeature(String fieldName, boolean categorical) {
        this.fieldName = fieldName;
        this.categorical = categorical;
    }

    /** The snake_case name Spotify's API and most exports use. */
    public String fieldName() {
        return fieldName;
    }

    /** True for key, mode and time signature: whole-number codes rather than measurements. */
    public boolean isCategorical() {
        return categorical;
    }

    /** A label for people: "Time signature". */
    public String displayName() {
        String spaced = fieldName.replace('_', ' ');
        return spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }

    /** Finds a feature by its field name, or null. */
    public static AudioFeature byFieldName(String name) {
        for (AudioFeature f : values()) {
            if (f.fieldName.equals(name)) {
                return f;
            }
        }
        return null;
    }
}
