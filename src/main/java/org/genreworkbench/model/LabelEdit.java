package org.genreworkbench.model;

import java.util.Objects;

/**
 * One manual change to the clusters of a label scheme, kept in order so it can be undone and replayed on
 * another cut. Clusters are named by a tag inside them, since tags stay put when the cut moves.
 *
 * @param tag    the tag the edit is about (or whose cluster it is about)
 * @param target for MERGE and MOVE, a tag of the cluster that receives; for SPLIT_BRANCH and JOIN_BRANCH, a
 *               tag on the other side of the branch from {@code tag}; else null
 * @param name   for RENAME, the new name; else null
 */
public record LabelEdit(Kind kind, String tag, String target, String name) {

    /** What the edit does. */
    public enum Kind {
        /** Gives the cluster of {@code tag} the name {@code name}. */
        RENAME,
        /** Joins the cluster of {@code tag} into the cluster of {@code target}. */
        MERGE,
        /** Moves {@code tag} alone into the cluster of {@code target}. */
        MOVE,
        /** Leaves {@code tag} out of every label. */
        EXCLUDE_TAG,
        /** Leaves the whole cluster of {@code tag} out. */
        EXCLUDE_CLUSTER,
        /**
         * Splits the branch where {@code tag} and {@code target} meet in the tree: a cluster spanning both its
         * children becomes two, one per child.
         */
        SPLIT_BRANCH,
        /** Joins every cluster under the branch where {@code tag} and {@code target} meet into one. */
        JOIN_BRANCH
    }

    public LabelEdit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tag, "tag");
    }

    public static LabelEdit rename(String tag, String name) {
        return new LabelEdit(Kind.RENAME, tag, null, name);
    }

    public static LabelEdit merge(String tag, String intoClusterOf) {
        return new LabelEdit(Kind.MERGE, tag, intoClusterOf, null);
    }

    public static LabelEdit move(String tag, String toClusterOf) {
        return new LabelEdit(Kind.MOVE, tag, toClusterOf, null);
    }

    public static LabelEdit excludeTag(String tag) {
        return new LabelEdit(Kind.EXCLUDE_TAG, tag, null, null);
    }

    public static LabelEdit excludeCluster(String tag) {
        return new LabelEdit(Kind.EXCLUDE_CLUSTER, tag, null, null);
    }

    public static LabelEdit splitBranch(String leftTag, String rightTag) {
        return new LabelEdit(Kind.SPLIT_BRANCH, leftTag, rightTag, null);
    }

    public static LabelEdit joinBranch(String leftTag, String rightTag) {
        return new LabelEdit(Kind.JOIN_BRANCH, leftTag, rightTag, null);
    }

    /** Whether the edit reshapes the tree's clusters (applied first) rather than relabels them. */
    public boolean isBranchEdit() {
        return kind == Kind.SPLIT_BRANCH || kind == Kind.JOIN_BRANCH;
    }

    /** A line for people: "merge 'trap' into the cluster of 'rap'". */
    public String describe() {
        return switch (kind) {
            case RENAME -> "rename the cluster of '" + tag + "' to '" + name + "'";
            case MERGE -> "merge the cluster of '" + tag + "' into that of '" + target + "'";
            case MOVE -> "move '" + tag + "' to the cluster of '" + target + "'";
            case EXCLUDE_TAG -> "exclude the tag '" + tag + "'";
            case EXCLUDE_CLUSTER -> "exclude the cluster of '" + tag + "'";
            case SPLIT_BRANCH -> "split the branch of '" + tag + "' from that of '" + target + "'";
            case JOIN_BRANCH -> "join the branch holding '" + tag + "' and '" + target + "'";
        };
    }
}
