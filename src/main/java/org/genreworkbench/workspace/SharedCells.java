package org.genreworkbench.workspace;

/**
 * One value for every cell of a column that holds the same bytes, while an entry is read: the tracks of one album,
 * release date or set of artists then share one string or list, rather than each keeping a copy for as long as
 * the workspace is open.
 *
 * <p>Cells are looked up by their bytes in the entry ({@link CsvTableReader#shared}), so a cell seen before costs
 * no string; a string-keyed map made a string per cell and followed four pointers per lookup, and those lookups
 * were half the time of reading a million tracks. It stops learning new cells after a bound, so a column of
 * all-different values costs no more than a table of the first ones.
 */
final class SharedCells<V> {
    private static final int FIRST_CAPACITY = 1 << 10;

    private final byte[] in;
    private final int limit;
    /** Open addressing, at most half full: a slot's hash (never 0), where its cell lies in {@link #in}, its value. */
    private int[] hashes = new int[FIRST_CAPACITY];
    private int[] starts = new int[FIRST_CAPACITY];
    private int[] lengths = new int[FIRST_CAPACITY];
    private Object[] values = new Object[FIRST_CAPACITY];
    private int size;

    /** A table for cells of {@code in}, the bytes of the entry being read. */
    SharedCells(byte[] in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The hash {@link #find} and {@link #add} take for the cell [start, end); never 0, which marks a free slot. */
    static int hash(byte[] bytes, int start, int end) {
        int h = 1;
        for (int i = start; i < end; i++) {
            h = 31 * h + bytes[i];
        }
        h ^= h >>> 16;
        return h == 0 ? 1 : h;
    }

    /** The value of an earlier cell holding the same bytes as [start, end), or null. */
    @SuppressWarnings("unchecked")
    V find(int start, int end, int hash) {
        int mask = hashes.length - 1;
        int length = end - start;
        for (int slot = hash & mask; hashes[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && lengths[slot] == length && sameBytes(starts[slot], start, length)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /**
     * Whether the cells at {@code a} and {@code b} hold the same bytes. A plain loop: {@code Arrays.equals} takes
     * another path for cells of eight bytes or more, and meeting it late in a large entry made the compiled reading
     * loop be thrown away and compiled again.
     */
    private boolean sameBytes(int a, int b, int length) {
        for (int i = 0; i < length; i++) {
            if (in[a + i] != in[b + i]) {
                return false;
            }
        }
        return true;
    }

    /** Keeps {@code value} for cells holding the bytes of [start, end), unless the table is at its bound. */
    void add(int start, int end, int hash, V value) {
        if (size >= limit) {
            return;
        }
        if (2 * (size + 1) > hashes.length) {
            grow();
        }
        put(start, end - start, hash, value);
        size++;
    }

    private void put(int start, int length, int hash, Object value) {
        int mask = hashes.length - 1;
        int slot = hash & mask;
        while (hashes[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        starts[slot] = start;
        lengths[slot] = length;
        values[slot] = value;
    }

    private void grow() {
        int[] oldHashes = hashes;
        int[] oldStarts = starts;
        int[] oldLengths = lengths;
        Object[] oldValues = values;
        int capacity = oldHashes.length * 2;
        hashes = new int[capacity];
        starts = new int[capacity];
        lengths = new int[capacity];
        values = new Object[capacity];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != 0) {
                put(oldStarts[i], oldLengths[i], oldHashes[i], oldValues[i]);
            }
        }
    }
}
