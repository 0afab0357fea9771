package org.genreworkbench.model;

/**
 * What the tag tree is built from.
 *
 * @param minSupport tags carried by fewer artists are set aside
 */
public record ClusteringSettings(int minSupport, TagDistance distance, Linkage linkage) {

    public ClusteringSettings {
        java.util.Objects.requireNonNull(distance, "distance");
        java.util.Objects.requireNonNull(linkage, "linkage");
        if (minSupport < 1) {
            throw new IllegalArgumentException("minimum support must be at least 1, was " + minSupport);
        }
    }

    /** Settings that work for most data: tags on 5 artists or more, Jaccard, average linkage. */
    public static ClusteringSettings defaults() {
        return new ClusteringSettings(5, TagDistance.JACCARD, Linkage.AVERAGE);
    }
}
