package org.genreworkbench.labels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genreworkbench.model.LabelEdit;

/**
 * The clusters of a cut once the user's edits are applied: which label each kept tag gets (or none), and
 * a name for each label — the user's, else its most widespread tags.
 */
public final class Clusters {
    private final TagIncidence incidence;
    private final int[] clusterOfTag;
    private final List<String> names;
    private final int staleEdits;

    private Clusters(TagIncidence incidence, int[] clusterOfTag, List<String> names, int staleEdits) {
        this.incidence = incidence;
        this.clusterOfTag = clusterOfTag;
        this.names = names;
        this.staleEdits = staleEdits;
    }

    /**
     * Applies the branch edits to the partition first (they reshape it along the tree), then the other edits
     * in order.
     */
    public static Clusters of(TagTree tree, Partition partition, List<LabelEdit> edits) {
        BranchCuts.Result reshaped = BranchCuts.apply(tree, partition, edits);
        Clusters result = of(tree.incidence(), reshaped.partition(), edits);
        return new Clusters(result.incidence, result.clusterOfTag, result.names, result.staleEdits + reshaped.stale());
    }

    /** Applies {@code edits} in order to the partition of the tree's tags; branch edits are left to the tree version. */
    public static Clusters of(TagIncidence incidence, Partition partition, List<LabelEdit> edits) {
        int n = incidence.tagCount();
        int[] cluster = partition.clusterOfLeaf().clone();
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            indexOf.put(incidence.tags().get(i), i);
        }
        Map<Integer, String> customNames = new HashMap<>();
        int nextCluster = partition.clusterCount();
        int stale = 0;
        for (LabelEdit edit : edits) {
            if (edit.isBranchEdit()) {
                continue;
            }
            Integer tag = indexOf.get(edit.tag());
            Integer target = edit.target() == null ? null : indexOf.get(edit.target());
            boolean needsTarget = edit.kind() == LabelEdit.Kind.MERGE || edit.kind() == LabelEdit.Kind.MOVE;
            if (tag == null || cluster[tag] < 0 || (needsTarget && (target == null || cluster[target] < 0))) {
                stale++;
                continue;
            }
            int from = cluster[tag];
            switch (edit.kind()) {
                case RENAME -> customNames.put(from, edit.name());
                case MERGE -> {
                    int into = cluster[target];
                    // A name given to either side lives on in the union; the receiving cluster's wins.
                    String kept = customNames.remove(from);
                    if (kept != null) {
                        customNames.putIfAbsent(into, kept);
                    }
                    for (int i = 0; i < n; i++) {
                        if (cluster[i] == from) {
                            cluster[i] = into;
                        }
                    }
                }
                case MOVE -> cluster[tag] = cluster[target];
                case EXCLUDE_TAG -> cluster[tag] = -1;
                case EXCLUDE_CLUSTER -> {
                    for (int i = 0; i < n; i++) {
                        if (cluster[i] == from) {
                            cluster[i] = -1;
                        }
                    }
                }
                default -> throw new IllegalStateException("branch edits are applied along the tree first");
            }
        }
        return compact(incidence, cluster, Math.max(nextCluster, 1), customNames, stale);
    }

    /** Renumbers the clusters left after edits from 0, in order of first tag, and names them. */
    private static Clusters compact(TagIncidence incidence, int[] cluster, int idBound, Map<Integer, String> custom,
                                    int stale) {
        int[] newId = new int[idBound];
        Arrays.fill(newId, -1);
        List<List<Integer>> members = new ArrayList<>();
        List<String> customOfNew = new ArrayList<>();
        for (int i = 0; i < cluster.length; i++) {
            int c = cluster[i];
            if (c < 0) {
                continue;
            }
            if (newId[c] < 0) {
                newId[c] = members.size();
                members.add(new ArrayList<>());
                customOfNew.add(custom.get(c));
            }
            cluster[i] = newId[c];
            members.get(cluster[i]).add(i);
        }
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int c = 0; c < members.size(); c++) {
            String base = customOfNew.get(c) != null ? customOfNew.get(c) : autoName(incidence, members.get(c));
            String name = base;
            for (int k = 2; !used.add(name); k++) {
                name = base + " (" + k + ")";
            }
            names.add(name);
        }
        return new Clusters(incidence, cluster, names, stale);
    }

    /** The two tags carried by most artists, e.g. "pop / dance pop". */
    static String autoName(TagIncidence incidence, List<Integer> tags) {
        return tags.stream()
                .sorted(Comparator.comparingInt((Integer t) -> -incidence.support(t)).thenComparing(t -> incidence.tags().get(t)))
                .limit(2).map(t -> incidence.tags().get(t)).reduce((a, b) -> a + " / " + b).orElse("empty");
    }

    public int count() {
        return names.size();
    }

    public List<String> names() {
        return names;
    }

    /** The cluster of each kept tag, −1 when excluded. */
    public int[] clusterOfTag() {
        return clusterOfTag;
    }

    /** Tags of a cluster, most widespread first. */
    public List<String> tagsOf(int cluster) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < clusterOfTag.length; i++) {
            if (clusterOfTag[i] == cluster) {
                ids.add(i);
            }
        }
        ids.sort(Comparator.comparingInt((Integer t) -> -incidence.support(t)));
        return ids.stream().map(incidence.tags()::get).toList();
    }

    /** Edits that no longer apply (their tag is set aside or already excluded). */
    public int staleEdits() {
        return staleEdits;
    }

    /** Tag to label name, for every tag that has a label. */
    public Map<String, String> tagToLabel() {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < clusterOfTag.length; i++) {
            if (clusterOfTag[i] >= 0) {
                map.put(incidence.tags().get(i), names.get(clusterOfTag[i]));
            }
        }
        return map;
    }
}
