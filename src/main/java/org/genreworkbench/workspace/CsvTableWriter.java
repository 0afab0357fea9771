package org.genreworkbench.workspace;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes RFC 4180 CSV: a header, then rows; an empty cell is a missing value. */
final class CsvTableWriter {
    private final Writer out;
    private final int columns;
    private int cell;

    CsvTableWriter(Writer out, List<String> header) throws IOException {
        this.out = out;
        this.columns = header.size();
        for (String h : header) {
            text(h);
        }
    }

    CsvTableWriter text(String value) throws IOException {
        separate();
        if (value == null) {
            return this;
        }
        if (needsQuotes(value)) {
            out.write('"');
            out.write(value.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(value);
        }
        return this;
    }

    CsvTableWriter number(Number value) throws IOException {
        separate();
        if (value != null) {
            out.write(value.toString());
        }
        return this;
    }

    /** NaN is written as an empty cell: missing, not zero. */
    CsvTableWriter number(double value) throws IOException {
        separate();
        if (!Double.isNaN(value)) {
            out.write(Double.toString(value));
        }
        return this;
    }

    CsvTableWriter bool(Boolean value) throws IOException {
        separate();
        if (value != null) {
            out.write(value ? "true" : "false");
        }
        return this;
    }

    private void separate() throws IOException {
        if (cell == columns) {
            out.write('\n');
            cell = 0;
        }
        if (cell > 0) {
            out.write(',');
        }
        cell++;
    }

    void finish() throws IOException {
        out.write('\n');
        out.flush();
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return !value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ');
    }
}
