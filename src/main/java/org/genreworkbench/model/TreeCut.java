package org.genreworkbench.model;

import java.util.Locale;
import java.util.Objects;

/**
 * How the tag tree is cut into clusters before the user's edits: the base of a label scheme. Plain data, kept
 * in the workspace; the labels package makes the clusters of a cut ({@code TagTree.partition}).
 */
public sealed interface TreeCut {

    /** A line for people: "cut at 0.842", "dynamic (hybrid, min. 8 tags, deep split 2)". */
    String describe();

    /** Everything joined at or below one height: the red line across the tree. */
    record AtHeight(double height) implements TreeCut {
        public AtHeight {
            if (!Double.isFinite(height)) {
                throw new IllegalArgumentException("the cut height must be a number, was " + height);
            }
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
     * A cut that adapts to the tree's shape (Langfelder, Zhang &amp; Horvath 2008).
     *
     * @param deepSplit 0–4 for the hybrid method; for the tree method, above 0 means a deep split
     */
    record Dynamic(DynamicMethod method, int minClusterSize, int deepSplit) implements TreeCut {
        public Dynamic {
            Objects.requireNonNull(method, "method");
            if (minClusterSize < 1) {
                throw new IllegalArgumentException("the minimum cluster size must be at least 1, was " + minClusterSize);
            }
            if (deepSplit < 0 || deepSplit > 4) {
                throw new IllegalArgumentException("deep split must be 0 to 4, was " + deepSplit);
            }
        }

        @Override
        public String describe() {
            return String.format(Locale.US, "dynamic (%s, min. %d tags, deep split %d)", method.key(), minClusterSize, deepSplit);
        }
    }
}
