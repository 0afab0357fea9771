package org.genreworkbench.labels;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How the tag tree is cut into clusters before the user's edits: the base of a label scheme. */
public sealed interface TreeCut {

    /** The flat clusters of the tree's leaves; a leaf left out of every cluster has −1. */
    Partition partition(Dendrogram dendrogram);

    /** As kept in a label scheme's settings, so the cut is made again on open. */
    Map<String, String> toSettings();

    /** The cut a scheme's settings describe; empty when they describe none (schemes from elsewhere). */
    static Optional<TreeCut> fromSettings(Map<String, String> settings) {
        String height = settings.get("cutHeight");
        return height == null ? Optional.empty() : Optional.of(new AtHeight(Double.parseDouble(height)));
    }

    /** Everything joined at or below one height: the red line across the tree. */
    record AtHeight(double height) implements TreeCut {
        @Override
        public Partition partition(Dendrogram dendrogram) {
            return dendrogram.cutAtHeight(height);
        }

        @Override
        public Map<String, String> toSettings() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("cut", "height");
            m.put("cutHeight", String.format(Locale.ROOT, "%.6f", height));
            return m;
        }
    }
}
