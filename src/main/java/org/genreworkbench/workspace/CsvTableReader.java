package org.genreworkbench.workspace;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.genreworkbench.model.CellText;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a CSV entry of a workspace row by row, turning each bad cell into a {@link WorkspaceException} that
 * names the entry, line and column. Callers look a column up once ({@link #column}) and then read cells by
 * index: a million-row entry costs no name lookups per cell.
 *
 * <p>It reads the UTF-8 bytes themselves rather than decoded text: the CSV syntax is ASCII, and no byte of a
 * multi-byte UTF-8 character is ASCII, so cells are found in the bytes and only text cells are decoded; numbers
 * are read straight from the bytes. It accepts what the workspace's CSV writer (Jackson) writes and what
 * Jackson's CSV reader accepted before it: {@code \n}, {@code \r\n} or {@code \r} line ends, quoted cells with
 * doubled quotes and line breaks, spaces or tabs after a closing quote, a quote inside an unquoted cell taken
 * as it is, blank lines skipped, rows longer or shorter than the header.
 */
final class CsvTableReader {
    private final String entry;
    private final byte[] in;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final String[] header;
    private int pos;
    private long nextLine = 1;
    private long line;
    /** The current row's cells: [start, end) in {@link #in}; {@code escaped} when doubled quotes are inside. */
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private boolean[] escaped = new boolean[32];
    private int cells;

    CsvTableReader(String entry, byte[] utf8) throws WorkspaceException {
        this.entry = entry;
        this.in = utf8;
        if (!next()) {
            throw new WorkspaceException(entry + ": the entry is empty (no header line)");
        }
        header = new String[cells];
        for (int i = 0; i < cells; i++) {
            header[i] = cell(i).trim();
            columnIndex.put(header[i], i);
        }
    }

    /** Fails unless every named column is in the header. */
    void require(String... columns) throws WorkspaceException {
        for (String c : columns) {
            if (!columnIndex.containsKey(c)) {
                throw new WorkspaceException(entry + ": the header has no column '" + c + "'");
            }
        }
    }

    /** The column's index, or -1 when the header lacks it (its cells then read as empty). */
    int column(String name) {
        return columnIndex.getOrDefault(name, -1);
    }

    /** Moves to the next row that is not blank; false at the end of the entry. */
    boolean next() throws WorkspaceException {
        while (pos < in.length) {
            line = nextLine;
            readRow();
            if (!(cells == 1 && starts[0] == ends[0])) {
                return true;
            }
        }
        return false;
    }

    /** The cell's text, or null when the cell is empty or the column absent. */
    String text(int column) {
        return present(column) ? cell(column) : null;
    }

    String requiredText(int column) throws WorkspaceException {
        String v = text(column);
        if (v == null) {
            throw problem(column, "is empty but required");
        }
        return v;
    }

    Integer integer(int column) throws WorkspaceException {
        Long v = whole(column, 9);
        if (v == null) {
            return null;
        }
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw problem(column, "'" + cell(column) + "' is not a whole number");
        }
        return v.intValue();
    }

    Long longValue(int column) throws WorkspaceException {
        return whole(column, 18);
    }

    /** Null for an empty cell; a cell of at most {@code plainDigits} plain digits is read without a string. */
    private Long whole(int column, int plainDigits) throws WorkspaceException {
        if (!present(column)) {
            return null;
        }
        long v = plainWhole(column, plainDigits);
        if (v != Long.MIN_VALUE) {
            return v;
        }
        String s = cell(column);
        try {
            return Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            throw problem(column, "'" + s + "' is not a whole number");
        }
    }

    /** A table in which {@link #shared} finds this entry's cells by their bytes. */
    <V> SharedCells<V> sharedCells(int limit) {
        return new SharedCells<>(in, limit);
    }

    /**
     * The value made of the cell's text, or the one made for an earlier cell of the same bytes in {@code known};
     * null for an empty cell.
     */
    <V> V shared(int column, SharedCells<V> known, Function<String, V> make) {
        if (!present(column)) {
            return null;
        }
        if (escaped[column]) {
            return make.apply(cell(column));
        }
        int start = starts[column];
        int end = ends[column];
        int hash = SharedCells.hash(in, start, end);
        V value = known.find(start, end, hash);
        if (value == null) {
            value = make.apply(cell(column));
            known.add(start, end, hash, value);
        }
        return value;
    }

    /** NaN for an empty cell. */
    double decimal(int column) throws WorkspaceException {
        if (!present(column)) {
            return Double.NaN;
        }
        double fast = PlainDecimal.parse(in, starts[column], ends[column], escaped[column]);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        String s = cell(column);
        try {
            return CellText.finiteNumber(s);
        } catch (IllegalArgumentException e) {
            throw problem(column, e.getMessage());
        }
    }

    Boolean bool(int column) throws WorkspaceException {
        if (!present(column)) {
            return null;
        }
        if (is(column, "true")) {
            return Boolean.TRUE;
        }
        if (is(column, "false")) {
            return Boolean.FALSE;
        }
        try {
            // strict: the workspace reads back only what it writes
            return CellText.truth(cell(column), true);
        } catch (IllegalArgumentException e) {
            throw problem(column, e.getMessage());
        }
    }

    <E extends Enum<E>> E enumValue(int column, Class<E> type) throws WorkspaceException {
        if (!present(column)) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (is(column, constant.name())) {
                return constant;
            }
        }
        String s = cell(column);
        try {
            return Enum.valueOf(type, s.trim());
        } catch (IllegalArgumentException e) {
            throw problem(column, "'" + s + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Every cell of the current row as text, an empty cell as "": for checking the reader itself. */
    java.util.List<String> cells() {
        java.util.List<String> all = new java.util.ArrayList<>(cells);
        for (int i = 0; i < cells; i++) {
            all.add(cell(i));
        }
        return all;
    }

    WorkspaceException problem(int column, String what) {
        String name = column >= 0 && column < header.length ? header[column] : "?";
        return new WorkspaceException(entry + " line " + line + ", column " + (column + 1) + " (" + name + "): " + what);
    }

    private boolean present(int column) {
        return column >= 0 && column < cells && starts[column] < ends[column];
    }

    private String cell(int i) {
        String raw = new String(in, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
        return escaped[i] ? raw.replace("\"\"", "\"") : raw;
    }

    /** True when the cell holds exactly {@code ascii}, compared byte by byte without making a string. */
    private boolean is(int column, String ascii) {
        int s = starts[column];
        if (ends[column] - s != ascii.length() || escaped[column]) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (in[s + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The cell as a whole number when it is plain digits (with a leading minus) of at most {@code maxDigits},
     * else {@link Long#MIN_VALUE}, and the caller reads it the general way.
     */
    private long plainWhole(int column, int maxDigits) {
        int i = starts[column];
        int end = ends[column];
        boolean negative = in[i] == '-';
        if (negative) {
            i++;
        }
        if (i == end || end - i > maxDigits || escaped[column]) {
            return Long.MIN_VALUE;
        }
        long v = 0;
        for (; i < end; i++) {
            int d = in[i] - '0';
            if (d < 0 || d > 9) {
                return Long.MIN_VALUE;
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    /** Splits one row (which may span lines inside quotes) into cells and moves past its line end. */
    private void readRow() throws WorkspaceException {
        cells = 0;
        while (true) {
            if (cells == starts.length) {
                starts = Arrays.copyOf(starts, cells * 2);
                ends = Arrays.copyOf(ends, cells * 2);
                escaped = Arrays.copyOf(escaped, cells * 2);
            }
            int c = pos < in.length ? in[pos] : -1;
            if (c == '"') {
                quotedCell();
            } else {
                int start = pos;
                while (pos < in.length && in[pos] != ',' && in[pos] != '\n' && in[pos] != '\r') {
                    pos++;
                }
                starts[cells] = start;
                ends[cells] = pos;
                escaped[cells] = false;
            }
            cells++;
            if (pos >= in.length) {
                return;
            }
            byte after = in[pos++];
            if (after != ',') {
                endLine(after);
                return;
            }
        }
    }

    private void quotedCell() throws WorkspaceException {
        long openedOn = nextLine;
        int start = ++pos;
        boolean doubled = false;
        while (true) {
            if (pos >= in.length) {
                throw malformed(openedOn, "missing closing quote for the value that starts on line " + openedOn);
            }
            byte b = in[pos];
            if (b == '"') {
                if (pos + 1 < in.length && in[pos + 1] == '"') {
                    doubled = true;
                    pos += 2;
                    continue;
                }
                break;
            }
            if (b == '\n' || b == '\r') {
                pos++;
                endLine(b);
                continue;
            }
            pos++;
        }
        starts[cells] = start;
        ends[cells] = pos;
        escaped[cells] = doubled;
        pos++;
        while (pos < in.length && (in[pos] == ' ' || in[pos] == '\t')) {
            pos++;
        }
        if (pos < in.length && in[pos] != ',' && in[pos] != '\n' && in[pos] != '\r') {
            int shown = in[pos] & 0xff;
            throw malformed(nextLine, "unexpected character " + (shown >= 0x20 && shown < 0x7f
                    ? "'" + (char) shown + "'" : "code " + shown) + " after a closing quote: expected ',' or the end of the line");
        }
    }

    /** Counts a line end; {@code \r\n} is one. */
    private void endLine(byte seen) {
        if (seen == '\r' && pos < in.length && in[pos] == '\n') {
            pos++;
        }
        nextLine++;
    }

    private WorkspaceException malformed(long atLine, String detail) {
        return new WorkspaceException(entry + " line " + atLine + ": malformed CSV (" + detail + ")");
    }
}
