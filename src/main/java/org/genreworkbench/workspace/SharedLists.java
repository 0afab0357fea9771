package org.genreworkbench.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits list cells ({@link ListCodec}) so that equal cells give one shared list: the tracks of the same
 * artists then hold one list of artist ids, not a million lists and strings of their own, and whoever groups
 * tracks by their artists compares lists that are the same object. Bounded like {@link Interner}.
 */
final class SharedLists {
    private final Map<String, List<String>> seen = new HashMap<>();
    private final int limit;

    SharedLists(int limit) {
        this.limit = limit;
    }

    /** The items of {@code cell}, as the list already made for an equal cell when there is one. */
    List<String> split(String cell) {
        if (cell == null || cell.isEmpty()) {
            return List.of();
        }
        List<String> known = seen.get(cell);
        if (known != null) {
            return known;
        }
        List<String> items = ListCodec.split(cell, null);
        if (seen.size() < limit) {
            seen.put(cell, items);
        }
        return items;
    }
}
