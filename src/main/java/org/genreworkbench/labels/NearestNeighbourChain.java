package org.genreworkbench.labels;

import java.util.Arrays;
import org.genreworkbench.model.Linkage;

/**
 * Exact agglomerative clustering in O(n²) time with the nearest-neighbour chain (Müllner 2011, "Modern
 * hierarchical, agglomerative clustering algorithms", algorithm NN-chain-linkage), for the reducible
 * linkages. Works in place on a condensed distance matrix of floats, as SciPy's {@code linkage} does, so
 * 10,000 items need 200 MB rather than 800. Ties go to the earlier item, so the result is deterministic.
 */
public final class NearestNeighbourChain {
    private NearestNeighbourChain() {
    }

    /**
     * Clusters n items.
     *
     * @param condensed distances of pairs i &lt; j at {@link Condensed#index}; overwritten during the run
     */
    public static Dendrogram cluster(float[] condensed, int n, Linkage linkage) {
        if (n < 0 || (long) n * (n - 1) / 2 != condensed.length) {
            throw new IllegalArgumentException("a condensed matrix of " + n + " items holds "
                    + ((long) n * (n - 1) / 2) + " distances, not " + condensed.length);
        }
        int merges = Math.max(0, n - 1);
        int[] mergeA = new int[merges];
        int[] mergeB = new int[merges];
        double[] mergeHeight = new double[merges];
        int[] size = new int[n];
        Arrays.fill(size, 1);
        int[] chain = new int[n];
        int chainLength = 0;
        // Active items are walked in index order through a linked list, so merged items cost nothing later.
        int[] nextActive = new int[n + 1];
        int[] prevActive = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            nextActive[i] = i + 1;
            prevActive[i] = i - 1;
        }
        int first = 0;

        for (int m = 0; m < merges; m++) {
            if (chainLength == 0) {
                chain[chainLength++] = first;
            }
            int a;
            int b;
            double dab;
            while (true) {
                a = chain[chainLength - 1];
                int previous = chainLength >= 2 ? chain[chainLength - 2] : -1;
                int best = previous;
                double bestDistance = previous >= 0 ? condensed[Condensed.index(n, a, previous)] : Double.POSITIVE_INFINITY;
                for (int x = first; x < n; x = nextActive[x]) {
                    if (x == a) {
                        continue;
                    }
                    double d = condensed[Condensed.index(n, a, x)];
                    if (d < bestDistance || (d == bestDistance && best != previous && x < best)) {
                        bestDistance = d;
                        best = x;
                    }
                }
                if (best == previous) {
                    b = previous;
                    dab = bestDistance;
                    chainLength -= 2;
                    break;
                }
                chain[chainLength++] = best;
            }
            // The union lives on at the higher index; the lower one leaves the active list.
            int keep = Math.max(a, b);
            int drop = Math.min(a, b);
            mergeA[m] = drop;
            mergeB[m] = keep;
            mergeHeight[m] = dab;
            for (int k = first; k < n; k = nextActive[k]) {
                if (k == keep || k == drop) {
                    continue;
                }
                int ik = Condensed.index(n, drop, k);
                int jk = Condensed.index(n, keep, k);
                condensed[jk] = (float) linkage.update(condensed[ik], condensed[jk], dab, size[drop], size[keep], size[k]);
            }
            size[keep] += size[drop];
            if (drop == first) {
                first = nextActive[drop];
            } else {
                nextActive[prevActive[drop]] = nextActive[drop];
            }
            prevActive[nextActive[drop]] = prevActive[drop];
        }
        return label(n, mergeA, mergeB, mergeHeight);
    }

    /** Sorts the merges by height (stably) and names the nodes as SciPy does, through union–find. */
    private static Dendrogram label(int n, int[] a, int[] b, double[] h) {
        int merges = h.length;
        Integer[] order = new Integer[merges];
        for (int i = 0; i < merges; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(h[x], h[y]));
        int[] parent = new int[n];
        int[] node = new int[n];
        int[] nodeSize = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            node[i] = i;
            nodeSize[i] = 1;
        }
        int[] left = new int[merges];
        int[] right = new int[merges];
        double[] height = new double[merges];
        int[] size = new int[merges];
        for (int s = 0; s < merges; s++) {
            int m = order[s];
            int ra = find(parent, a[m]);
            int rb = find(parent, b[m]);
            int na = node[ra];
            int nb = node[rb];
            left[s] = Math.min(na, nb);
            right[s] = Math.max(na, nb);
            height[s] = h[m];
            size[s] = nodeSize[ra] + nodeSize[rb];
            parent[ra] = rb;
            node[rb] = n + s;
            nodeSize[rb] = size[s];
        }
        return new Dendrogram(n, left, right, height, size);
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
