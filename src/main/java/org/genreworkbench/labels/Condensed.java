package org.genreworkbench.labels;

/** The layout of a condensed distance matrix: the pairs i &lt; j row by row, as SciPy's {@code pdist} gives them. */
public final class Condensed {
    private Condensed() {
    }

    /** The position of the pair (i, j), in either order; i ≠ j. */
    public static int index(int n, int i, int j) {
        if (i > j) {
            int t = i;
            i = j;
            j = t;
        }
        return (int) ((long) n * i - (long) i * (i + 1) / 2 + (j - i - 1));
    }

    /** The number of pairs of n items; fails beyond what one Java array can hold. */
    public static int size(int n) {
        long pairs = (long) n * (n - 1) / 2;
        if (pairs > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(n + " items have too many pairs for one distance matrix");
        }
        return (int) pairs;
    }
}
