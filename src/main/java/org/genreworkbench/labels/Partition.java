package org.genreworkbench.labels;

/**
 * Flat clusters of the leaves of a dendrogram.
 *
 * @param clusterOfLeaf the cluster id of each leaf, ids running from 0 in order of first leaf
 * @param clusterCount  how many clusters there are
 */
public record Partition(int[] clusterOfLeaf, int clusterCount) {

    /** The number of leaves in each cluster. */
    public int[] sizes() {
        int[] sizes = new int[clusterCount];
        for (int c : clusterOfLeaf) {
            sizes[c]++;
        }
        return sizes;
    }
}
