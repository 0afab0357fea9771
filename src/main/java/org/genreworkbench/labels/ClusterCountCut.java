package org.genreworkbench.labels;

import java.util.Locale;

/**
 * The answer to "cut the tree into k clusters": the height that does it, or, when no height does, the
 * nearest cluster counts a height can give.
 *
 * @param asked  the k asked for
 * @param exact  whether some height gives exactly k clusters
 * @param height that height; NaN when not exact
 * @param fewer  the largest reachable count at or below k
 * @param more   the smallest reachable count at or above k
 */
public record ClusterCountCut(int asked, boolean exact, double height, int fewer, int more) {

    /** The reachable count closest to the one asked for; the larger on a tie, since more labels can be merged. */
    public int nearest() {
        return asked - fewer < more - asked ? fewer : more;
    }

    /** Why k cannot be had, for a status line or an error: "No cut height gives 12 clusters: …". */
    public String explain() {
        if (asked < 1) {
            return String.format(Locale.US, "No cut height gives %d clusters: a cut gives at least 1.", asked);
        }
        if (asked > more) {
            return String.format(Locale.US, "No cut height gives %d clusters: the tree has %d tags, so a cut gives "
                    + "at most %d clusters.", asked, more, more);
        }
        return String.format(Locale.US, "No cut height gives %d clusters: the tree goes from %d clusters to %d in one "
                + "step (merges of equal height). The nearest reachable are %d and %d.", asked, more, fewer, fewer, more);
    }
}
