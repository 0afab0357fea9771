package org.genreworkbench.labels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts that follow the tree's shape rather than one height, after Langfelder, Zhang &amp; Horvath (2008),
 * "Defining clusters from a hierarchical cluster tree: the Dynamic Tree Cut package for R", Bioinformatics
 * 24(5). A branch is split where its top merge stands clearly above what happens inside its children, so a
 * tight family low in the tree and a loose one high up both come out whole — which no single height can do.
 *
 * <ul>
 * <li><b>tree</b>: top down, a branch's reference height is the mean of its merge heights (with
 * {@code deepSplit} off, the midpoint of that mean and its top). Its "valleys" are branches inside it that
 * merge below the reference and hold at least the minimum cluster size. A branch with a valley on both sides
 * of its top merge is split in two, and each side examined again; with a valley on one side only, the
 * other side stands above the reference and is left without a cluster, as the package leaves it grey.</li>
 * <li><b>hybrid</b>: a branch is split when both children are big enough, each child's core (the mean of its
 * merge heights) is tight enough, and the gap between the child's core and the merge that joins the two is
 * wide enough, both relative to the tree's height range and set by the deep-split level 0–4 as in the R
 * package (maximum core scatter 0.64, 0.73, 0.82, 0.91, 0.95; minimum gap three quarters of what the core
 * scatter leaves). A small child is peeled off and its big sibling examined further. Then, as in the
 * package's PAM stage, each leaf left over joins the cluster whose tags are on average nearest to it.</li>
 * </ul>
 */
public final class DynamicTreeCut {
    private static final double[] MAX_CORE_SCATTER = {0.64, 0.73, 0.82, 0.91, 0.95};

    private final Dendrogram d;
    private final int n;
    /** Leaves under each node. */
    private final int[] size;
    /** Sum of the merge heights inside each node, and how many merges, for the mean (the core). */
    private final double[] heightSum;

    private DynamicTreeCut(Dendrogram d) {
        this.d = d;
        this.n = d.leafCount();
        size = new int[n + d.mergeCount()];
        heightSum = new double[n + d.mergeCount()];
        Arrays.fill(size, 0, n, 1);
        for (int m = 0; m < d.mergeCount(); m++) {
            int node = n + m;
            size[node] = size[d.left(m)] + size[d.right(m)];
            heightSum[node] = heightSum[d.left(m)] + heightSum[d.right(m)] + d.height(m);
        }
    }

    /** The "tree" method; leaves in no cluster get −1. */
    public static Partition tree(Dendrogram d, int minClusterSize, boolean deepSplit) {
        if (d.leafCount() < 2) {
            return new Partition(new int[d.leafCount()], d.leafCount());
        }
        DynamicTreeCut cut = new DynamicTreeCut(d);
        List<Integer> clusters = new ArrayList<>();
        List<Integer> stack = new ArrayList<>(List.of(cut.root()));
        while (!stack.isEmpty()) {
            int node = stack.remove(stack.size() - 1);
            if (node < cut.n) {
                if (minClusterSize <= 1) {
                    clusters.add(node);
                }
                continue;
            }
            int m = node - cut.n;
            int left = d.left(m);
            int right = d.right(m);
            double mean = cut.core(node);
            double reference = deepSplit ? mean : (mean + d.height(m)) / 2;
            boolean leftValley = cut.largestBelow(left, reference) >= minClusterSize;
            boolean rightValley = cut.largestBelow(right, reference) >= minClusterSize;
            if (d.height(m) > reference && leftValley && rightValley) {
                stack.add(right);
                stack.add(left);
            } else if (d.height(m) > reference && (leftValley || rightValley)) {
                // One valley only: the other side stands above the reference height and is left out.
                stack.add(leftValley ? left : right);
            } else if (cut.size[node] >= minClusterSize) {
                clusters.add(node);
            }
        }
        return cut.partitionOf(clusters);
    }

    /**
     * The "hybrid" method; every leaf ends in a cluster when {@code distances} (condensed, as the tree was
     * built from) are given, else leftovers get −1.
     */
    public static Partition hybrid(Dendrogram d, float[] distances, int minClusterSize, int deepSplit) {
        if (deepSplit < 0 || deepSplit >= MAX_CORE_SCATTER.length) {
            throw new IllegalArgumentException("deep split must be 0 to 4, was " + deepSplit);
        }
        if (d.leafCount() < 2) {
            return new Partition(new int[d.leafCount()], d.leafCount());
        }
        DynamicTreeCut cut = new DynamicTreeCut(d);
        double lowest = d.height(0);
        double range = Math.max(1e-12, d.maxHeight() - lowest);
        double maxScatter = lowest + MAX_CORE_SCATTER[deepSplit] * range;
        double minGap = (1 - MAX_CORE_SCATTER[deepSplit]) * 0.75 * range;
        List<Integer> clusters = new ArrayList<>();
        List<Integer> stack = new ArrayList<>(List.of(cut.root()));
        while (!stack.isEmpty()) {
            int node = stack.remove(stack.size() - 1);
            if (node < cut.n) {
                continue;
            }
            int m = node - cut.n;
            int left = d.left(m);
            int right = d.right(m);
            boolean leftBig = cut.size[left] >= minClusterSize;
            boolean rightBig = cut.size[right] >= minClusterSize;
            boolean leftDistinct = leftBig && cut.distinct(left, d.height(m), maxScatter, minGap);
            boolean rightDistinct = rightBig && cut.distinct(right, d.height(m), maxScatter, minGap);
            if (leftDistinct && rightDistinct) {
                stack.add(right);
                stack.add(left);
            } else if (leftBig != rightBig && (leftDistinct || rightDistinct)) {
                // A small branch hanging off a distinct big one: peel it off, look inside the big one.
                stack.add(leftBig ? left : right);
            } else if (cut.size[node] >= minClusterSize) {
                clusters.add(node);
            }
        }
        Partition partition = cut.partitionOf(clusters);
        return distances == null ? partition : assignLeftovers(partition, distances, d.leafCount());
    }

    /** Leaves in the biggest branch inside {@code node} (itself included) that merges at or below {@code h}. */
    private int largestBelow(int node, double h) {
        int best = 1;
        List<Integer> stack = new ArrayList<>(List.of(node));
        while (!stack.isEmpty()) {
            int x = stack.remove(stack.size() - 1);
            if (x < n) {
                continue;
            }
            if (d.height(x - n) <= h) {
                best = Math.max(best, size[x]);
            } else {
                stack.add(d.left(x - n));
                stack.add(d.right(x - n));
            }
        }
        return best;
    }

    /** Tight enough inside, and clearly below the merge that joins it to its sibling. */
    private boolean distinct(int node, double joinHeight, double maxScatter, double minGap) {
        double core = core(node);
        return core <= maxScatter && joinHeight - core >= minGap;
    }

    /** The mean merge height inside a node; 0 for a leaf. */
    private double core(int node) {
        return node < n ? 0 : heightSum[node] / (size[node] - 1);
    }

    private int root() {
        return n + d.mergeCount() - 1;
    }

    private Partition partitionOf(List<Integer> clusterNodes) {
        int[] cluster = new int[n];
        Arrays.fill(cluster, -1);
        int[] order = d.leafOrder();
        int[] positionOf = new int[n];
        for (int p = 0; p < n; p++) {
            positionOf[order[p]] = p;
        }
        // Number clusters left to right, as they are drawn.
        List<int[]> withFirst = new ArrayList<>();
        for (int node : clusterNodes) {
            List<Integer> leaves = leavesUnder(node);
            int first = leaves.stream().mapToInt(l -> positionOf[l]).min().orElse(0);
            withFirst.add(new int[] {first, node});
        }
        withFirst.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int c = 0; c < withFirst.size(); c++) {
            for (int leaf : leavesUnder(withFirst.get(c)[1])) {
                cluster[leaf] = c;
            }
        }
        return new Partition(cluster, withFirst.size());
    }

    private List<Integer> leavesUnder(int node) {
        return BranchCuts.leavesUnder(d, node);
    }

    /** Each leaf in no cluster joins the cluster with the smallest mean distance to it. */
    static Partition assignLeftovers(Partition partition, float[] distances, int n) {
        int k = partition.clusterCount();
        if (k == 0) {
            return partition;
        }
        int[] cluster = partition.clusterOfLeaf().clone();
        int[] sizes = new int[k];
        for (int c : cluster) {
            if (c >= 0) {
                sizes[c]++;
            }
        }
        for (int leaf = 0; leaf < n; leaf++) {
            if (cluster[leaf] >= 0) {
                continue;
            }
            double[] sum = new double[k];
            for (int other = 0; other < n; other++) {
                int c = partition.clusterOfLeaf()[other];
                if (c >= 0) {
                    sum[c] += distances[Condensed.index(n, leaf, other)];
                }
            }
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (sum[c] / sizes[c] < sum[best] / sizes[best]) {
                    best = c;
                }
            }
            cluster[leaf] = best;
        }
        return new Partition(cluster, k);
    }
}
