package org.genreworkbench.ui.labels;

/** One cluster in the clusters table. */
public record ClusterRow(int index, String name, int tags, int tracks, String topTags) {
}
