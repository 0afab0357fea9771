package org.genreworkbench.labels;

import java.util.Arrays;
import org.genreworkbench.model.Linkage;

/**
 * The textbook O(n³) agglomerative clustering: at every step merge the globally closest pair. A slow but
 * obviously right reference for the nearest-neighbour chain.
 */
final class BruteForceLinkage {
    record Result(double[] heights, int[][] partitions) {
        /** Cluster of each leaf when k clusters remain. */
        int[] partition(int k) {
            return partitions[k];
        }
    }

    static Result cluster(float[] condensed, int n, Linkage linkage) {
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                d[i][j] = d[j][i] = condensed[Condensed.index(n, i, j)];
            }
        }
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        int[] size = new int[n];
        Arrays.fill(size, 1);
        int[] clusterOf = new int[n];
        for (int i = 0; i < n; i++) {
            clusterOf[i] = i;
        }
        double[] heights = new double[Math.max(0, n - 1)];
        int[][] partitions = new int[n + 1][];
        partitions[n] = clusterOf.clone();
        for (int step = 0; step < n - 1; step++) {
            int bi = -1;
            int bj = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (active[i] && active[j] && d[i][j] < best) {
                        best = d[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            heights[step] = best;
            for (int k = 0; k < n; k++) {
                if (active[k] && k != bi && k != bj) {
                    double v = linkage.update(d[bi][k], d[bj][k], best, size[bi], size[bj], size[k]);
                    d[bi][k] = d[k][bi] = (float) v;
                }
            }
            size[bi] += size[bj];
            active[bj] = false;
            for (int leaf = 0; leaf < n; leaf++) {
                if (clusterOf[leaf] == bj) {
                    clusterOf[leaf] = bi;
                }
            }
            partitions[n - 1 - step] = clusterOf.clone();
        }
        return new Result(heights, partitions);
    }
}
