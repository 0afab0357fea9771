package org.genreworkbench.workspace;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares one string among equal items of list cells while an entry is read: a few hundred thousand artists
 * name a few thousand genre tags, and each copy would otherwise stay in memory for as long as the workspace is
 * open. Whole cells are shared by their bytes instead ({@link SharedCells}). It stops learning new strings after
 * a bound, so a column of all-different values costs no more than a table of the first ones.
 */
final class Interner {
    private final Map<String, String> seen = new HashMap<>();
    private final int limit;

    Interner(int limit) {
        this.limit = limit;
    }

    /** The string equal to {@code s} seen first, or {@code s} itself; null stays null. */
    String intern(String s) {
        if (s == null) {
            return null;
        }
        String known = seen.get(s);
        if (known != null) {
            return known;
        }
        if (seen.size() < limit) {
            seen.put(s, s);
        }
        return s;
    }
}
