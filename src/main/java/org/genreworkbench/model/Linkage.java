package org.genreworkbench.model;

/**
 * How the distance between two clusters follows from the distances of their parts, as Lance–Williams
 * updates. All five are reducible, which is what lets the nearest-neighbour chain give the exact tree.
 */
public enum Linkage {
    SINGLE, COMPLETE, AVERAGE, WEIGHTED, WARD;

    /**
     * The distance from cluster k to the union of clusters i and j.
     *
     * @param dik distance k–i
     * @param djk distance k–j
     * @param dij distance i–j (the merge height)
     */
    public double update(double dik, double djk, double dij, int ni, int nj, int nk) {
        return switch (this) {
            case SINGLE -> Math.min(dik, djk);
            case COMPLETE -> Math.max(dik, djk);
            case AVERAGE -> (ni * dik + nj * djk) / (ni + nj);
            case WEIGHTED -> (dik + djk) / 2;
            case WARD -> Math.sqrt(Math.max(0,
                    ((ni + nk) * dik * dik + (nj + nk) * djk * djk - nk * dij * dij) / (ni + nj + nk)));
        };
    }

    /** The name people read: "average", "Ward". */
    public String displayName() {
        return switch (this) {
            case SINGLE -> "single";
            case COMPLETE -> "complete";
            case AVERAGE -> "average";
            case WEIGHTED -> "weighted";
            case WARD -> "Ward";
        };
    }

    /** The lower-case name used on the command line and in saved settings. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Linkage fromKey(String key) {
        return valueOf(key.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
