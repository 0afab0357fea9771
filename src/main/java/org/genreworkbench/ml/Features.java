package org.genreworkbench.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;

/** The features a model can use, and how to read each from a track; NaN for a missing value. */
public final class Features {
    public static final List<String> AUDIO;
    public static final List<String> ALL;
    /** Long right tails that a log makes tractable for linear models and neural networks. */
    static final Set<String> SKEWED = Set.of("duration_ms", "artist_followers", "speechiness", "liveness",
            "instrumentalness", "acousticness");
    static final Set<String> CATEGORICAL = Set.of("key", "mode", "time_signature");

    static {
        List<String> audio = new ArrayList<>();
        for (AudioFeature f : AudioFeature.values()) {
            audio.add(f.fieldName());
        }
        AUDIO = List.copyOf(audio);
        List<String> all = new ArrayList<>(audio);
        all.addAll(List.of("duration_ms", "popularity", "year", "explicit", "artist_followers"));
        ALL = List.copyOf(all);
    }

    private Features() {
    }

    static double value(String feature, Track track, Project project) {
        AudioFeature audio = AudioFeature.byFieldName(feature);
        if (audio != null) {
            return track.features().valueOrNaN(audio);
        }
        return switch (feature) {
            case "duration_ms" -> track.durationMs() == null ? Double.NaN : track.durationMs();
            case "popularity" -> track.popularity() == null ? Double.NaN : track.popularity();
            case "year" -> track.releaseYear() == null ? Double.NaN : track.releaseYear();
            case "explicit" -> track.explicit() == null ? Double.NaN : (track.explicit() ? 1 : 0);
            case "artist_followers" -> maxFollowers(track, project);
            default -> throw new IllegalArgumentException("unknown feature " + feature);
        };
    }

    private static double maxFollowers(Track track, Project project) {
        double max = Double.NaN;
        for (String id : track.artistIds()) {
            Artist a = project.artist(id);
            if (a != null && a.followers() != null) {
                max = Double.isNaN(max) ? a.followers() : Math.max(max, a.followers());
            }
        }
        return max;
    }
}
