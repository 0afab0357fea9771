package org.genreworkbench.labels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.model.TreeCut;
import org.genreworkbench.task.TaskContext;

/**
 * Searches cuts of the tag tree for balanced label schemes with a number of labels in a range: flat cuts,
 * dynamic tree cuts over a grid of settings, and greedy branch splits that keep cutting the label on the
 * most tracks (from the root and from the flat cuts just below the range), setting aside a child branch too
 * small to be worth a label. Every candidate is weighed on the tracks; those in range are ranked, balanced
 * ones first ({@link BalanceTarget}), then by evenness. Deterministic: the same tree gives the same list.
 */
public final class LabelSuggestions {
    private static final int[] MIN_SIZES = {2, 3, 5, 8, 12, 20, 30, 50};
    /** Children of a greedy split on fewer than this share of the tracks with tags are set aside, not labelled. */
    private static final double[] SMALL_CHILD = {0, 0.003, 0.01};

    private LabelSuggestions() {
    }

    /** What a balanced scheme must meet; the goal by default. */
    public record BalanceTarget(double maxLargestShare, double maxUnlabelledTaggedShare, double maxLabelsPerTrack) {
        public static BalanceTarget defaults() {
            return new BalanceTarget(0.40, 0.02, 2.0);
        }

        boolean met(LabelBalance b) {
            return b.largestShare() <= maxLargestShare && b.unlabelledTaggedShare() <= maxUnlabelledTaggedShare
                    && b.labelsPerTaggedTrack() <= maxLabelsPerTrack;
        }

        /** How far the balance misses the target, 0 when met. */
        double shortfall(LabelBalance b) {
            return Math.max(0, b.largestShare() - maxLargestShare) + 5 * Math.max(0, b.unlabelledTaggedShare() - maxUnlabelledTaggedShare)
                    + Math.max(0, b.labelsPerTaggedTrack() - maxLabelsPerTrack);
        }
    }

    /**
     * One candidate scheme.
     *
     * @param method how it was found, for people
     */
    public record Suggestion(String method, TreeCut cut, List<LabelEdit> edits, Labelling labelling, boolean balanced) {
        public LabelBalance balance() {
            return labelling.balance();
        }
    }

    /** The best {@code limit} suggestions with between {@code minLabels} and {@code maxLabels} labels. */
    public static List<Suggestion> search(ClusteredTags data, int minLabels, int maxLabels, int limit,
                                          BalanceTarget target, TaskContext ctx) {
        if (minLabels < 1 || maxLabels < minLabels) {
            throw new IllegalArgumentException("the label range must be at least 1 and in order, was "
                    + minLabels + "–" + maxLabels);
        }
        LabellingService service = new LabellingService();
        Search search = new Search(data, service, minLabels, maxLabels, target);
        Dendrogram d = data.dendrogram();
        int steps = 3;
        ctx.progress(0, steps);
        for (int k = minLabels; k <= maxLabels; k++) {
            ClusterCountCut cut = d.cutForClusters(k);
            if (cut.exact()) {
                TreeCut.AtHeight flat = new TreeCut.AtHeight(cut.height());
                search.consider("flat " + flat.describe(), flat, List.of(), data.tree().partition(flat).clusterOfLeaf(), new boolean[0]);
            }
        }
        checkCancel(ctx);
        ctx.progress(1, steps);
        float[] distances = data.tree().incidence().distances(data.tree().settings().distance());
        for (int minSize : MIN_SIZES) {
            for (int deep = 0; deep <= 1; deep++) {
                search.considerDynamic(new TreeCut.Dynamic(TreeCut.DynamicMethod.TREE, minSize, deep), distances);
            }
            for (int deep = 0; deep <= 4; deep++) {
                search.considerDynamic(new TreeCut.Dynamic(TreeCut.DynamicMethod.HYBRID, minSize, deep), distances);
            }
            checkCancel(ctx);
        }
        ctx.progress(2, steps);
        List<TreeCut.AtHeight> starts = new ArrayList<>();
        starts.add(new TreeCut.AtHeight(d.maxHeight() * 1.01 + 1e-9));
        int found = 0;
        for (int k = minLabels - 1; k >= 2 && found < 3; k--) {
            ClusterCountCut cut = d.cutForClusters(k);
            if (cut.exact()) {
                starts.add(new TreeCut.AtHeight(cut.height()));
                found++;
            }
        }
        for (TreeCut.AtHeight start : starts) {
            for (double small : SMALL_CHILD) {
                search.greedy(start, small);
                checkCancel(ctx);
            }
        }
        ctx.progress(3, steps);
        return search.best(limit);
    }

    private static void checkCancel(TaskContext ctx) {
        if (ctx.isCancelled()) {
            throw new CancellationException("the search for labels was stopped");
        }
    }

    /** The candidates seen so far, without repeats. */
    private static final class Search {
        private final ClusteredTags data;
        private final LabellingService service;
        private final int minLabels;
        private final int maxLabels;
        private final BalanceTarget target;
        private final List<Candidate> inRange = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();

        Search(ClusteredTags data, LabellingService service, int minLabels, int maxLabels, BalanceTarget target) {
            this.data = data;
            this.service = service;
            this.minLabels = minLabels;
            this.maxLabels = maxLabels;
            this.target = target;
        }

        /** A scheme found, weighed by a quick count; labelled in full only if it makes the best few. */
        private record Candidate(String method, TreeCut cut, List<LabelEdit> edits, LabelBalance balance) {
        }

        /**
         * Weighs the clusters (each tag's cluster number, −1 or {@code excluded} for none) and keeps them when
         * in range and not seen before.
         */
        void consider(String method, TreeCut cut, List<LabelEdit> edits, int[] cluster, boolean[] excluded) {
            int[] compact = new int[cluster.length];
            int[] newId = new int[cluster.length + excluded.length + 1];
            Arrays.fill(newId, -1);
            int k = 0;
            for (int i = 0; i < cluster.length; i++) {
                int c = cluster[i];
                if (c < 0 || c < excluded.length && excluded[c]) {
                    compact[i] = -1;
                    continue;
                }
                if (newId[c] < 0) {
                    newId[c] = k++;
                }
                compact[i] = newId[c];
            }
            if (k < minLabels || k > maxLabels || !seen.add(Arrays.toString(compact))) {
                return;
            }
            inRange.add(new Candidate(method, cut, List.copyOf(edits), LabelBalance.of(data.tracks(), compact, k)));
        }

        void considerDynamic(TreeCut.Dynamic cut, float[] distances) {
            // The partition is computed once here with the distances at hand.
            Partition partition = data.tree().partition(cut, distances);
            consider(cut.describe(), cut, List.of(), partition.clusterOfLeaf(), new boolean[0]);
        }

        /**
         * Splits the label on the most tracks again and again, from {@code start}, until past the range. Works
         * on the tags' cluster numbers directly and counts tracks in one pass per step; only schemes in range
         * are labelled in full, through the service, from the edits recorded on the way.
         */
        void greedy(TreeCut.AtHeight start, double smallChild) {
            Dendrogram d = data.dendrogram();
            int n = d.leafCount();
            int[] cluster = data.tree().partition(start).clusterOfLeaf().clone();
            int next = Arrays.stream(cluster).max().orElse(0) + 1;
            boolean[] excluded = new boolean[n + 2 * maxLabels * 3 + 2];
            List<LabelEdit> edits = new ArrayList<>();
            int minTracks = (int) Math.ceil(smallChild * data.tracks().taggedCount());
            String method = String.format(Locale.US, "greedy splits of the largest label from a %s%s", start.describe(),
                    smallChild > 0 ? String.format(Locale.US, ", branches under %.1f %% of tracks set aside", smallChild * 100) : "");
            Set<Integer> unsplittable = new HashSet<>();
            for (int splits = 0; splits < 3 * maxLabels; ) {
                int[] counts = trackCounts(cluster, next, excluded);
                int labels = labelCount(cluster, next, excluded);
                if (labels > maxLabels) {
                    return;
                }
                int largest = -1;
                for (int c = 0; c < next; c++) {
                    if (!excluded[c] && !unsplittable.contains(c) && counts[c] > 0 && (largest < 0 || counts[c] > counts[largest])) {
                        largest = c;
                    }
                }
                if (largest < 0) {
                    return;
                }
                int top = topNode(cluster, largest);
                if (top < 0) {
                    unsplittable.add(largest);
                    continue;
                }
                int piece = next++;
                for (int leaf : BranchCuts.leavesUnder(d, d.left(top - n))) {
                    cluster[leaf] = piece;
                }
                edits.add(BranchCuts.edit(data.tree(), top, true));
                splits++;
                unsplittable.clear();
                if (minTracks > 0) {
                    setAsideSmall(cluster, next, excluded, edits, minTracks, largest, piece);
                }
                int after = labelCount(cluster, next, excluded);
                if (after >= minLabels && after <= maxLabels) {
                    consider(method, start, edits, cluster, excluded);
                }
            }
        }

        /** Sets the two halves of a split aside when on too few tracks, unless that leaves tagged tracks unlabelled. */
        private void setAsideSmall(int[] cluster, int next, boolean[] excluded, List<LabelEdit> edits, int minTracks,
                                   int... halves) {
            int[] counts = trackCounts(cluster, next, excluded);
            for (int half : halves) {
                if (counts[half] >= minTracks) {
                    continue;
                }
                excluded[half] = true;
                if ((double) unlabelledTagged(cluster, excluded) / data.tracks().taggedCount()
                        > target.maxUnlabelledTaggedShare()) {
                    excluded[half] = false;
                    continue;
                }
                for (int leaf = 0; leaf < cluster.length; leaf++) {
                    if (cluster[leaf] == half) {
                        edits.add(LabelEdit.excludeCluster(data.tree().incidence().tags().get(leaf)));
                        break;
                    }
                }
            }
        }

        /** Tracks carrying each cluster; one pass over the tracks' tags. */
        private int[] trackCounts(int[] cluster, int next, boolean[] excluded) {
            int[] counts = new int[next];
            int[] seenAt = new int[next];
            Arrays.fill(seenAt, -1);
            TrackTags tracks = data.tracks();
            for (int t = 0; t < tracks.trackCount(); t++) {
                for (int tag : tracks.tagsOf(t)) {
                    int c = cluster[tag];
                    if (c >= 0 && !excluded[c] && seenAt[c] != t) {
                        seenAt[c] = t;
                        counts[c]++;
                    }
                }
            }
            return counts;
        }

        private int unlabelledTagged(int[] cluster, boolean[] excluded) {
            int count = 0;
            TrackTags tracks = data.tracks();
            for (int t = 0; t < tracks.trackCount(); t++) {
                int[] tags = tracks.tagsOf(t);
                boolean labelled = false;
                for (int tag : tags) {
                    if (cluster[tag] >= 0 && !excluded[cluster[tag]]) {
                        labelled = true;
                        break;
                    }
                }
                if (tags.length > 0 && !labelled) {
                    count++;
                }
            }
            return count;
        }

        private static int labelCount(int[] cluster, int next, boolean[] excluded) {
            boolean[] present = new boolean[next];
            int count = 0;
            for (int c : cluster) {
                if (c >= 0 && !excluded[c] && !present[c]) {
                    present[c] = true;
                    count++;
                }
            }
            return count;
        }

        /** The highest node lying wholly in the cluster; −1 for a cluster of one tag. */
        private int topNode(int[] cluster, int id) {
            Dendrogram d = data.dendrogram();
            int[] ofNode = BranchCuts.clusterOfNode(d, cluster);
            for (int m = d.mergeCount() - 1; m >= 0; m--) {
                if (ofNode[d.leafCount() + m] == id) {
                    return d.leafCount() + m;
                }
            }
            return -1;
        }

        /** The best few, each labelled in full through the service from its cut and edits. */
        List<Suggestion> best(int limit) {
            return inRange.stream()
                    .sorted(Comparator.comparing((Candidate c) -> !target.met(c.balance()))
                            .thenComparingDouble(c -> target.shortfall(c.balance()))
                            .thenComparingDouble(c -> -c.balance().evenness())
                            .thenComparing(Candidate::method))
                    .limit(limit)
                    .map(c -> {
                        Labelling labelling = service.label(data, c.cut(), c.edits());
                        return new Suggestion(c.method(), c.cut(), c.edits(), labelling, target.met(labelling.balance()));
                    })
                    .toList();
        }
    }
}
