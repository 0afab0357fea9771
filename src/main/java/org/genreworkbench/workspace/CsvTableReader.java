package org.genreworkbench.workspace;

import org.genreworkbench.model.CellText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a CSV entry of a workspace row by row, by column name, turning each bad cell into a
 * {@link WorkspaceException} that names the entry, line and column.
 */
final class CsvTableReader implements AutoCloseable {
    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private final String entry;
    private final MappingIterator<String[]> rows;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private String[] row;
    private long line;

    CsvTableReader(String entry, Reader in) throws WorkspaceException {
        this.entry = entry;
        try {
            this.rows = MAPPER.readerFor(String[].class).readValues(in);
            if (!rows.hasNextValue()) {
                throw new WorkspaceException(entry + ": the entry is empty (no header line)");
            }
            String[] header = rows.nextValue();
            for (int i = 0; i < header.length; i++) {
                columnIndex.put(header[i].trim(), i);
            }
        } catch (IOException | RuntimeException e) {
            throw wrap(e, 1);
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

    boolean next() throws WorkspaceException {
        try {
            while (rows.hasNextValue()) {
                line = rows.getCurrentLocation().getLineNr();
                row = rows.nextValue();
                if (!(row.length == 1 && row[0].isEmpty())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            throw wrap(e, line + 1);
        }
    }

    /** The cell's text, or null when the cell is empty or the column absent. */
    String text(String column) {
        Integer i = columnIndex.get(column);
        if (i == null || i >= row.length || row[i].isEmpty()) {
            return null;
        }
        return row[i];
    }

    String requiredText(String column) throws WorkspaceException {
        String v = text(column);
        if (v == null) {
            throw problem(column, "is empty but required");
        }
        return v;
    }

    Integer integer(String column) throws WorkspaceException {
        String v = text(column);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw problem(column, "'" + v + "' is not a whole number");
        }
    }

    Long longValue(String column) throws WorkspaceException {
        String v = text(column);
        if (v == null) {
            return null;
        }
        try {
            return Long.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw problem(column, "'" + v + "' is not a whole number");
        }
    }

    /** NaN for an empty cell. */
    double decimal(String column) throws WorkspaceException {
        String v = text(column);
        if (v == null) {
            return Double.NaN;
        }
        try {
            return CellText.finiteNumber(v);
        } catch (IllegalArgumentException e) {
            throw problem(column, e.getMessage());
        }
    }

    Boolean bool(String column) throws WorkspaceException {
        String v = text(column);
        if (v == null) {
            return null;
        }
        try {
            // strict: the workspace reads back only what it writes
            return CellText.truth(v, true);
        } catch (IllegalArgumentException e) {
            throw problem(column, e.getMessage());
        }
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type) throws WorkspaceException {
        String v = text(column);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.trim());
        } catch (IllegalArgumentException e) {
            throw problem(column, "'" + v + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    WorkspaceException problem(String column, String what) {
        int col = columnIndex.getOrDefault(column, -1) + 1;
        return new WorkspaceException(entry + " line " + line + ", column " + col + " (" + column + "): " + what);
    }

    private WorkspaceException wrap(Exception e, long atLine) {
        if (e instanceof WorkspaceException we) {
            return we;
        }
        String detail = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        return new WorkspaceException(entry + " line " + atLine + ": malformed CSV (" + detail + ")", e);
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
