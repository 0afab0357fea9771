package org.genreworkbench.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the Dynamic Tree Cut on a tree whose families sit at different heights: two tight
 * families A and B (joined inside at 0.1) that meet each other at 0.4, and a loose family C (joined inside
 * at 0.5–0.6) that meets them at 1.0. Any height below 0.4 tears C apart; any height that keeps C whole joins
 * A and B. The dynamic cuts find A, B and C.
 */
class DynamicTreeCutTest {
    private static final int[] A = {0, 1, 2, 3, 4};
    private static final int[] B = {5, 6, 7, 8, 9};
    private static final int[] C = {10, 11, 12, 13, 14};

    /** The tree above, merges in order of height, nodes named as SciPy names them (leaf count + merge). */
    static Dendrogram threeFamilies() {
        int[][] merges = {
            {0, 1}, {15, 2}, {16, 3}, {17, 4},        // A at 0.1: nodes 15–18
            {5, 6}, {19, 7}, {20, 8}, {21, 9},        // B at 0.1: nodes 19–22
            {18, 22},                                 // A with B at 0.4: node 23
            {10, 11}, {12, 13}, {24, 14}, {25, 26},   // C at 0.5, 0.5, 0.55, 0.6: nodes 24–27
            {23, 27}};                                // everything at 1.0: node 28
        double[] heights = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.4, 0.5, 0.5, 0.55, 0.6, 1.0};
        int n = 15;
        int[] left = new int[merges.length];
        int[] right = new int[merges.length];
        int[] size = new int[merges.length];
        for (int m = 0; m < merges.length; m++) {
            left[m] = merges[m][0];
            right[m] = merges[m][1];
            size[m] = sizeOf(left[m], n, size) + sizeOf(right[m], n, size);
        }
        return new Dendrogram(n, left, right, heights, size);
    }

    private static int sizeOf(int node, int n, int[] size) {
        return node < n ? 1 : size[node - n];
    }

    @Test
    void noSingleHeightSeparatesTheThreeFamilies() {
        Dendrogram d = threeFamilies();
        for (int m = 0; m < d.mergeCount(); m++) {
            for (double h : new double[] {d.height(m) - 1e-6, d.height(m)}) {
                assertThat(isThreeFamilies(d.cutAtHeight(h).clusterOfLeaf())).as("cut at %s", h).isFalse();
            }
        }
    }

    @Test
    void theHybridMethodFindsEachFamilyAtItsOwnHeight() {
        Partition p = DynamicTreeCut.hybrid(threeFamilies(), null, 4, 2);
        assertThat(p.clusterCount()).isEqualTo(3);
        assertThat(isThreeFamilies(p.clusterOfLeaf())).isTrue();
    }

    @Test
    void theTreeMethodWithoutDeepSplitFindsTheThreeFamilies() {
        Partition p = DynamicTreeCut.tree(threeFamilies(), 4, false);
        assertThat(isThreeFamilies(p.clusterOfLeaf())).isTrue();
    }

    @Test
    void theTreeMethodWithDeepSplitLeavesTheLooseFamilyOutAsThePackageLeavesItGrey() {
        // The root's reference height is the mean of its merges, 0.31: C has no branch of 4 tags below it.
        Partition p = DynamicTreeCut.tree(threeFamilies(), 4, true);
        int[] cluster = p.clusterOfLeaf();
        assertThat(p.clusterCount()).isEqualTo(2);
        assertThat(Arrays.stream(C).map(l -> cluster[l])).containsOnly(-1);
        assertThat(sameCluster(cluster, A)).isTrue();
        assertThat(sameCluster(cluster, B)).isTrue();
        assertThat(cluster[A[0]]).isNotEqualTo(cluster[B[0]]);
    }

    @Test
    void aMinimumSizeAboveTheFamiliesKeepsThemTogether() {
        // Families of 5 cannot stand alone when a cluster needs 6 tags: A and B stay joined, and so does the rest.
        Partition p = DynamicTreeCut.hybrid(threeFamilies(), null, 6, 2);
        int[] cluster = p.clusterOfLeaf();
        assertThat(cluster[A[0]]).isEqualTo(cluster[B[0]]);
        assertThat(isThreeFamilies(cluster)).isFalse();
    }

    @Test
    void leftoverLeavesJoinTheClusterNearestOnAverage() {
        // Leaves 0–1 form cluster 0, 2–3 cluster 1; leaf 4 is nearer to 2 and 3.
        int n = 5;
        float[] distances = new float[Condensed.size(n)];
        Arrays.fill(distances, 0.9f);
        distances[Condensed.index(n, 4, 2)] = 0.2f;
        distances[Condensed.index(n, 4, 3)] = 0.3f;
        distances[Condensed.index(n, 4, 0)] = 0.5f;
        Partition assigned = DynamicTreeCut.assignLeftovers(new Partition(new int[] {0, 0, 1, 1, -1}, 2), distances, n);
        assertThat(assigned.clusterOfLeaf()).containsExactly(0, 0, 1, 1, 1);
    }

    private static boolean isThreeFamilies(int[] cluster) {
        return sameCluster(cluster, A) && sameCluster(cluster, B) && sameCluster(cluster, C)
                && cluster[A[0]] >= 0 && cluster[B[0]] >= 0 && cluster[C[0]] >= 0
                && cluster[A[0]] != cluster[B[0]] && cluster[A[0]] != cluster[C[0]] && cluster[B[0]] != cluster[C[0]];
    }

    private static boolean sameCluster(int[] cluster, int[] leaves) {
        return Arrays.stream(leaves).map(l -> cluster[l]).distinct().count() == 1;
    }
}
