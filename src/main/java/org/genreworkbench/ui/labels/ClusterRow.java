package org.genreworkbench.ui.labels;

/**
 * One cluster in the clusters table.
 *
 * @param share its tracks as a share of the largest cluster's, for the bar
 */
public record ClusterRow(int index, String name, int tags, int tracks, double share, String topTags) {
}
