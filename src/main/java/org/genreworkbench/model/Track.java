package org.genreworkbench.model;

import java.util.List;
import java.util.Objects;

/**
 * A track as the project knows it. Nullable fields are missing values (not known), never defaults.
 *
 * @param id             Spotify track id (or a stable id made by an import when the file has none)
 * @param releaseDate    as Spotify gives it: "2019", "2019-06" or "2019-06-14"
 * @param source         where the track metadata came from
 * @param featuresSource where the audio features came from, null when there are none
 * @param listening      how often the listener played it, from their own Spotify data; null when not known
 */
public record Track(
        String id,
        String name,
        String album,
        String releaseDate,
        Integer durationMs,
        Integer popularity,
        Boolean explicit,
        List<String> artistIds,
        AudioFeatures features,
        Source source,
        Source featuresSource,
        Listening listening) {

    /** A track no listening history speaks of. */
    public Track(String id, String name, String album, String releaseDate, Integer durationMs, Integer popularity,
                 Boolean explicit, List<String> artistIds, AudioFeatures features, Source source, Source featuresSource) {
        this(id, name, album, releaseDate, durationMs, popularity, explicit, artistIds, features, source,
                featuresSource, null);
    }

    public Track {
        Objects.requireNonNull(id, "id");
        artistIds = artistIds == null ? List.of() : List.copyOf(artistIds);
        features = features == null ? AudioFeatures.none() : features;
        if (features.isEmpty()) {
            featuresSource = null;
        }
    }

    /** A copy with other audio features, recording where they came from. */
    public Track withFeatures(AudioFeatures newFeatures, Source from) {
        return new Track(id, name, album, releaseDate, durationMs, popularity, explicit, artistIds,
                newFeatures, source, from, listening);
    }

    /** A copy with other listening figures. */
    public Track withListening(Listening newListening) {
        return new Track(id, name, album, releaseDate, durationMs, popularity, explicit, artistIds, features, source,
                featuresSource, newListening);
    }

    /** The release year, or null when the date is missing or unreadable. */
    public Integer releaseYear() {
        if (releaseDate == null || releaseDate.length() < 4) {
            return null;
        }
        try {
            return Integer.parseInt(releaseDate, 0, 4, 10);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
