package org.genreworkbench.labels;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the tag tree is built from.
 *
 * @param minSupport tags carried by fewer artists are set aside
 */
public record ClusteringSettings(int minSupport, TagDistance distance, Linkage linkage) {

    public ClusteringSettings {
        if (minSupport < 1) {
            throw new IllegalArgumentException("minimum support must be at least 1, was " + minSupport);
        }
    }

    /** Settings that work for most data: tags on 5 artists or more, Jaccard, average linkage. */
    public static ClusteringSettings defaults() {
        return new ClusteringSettings(5, TagDistance.JACCARD, Linkage.AVERAGE);
    }

    /** The settings a label scheme was made with; empty when it does not say (schemes from elsewhere). */
    public static Optional<ClusteringSettings> fromMap(Map<String, String> m) {
        if (!m.containsKey("minSupport") || !m.containsKey("distance") || !m.containsKey("linkage")) {
            return Optional.empty();
        }
        return Optional.of(new ClusteringSettings(Integer.parseInt(m.get("minSupport")),
                TagDistance.fromKey(m.get("distance")), Linkage.fromKey(m.get("linkage"))));
    }

    /** As kept in a label scheme. */
    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("minSupport", Integer.toString(minSupport));
        m.put("distance", distance.key());
        m.put("linkage", linkage.key());
        return m;
    }
}
