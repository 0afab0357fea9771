package org.genreworkbench.workspace;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares one string among equal cells while an entry is read: a million tracks name a few hundred thousand
 * artists, a few thousand release dates and albums, and each copy would otherwise stay in memory for as long as
 * the workspace is open. It stops learning new strings after a bound, so a column of all-different values
 * costs no more than a table of the first ones.
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
