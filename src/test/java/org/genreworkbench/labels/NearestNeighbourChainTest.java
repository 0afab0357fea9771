package org.genreworkbench.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.genreworkbench.model.Linkage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NearestNeighbourChainTest {

    @ParameterizedTest
    @EnumSource(Linkage.class)
    void matchesTheCubicReferenceOnRandomData(Linkage linkage) {
        Random random = new Random(linkage.ordinal() + 17L);
        for (int trial = 0; trial < 20; trial++) {
            int n = 2 + random.nextInt(40);
            float[] distances = randomEuclidean(n, random);
            Dendrogram fast = NearestNeighbourChain.cluster(distances.clone(), n, linkage);
            BruteForceLinkage.Result slow = BruteForceLinkage.cluster(distances.clone(), n, linkage);

            assertThat(fast.mergeCount()).isEqualTo(n - 1);
            for (int m = 0; m < n - 1; m++) {
                assertThat(fast.height(m)).as("height of merge %d, n=%d", m, n).isCloseTo(slow.heights()[m], within(1e-4));
            }
            for (int k = 1; k <= n; k++) {
                assertThat(samePartition(fast.cutIntoClusters(k).clusterOfLeaf(), slow.partition(k)))
                        .as("partition into %d clusters, n=%d, %s", k, n, linkage).isTrue();
            }
        }
    }

    @Test
    void aSmallKnownExample() {
        // Points on a line at 0, 1, 5, 6, 20: single linkage joins {0,1} and {5,6} at 1, then at 4, then 14.
        double[] x = {0, 1, 5, 6, 20};
        float[] d = new float[Condensed.size(5)];
        for (int i = 0; i < 5; i++) {
            for (int j = i + 1; j < 5; j++) {
                d[Condensed.index(5, i, j)] = (float) Math.abs(x[i] - x[j]);
            }
        }
        Dendrogram single = NearestNeighbourChain.cluster(d.clone(), 5, Linkage.SINGLE);
        assertThat(new double[] {single.height(0), single.height(1), single.height(2), single.height(3)})
                .containsExactly(1, 1, 4, 14);
        assertThat(single.left(0)).isEqualTo(0);
        assertThat(single.right(0)).isEqualTo(1);
        assertThat(single.cutAtHeight(2).clusterOfLeaf()).containsExactly(0, 0, 1, 1, 2);

        Dendrogram complete = NearestNeighbourChain.cluster(d.clone(), 5, Linkage.COMPLETE);
        assertThat(complete.height(2)).isEqualTo(6);
        assertThat(complete.height(3)).isEqualTo(20);
        Dendrogram average = NearestNeighbourChain.cluster(d.clone(), 5, Linkage.AVERAGE);
        assertThat(average.height(2)).isEqualTo(5);
        assertThat(average.height(3)).isCloseTo((20 + 19 + 15 + 14) / 4.0, within(1e-5));
    }

    @Test
    void aLowerCutNeverGivesFewerClusters() {
        Random random = new Random(5);
        float[] d = randomEuclidean(60, random);
        Dendrogram tree = NearestNeighbourChain.cluster(d, 60, Linkage.AVERAGE);
        int previous = Integer.MAX_VALUE;
        for (double h = 0; h <= tree.maxHeight() + 0.1; h += tree.maxHeight() / 50) {
            int clusters = tree.cutAtHeight(h).clusterCount();
            assertThat(clusters).isLessThanOrEqualTo(previous);
            previous = clusters;
        }
        assertThat(tree.cutAtHeight(-1).clusterCount()).isEqualTo(60);
        assertThat(tree.cutAtHeight(tree.maxHeight()).clusterCount()).isEqualTo(1);
    }

    @Test
    void heightsRiseAndTheLeafOrderIsAPermutation() {
        float[] d = randomEuclidean(30, new Random(8));
        Dendrogram tree = NearestNeighbourChain.cluster(d, 30, Linkage.WARD);
        for (int m = 1; m < tree.mergeCount(); m++) {
            assertThat(tree.height(m)).isGreaterThanOrEqualTo(tree.height(m - 1));
        }
        assertThat(tree.size(tree.mergeCount() - 1)).isEqualTo(30);
        int[] order = tree.leafOrder().clone();
        Arrays.sort(order);
        for (int i = 0; i < 30; i++) {
            assertThat(order[i]).isEqualTo(i);
        }
    }

    @Test
    void tiesAreBrokenTheSameWayEveryTime() {
        float[] d = new float[Condensed.size(6)];
        Arrays.fill(d, 1f);
        Dendrogram a = NearestNeighbourChain.cluster(d.clone(), 6, Linkage.AVERAGE);
        Dendrogram b = NearestNeighbourChain.cluster(d.clone(), 6, Linkage.AVERAGE);
        for (int m = 0; m < 5; m++) {
            assertThat(a.left(m)).isEqualTo(b.left(m));
            assertThat(a.right(m)).isEqualTo(b.right(m));
        }
    }

    @Test
    void oneOrNoLeavesGiveAnEmptyTree() {
        assertThat(NearestNeighbourChain.cluster(new float[0], 1, Linkage.SINGLE).mergeCount()).isZero();
        assertThat(NearestNeighbourChain.cluster(new float[0], 0, Linkage.SINGLE).cutAtHeight(1).clusterCount()).isZero();
    }

    static float[] randomEuclidean(int n, Random random) {
        double[][] points = new double[n][3];
        for (double[] p : points) {
            for (int c = 0; c < 3; c++) {
                p[c] = random.nextDouble();
            }
        }
        float[] d = new float[Condensed.size(n)];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = 0;
                for (int c = 0; c < 3; c++) {
                    s += (points[i][c] - points[j][c]) * (points[i][c] - points[j][c]);
                }
                d[Condensed.index(n, i, j)] = (float) Math.sqrt(s);
            }
        }
        return d;
    }

    /** Same grouping of leaves, whatever the cluster numbers. */
    static boolean samePartition(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                if ((a[i] == a[j]) != (b[i] == b[j])) {
                    return false;
                }
            }
        }
        return true;
    }
}
