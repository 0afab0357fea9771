package org.genreworkbench.labels;

import java.util.Arrays;

/**
 * The result of agglomerative clustering of n leaves: n − 1 merges in order of rising height, in SciPy's
 * convention (merge i creates node n + i from two nodes, each a leaf below n or an earlier merge).
 */
public final class Dendrogram {
    private final int leaves;
    private final int[] left;
    private final int[] right;
    private final double[] height;
    private final int[] size;

    Dendrogram(int leaves, int[] left, int[] right, double[] height, int[] size) {
        this.leaves = leaves;
        this.left = left;
        this.right = right;
        this.height = height;
        this.size = size;
    }

    public int leafCount() {
        return leaves;
    }

    public int mergeCount() {
        return height.length;
    }

    public int left(int merge) {
        return left[merge];
    }

    public int right(int merge) {
        return right[merge];
    }

    public double height(int merge) {
        return height[merge];
    }

    /** Leaves under the node the merge creates. */
    public int size(int merge) {
        return size[merge];
    }

    /** The height of the last merge, 0 for fewer than two leaves. */
    public double maxHeight() {
        return height.length == 0 ? 0 : height[height.length - 1];
    }

    /**
     * The flat clusters below a cut at height {@code h}: merges at or below h are joined. O(n). Cluster ids
     * run from 0 in the order of each cluster's first leaf.
     */
    public Partition cutAtHeight(double h) {
        int merges = 0;
        while (merges < height.length && height[merges] <= h) {
            merges++;
        }
        return applyMerges(merges);
    }

    /**
     * The k flat clusters from undoing the top k − 1 merges (k clamped to 1..n). Where merges tie this picks
     * among them by order, which no cut height does: the window and the command line cut into k through
     * {@link #cutForClusters(int)} (via {@link LabellingService}), so this stays for the tree's own tests.
     */
    Partition cutIntoClusters(int k) {
        int clusters = Math.max(1, Math.min(leaves, k));
        return applyMerges(leaves - clusters);
    }

    /**
     * The cut height that gives exactly k clusters, or, when merges of equal height make k unreachable by any
     * height (average linkage on tags that never meet jumps from dozens of clusters to one at distance 1),
     * the nearest counts that are reachable.
     */
    public ClusterCountCut cutForClusters(int k) {
        int clusters = Math.max(1, Math.min(leaves, k));
        if (clusters != k) {
            // more clusters than tags (or fewer than one): no height gives it; the nearest is the bound itself
            return new ClusterCountCut(k, false, Double.NaN, clusters, clusters);
        }
        int merges = leaves - clusters;
        if (isReachable(merges)) {
            return new ClusterCountCut(k, true, heightForClusters(clusters), clusters, clusters);
        }
        int fewer = merges;
        while (!isReachable(fewer)) {
            fewer++;
        }
        int more = merges;
        while (!isReachable(more)) {
            more--;
        }
        return new ClusterCountCut(k, false, Double.NaN, leaves - fewer, leaves - more);
    }

    /** Whether some height joins exactly the first {@code merges} merges and no more. */
    private boolean isReachable(int merges) {
        return merges <= 0 || merges >= height.length || height[merges - 1] < height[merges];
    }

    /** A cut height that gives k clusters: halfway between the merges on either side of the cut. */
    private double heightForClusters(int k) {
        if (height.length == 0) {
            return 0;
        }
        int clusters = Math.max(1, Math.min(leaves, k));
        int merges = leaves - clusters;
        double below = merges == 0 ? 0 : height[merges - 1];
        double above = merges >= height.length ? below * 1.05 + 1e-9 : height[merges];
        return (below + above) / 2;
    }

    /** Leaves left to right so that no branches cross: the drawing order. */
    public int[] leafOrder() {
        int[] order = new int[leaves];
        if (leaves == 0) {
            return order;
        }
        int[] stack = new int[leaves * 2];
        int top = 0;
        int count = 0;
        stack[top++] = leaves == 1 ? 0 : leaves + height.length - 1;
        while (top > 0) {
            int node = stack[--top];
            if (node < leaves) {
                order[count++] = node;
            } else {
                int m = node - leaves;
                stack[top++] = right[m];
                stack[top++] = left[m];
            }
        }
        return order;
    }

    private Partition applyMerges(int merges) {
        int[] parent = new int[leaves];
        for (int i = 0; i < leaves; i++) {
            parent[i] = i;
        }
        // Each node's representative leaf: a node is a leaf or a merge whose representative is its left's.
        int[] representative = new int[leaves + height.length];
        for (int i = 0; i < leaves; i++) {
            representative[i] = i;
        }
        for (int m = 0; m < height.length; m++) {
            representative[leaves + m] = representative[left[m]];
        }
        for (int m = 0; m < merges; m++) {
            int a = find(parent, representative[left[m]]);
            int b = find(parent, representative[right[m]]);
            parent[b] = a;
        }
        int[] cluster = new int[leaves];
        int[] idOfRoot = new int[leaves];
        Arrays.fill(idOfRoot, -1);
        int next = 0;
        for (int i = 0; i < leaves; i++) {
            int root = find(parent, i);
            if (idOfRoot[root] < 0) {
                idOfRoot[root] = next++;
            }
            cluster[i] = idOfRoot[root];
        }
        return new Partition(cluster, next);
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
