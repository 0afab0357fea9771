package org.genreworkbench.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.Track;

/** Per-field coverage by source: e.g. audio features 92 % Spotify, 6 % ReccoBeats, 2 % missing. */
public final class Coverage {
    private Coverage() {
    }

    /** {"audio_features": {"FILE": 0.98, "missing": 0.02}, "genres": {...}} with shares of tracks / artists. */
    public static Map<String, Map<String, Double>> of(Project project) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        Map<String, Long> features = new LinkedHashMap<>();
        for (Track t : project.tracks().values()) {
            features.merge(key(t.featuresSource()), 1L, Long::sum);
        }
        out.put("audio_features", shares(features, project.tracks().size()));
        Map<String, Long> genres = new LinkedHashMap<>();
        Map<String, Long> followers = new LinkedHashMap<>();
        for (Artist a : project.artists().values()) {
            genres.merge(key(a.genresSource()), 1L, Long::sum);
            followers.merge(a.followers() == null ? "missing" : key(a.source()), 1L, Long::sum);
        }
        out.put("genres", shares(genres, project.artists().size()));
        out.put("followers", shares(followers, project.artists().size()));
        return out;
    }

    /** "audio features: 92 % FILE, 8 % missing". */
    public static String describe(String field, Map<String, Double> shares) {
        StringBuilder sb = new StringBuilder(field.replace('_', ' ')).append(": ");
        shares.forEach((k, v) -> sb.append(String.format(Locale.US, "%.0f %% %s, ", v * 100, k)));
        return sb.length() > 2 ? sb.substring(0, sb.length() - 2) : sb.toString();
    }

    private static String key(Source s) {
        return s == null ? "missing" : s.name();
    }

    private static Map<String, Double> shares(Map<String, Long> counts, int total) {
        Map<String, Double> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k, total == 0 ? 0 : Math.round(10_000.0 * v / total) / 10_000.0));
        return out;
    }
}
