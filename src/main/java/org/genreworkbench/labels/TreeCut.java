package org.genreworkbench.labels;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How the tag tree is cut into clusters before the user's edits: the base of a label scheme. */
public sealed interface TreeCut {

    /** The flat clusters of the tree's leaves; a leaf left out of every cluster has −1. */
    Partition partition(TagTree tree);

    /** As kept in a label scheme's settings, so the cut is made again on open. */
    Map<String, String> toSettings();

    /** A line for people: "cut at 0.842", "dynamic (hybrid, min. 8 tags, deep split 2)". */
    String describe();

    /** The cut a scheme's settings describe; empty when they describe none (schemes from elsewhere). */
    static Optional<TreeCut> fromSettings(Map<String, String> settings) {
        if ("dynamic".equals(settings.get("cut"))) {
            return Optional.of(new Dynamic(DynamicMethod.fromKey(settings.get("dynamicMethod")),
                    Integer.parseInt(settings.get("minClusterSize")), Integer.parseInt(settings.get("deepSplit"))));
        }
        String height = settings.get("cutHeight");
        return height == null ? Optional.empty() : Optional.of(new AtHeight(Double.parseDouble(height)));
    }

    /** Everything joined at or below one height: the red line across the tree. */
    record AtHeight(double height) implements TreeCut {
        @Override
        public Partition partition(TagTree tree) {
            return tree.dendrogram().cutAtHeight(height);
        }

        @Override
        public Map<String, String> toSettings() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("cut", "height");
            m.put("cutHeight", String.format(Locale.ROOT, "%.6f", height));
            return m;
        }

        @Override
        public String describe() {
            return String.format(Locale.US, "cut at %.3f", height);
        }
    }

    /** The two methods of the Dynamic Tree Cut. */
    enum DynamicMethod {
        TREE, HYBRID;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static DynamicMethod fromKey(String key) {
            return valueOf(key.trim().toUpperCase(Locale.ROOT));
        }
    }

    /**
     * A cut that adapts to the tree's shape (see {@link DynamicTreeCut}).
     *
     * @param deepSplit 0–4 for the hybrid method; for the tree method, above 0 means a deep split
     */
    record Dynamic(DynamicMethod method, int minClusterSize, int deepSplit) implements TreeCut {
        public Dynamic {
            if (minClusterSize < 1) {
                throw new IllegalArgumentException("the minimum cluster size must be at least 1, was " + minClusterSize);
            }
            if (deepSplit < 0 || deepSplit > 4) {
                throw new IllegalArgumentException("deep split must be 0 to 4, was " + deepSplit);
            }
        }

        @Override
        public Partition partition(TagTree tree) {
            return partition(tree, method == DynamicMethod.HYBRID
                    ? tree.incidence().distances(tree.settings().distance()) : null);
        }

        /** The same with the tags' distances already at hand (for searches that try many cuts). */
        public Partition partition(TagTree tree, float[] distances) {
            return method == DynamicMethod.TREE
                    ? DynamicTreeCut.tree(tree.dendrogram(), minClusterSize, deepSplit > 0)
                    : DynamicTreeCut.hybrid(tree.dendrogram(), distances, minClusterSize, deepSplit);
        }

        @Override
        public Map<String, String> toSettings() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("cut", "dynamic");
            m.put("dynamicMethod", method.key());
            m.put("minClusterSize", Integer.toString(minClusterSize));
            m.put("deepSplit", Integer.toString(deepSplit));
            return m;
        }

        @Override
        public String describe() {
            return String.format(Locale.US, "dynamic (%s, min. %d tags, deep split %d)", method.key(), minClusterSize, deepSplit);
        }
    }
}
