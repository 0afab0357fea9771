package org.genreworkbench.ui.labels;

/**
 * One cluster in the clusters table.
 *
 * @param share its tracks as a share of the largest cluster's, for the bar
 * @param f1    how well the audio features predict it, from the last estimate; null before one
 */
public record ClusterRow(int index, String name, int tags, int tracks, double share, Double f1, String topTags) {
}
