package org.genreworkbench.labels;

/**
 * Flat clusters of the leaves of a dendrogram.
 *
 * @param clusterOfLeaf the cluster id of each leaf, ids running from 0 in order of first leaf; −1 for a leaf
 *                      left out of every cluster (a dynamic cut leaves some)
 * @param clusterCount  how many clusters there are
 */
public record Partition(int[] clusterOfLeaf, int clusterCount) {

    /** The number of leaves in each cluster. */
    public int[] sizes() {
        int[] sizes = new int[clusterCount];
        for (int c : clusterOfLeaf) {
            if (c >= 0) {
                sizes[c]++;
            }
        }
        return sizes;
    }
}
