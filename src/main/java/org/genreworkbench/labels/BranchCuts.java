package org.genreworkbench.labels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.genreworkbench.model.LabelEdit;

/**
 * Cuts at more than one height: a cluster split along a branch of the tree into its two children, or the
 * clusters under a branch joined back into one. A branch is named by one tag on each side of it (the tree is
 * the same whenever it is built with the same settings), so the edits replay on open like the others.
 */
public final class BranchCuts {
    /** A node whose leaves lie in more than one cluster. */
    public static final int MIXED = -2;

    private BranchCuts() {
    }

    /** The partition once the branch edits are applied in order, and how many of them no longer apply. */
    public record Result(Partition partition, int stale) {
    }

    static Result apply(TagTree tree, Partition base, List<LabelEdit> edits) {
        if (edits.stream().noneMatch(LabelEdit::isBranchEdit)) {
            return new Result(base, 0);
        }
        Dendrogram d = tree.dendrogram();
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < tree.incidence().tagCount(); i++) {
            indexOf.put(tree.incidence().tags().get(i), i);
        }
        int[] parent = parents(d);
        int[] cluster = base.clusterOfLeaf().clone();
        int next = base.clusterCount();
        int stale = 0;
        for (LabelEdit edit : edits) {
            if (!edit.isBranchEdit()) {
                continue;
            }
            Integer a = indexOf.get(edit.tag());
            Integer b = edit.target() == null ? null : indexOf.get(edit.target());
            if (a == null || b == null || a.equals(b)) {
                stale++;
                continue;
            }
            int node = commonBranch(parent, a, b);
            int m = node - d.leafCount();
            boolean changed;
            if (edit.kind() == LabelEdit.Kind.SPLIT_BRANCH) {
                Set<Integer> onRight = new HashSet<>();
                for (int leaf : leavesUnder(d, d.right(m))) {
                    onRight.add(cluster[leaf]);
                }
                Map<Integer, Integer> fresh = new HashMap<>();
                changed = false;
                for (int leaf : leavesUnder(d, d.left(m))) {
                    int c = cluster[leaf];
                    if (c >= 0 && onRight.contains(c)) {
                        Integer id = fresh.get(c);
                        if (id == null) {
                            id = next++;
                            fresh.put(c, id);
                        }
                        cluster[leaf] = id;
                        changed = true;
                    }
                }
            } else {
                int into = -1;
                changed = false;
                for (int leaf : leavesUnder(d, node)) {
                    int c = cluster[leaf];
                    if (c >= 0 && into < 0) {
                        into = c;
                    } else if (c >= 0 && c != into) {
                        changed = true;
                    }
                }
                if (changed) {
                    // Every leaf of every cluster reaching under the branch joins: a cluster is never torn.
                    Set<Integer> joined = new HashSet<>();
                    for (int leaf : leavesUnder(d, node)) {
                        if (cluster[leaf] >= 0) {
                            joined.add(cluster[leaf]);
                        }
                    }
                    for (int i = 0; i < cluster.length; i++) {
                        if (joined.contains(cluster[i])) {
                            cluster[i] = into;
                        }
                    }
                }
            }
            if (!changed) {
                stale++;
            }
        }
        return new Result(new Partition(cluster, next), stale);
    }

    /** The cluster each node lies wholly in; −1 when all its leaves are left out, {@link #MIXED} when it spans clusters. */
    public static int[] clusterOfNode(Dendrogram d, int[] clusterOfLeaf) {
        int n = d.leafCount();
        int[] result = new int[n + d.mergeCount()];
        System.arraycopy(clusterOfLeaf, 0, result, 0, n);
        for (int m = 0; m < d.mergeCount(); m++) {
            int a = result[d.left(m)];
            int b = result[d.right(m)];
            result[n + m] = a == b ? a : MIXED;
        }
        return result;
    }

    /**
     * The edit that splits the cluster holding merge {@code merge} into its top branch's two children; empty
     * when the merge spans clusters already or its cluster is a single tag.
     */
    public static Optional<LabelEdit> splitClusterAt(TagTree tree, int[] clusterOfLeaf, int merge) {
        Dendrogram d = tree.dendrogram();
        int[] ofNode = clusterOfNode(d, clusterOfLeaf);
        int node = d.leafCount() + merge;
        if (ofNode[node] < 0) {
            return Optional.empty();
        }
        int[] parent = parents(d);
        while (parent[node] >= 0 && ofNode[parent[node]] == ofNode[node]) {
            node = parent[node];
        }
        return Optional.of(edit(tree, node, true));
    }

    /**
     * The edit that merges the cluster holding merge {@code merge} back into its parent branch: everything
     * under that parent becomes one cluster. For a merge that already spans clusters, everything under it.
     */
    public static Optional<LabelEdit> joinAt(TagTree tree, int[] clusterOfLeaf, int merge) {
        Dendrogram d = tree.dendrogram();
        int[] ofNode = clusterOfNode(d, clusterOfLeaf);
        int node = d.leafCount() + merge;
        int[] parent = parents(d);
        if (ofNode[node] >= 0) {
            while (parent[node] >= 0 && ofNode[parent[node]] == ofNode[node]) {
                node = parent[node];
            }
            node = parent[node];
            if (node < 0) {
                return Optional.empty();
            }
        } else if (ofNode[node] != MIXED) {
            return Optional.empty();
        }
        return Optional.of(edit(tree, node, false));
    }

    /** Names a branch by the most widespread tag on each side of it. */
    static LabelEdit edit(TagTree tree, int node, boolean split) {
        Dendrogram d = tree.dendrogram();
        int m = node - d.leafCount();
        Comparator<Integer> bySupport = Comparator.comparingInt((Integer t) -> -tree.incidence().support(t))
                .thenComparing(t -> tree.incidence().tags().get(t));
        String left = tree.incidence().tags().get(leavesUnder(d, d.left(m)).stream().min(bySupport).orElseThrow());
        String right = tree.incidence().tags().get(leavesUnder(d, d.right(m)).stream().min(bySupport).orElseThrow());
        return split ? LabelEdit.splitBranch(left, right) : LabelEdit.joinBranch(left, right);
    }

    /** The parent of every node, −1 for the root. */
    static int[] parents(Dendrogram d) {
        int n = d.leafCount();
        int[] parent = new int[n + d.mergeCount()];
        java.util.Arrays.fill(parent, -1);
        for (int m = 0; m < d.mergeCount(); m++) {
            parent[d.left(m)] = n + m;
            parent[d.right(m)] = n + m;
        }
        return parent;
    }

    /** The lowest branch holding both leaves. */
    static int commonBranch(int[] parent, int a, int b) {
        Set<Integer> above = new HashSet<>();
        for (int x = a; x >= 0; x = parent[x]) {
            above.add(x);
        }
        int x = b;
        while (!above.contains(x)) {
            x = parent[x];
        }
        return x;
    }

    /** The leaves under a node (a leaf, or leaf count + merge). */
    public static List<Integer> leavesUnder(Dendrogram d, int node) {
        int n = d.leafCount();
        List<Integer> leaves = new ArrayList<>();
        List<Integer> stack = new ArrayList<>(List.of(node));
        while (!stack.isEmpty()) {
            int x = stack.remove(stack.size() - 1);
            if (x < n) {
                leaves.add(x);
            } else {
                stack.add(d.left(x - n));
                stack.add(d.right(x - n));
            }
        }
        return leaves;
    }
}
