package org.genreworkbench.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way the application writes CSV, for workspace entries and exports alike: RFC 4180 through Jackson's
 * CSV generator (the module that reads them back): comma-separated, {@code \n} line ends, a header line, and an
 * empty cell for a missing value (null, or NaN), never zero. Jackson's default quoting is kept on purpose: it
 * quotes a text cell holding anything below a comma (spaces, a lone carriage return, {@code "}, {@code #}…),
 * which is more than strictly needed but never too little; its strict check would leave a lone {@code \r}
 * unquoted, which readers take for a line end.
 *
 * <p>A file is written for one of two readers, and that decides what a text cell may start with:
 * <ul>
 *   <li>{@link Readers#PROGRAMS} — workspace entries and data sets for pandas or scikit-learn: every text cell is
 *   written exactly as it is, so it reads back the same.</li>
 *   <li>{@link Readers#SPREADSHEETS} — exports people open in Excel, LibreOffice or Google Sheets (summary,
 *   results, tag and track labels). Track, playlist and tag names come from other people's data, and a spreadsheet
 *   runs a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return as a
 *   formula (CSV injection). Such a text cell gets a leading {@code '}, which spreadsheets show as text and do not
 *   display; numbers are written as numbers, so −11.84 stays a number.</li>
 * </ul>
 * Cells are given in header order; a row ends when the header's number of cells is reached.
 */
public final class CsvWriter {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\n");

    /** Who will read the file; see the class comment. */
    public enum Readers {
        PROGRAMS, SPREADSHEETS
    }

    private final SequenceWriter out;
    private final Writer target;
    private final Readers readers;
    private final int columns;
    private final List<String> row;

    private CsvWriter(Writer target, List<String> header, Readers readers) throws IOException {
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a CSV table needs at least one column");
        }
        this.target = target;
        this.out = MAPPER.writer(SCHEMA).writeValues(target);
        this.readers = readers;
        this.columns = header.size();
        this.row = new ArrayList<>(columns);
        for (String h : header) {
            text(h);
        }
    }

    /** Starts a table with its header; {@code out} is left open when the table is finished. */
    public static CsvWriter of(Writer out, List<String> header, Readers readers) throws IOException {
        return new CsvWriter(out, header, readers);
    }

    /** A text cell; null is missing (an empty cell). */
    public CsvWriter text(String value) throws IOException {
        return cell(value == null || readers == Readers.PROGRAMS ? value : neutralised(value));
    }

    /** A whole or decimal number as Java writes it; null is missing. */
    public CsvWriter number(Number value) throws IOException {
        return cell(value == null ? null : value.toString());
    }

    /** A whole number. */
    public CsvWriter number(long value) throws IOException {
        return cell(Long.toString(value));
    }

    /** A number as Java writes it; NaN is missing. */
    public CsvWriter number(double value) throws IOException {
        return cell(Double.isNaN(value) ? null : Double.toString(value));
    }

    /** A number already formatted (fixed decimals, say); null is missing. Never changed for spreadsheets. */
    public CsvWriter formatted(String number) throws IOException {
        return cell(number);
    }

    /** {@code true} or {@code false}; null is missing. */
    public CsvWriter bool(Boolean value) throws IOException {
        return cell(value == null ? null : value.toString());
    }

    /** Ends the table and flushes; the target stays open. A row left part-way is refused. */
    public void finish() throws IOException {
        if (!row.isEmpty()) {
            throw new IllegalStateException("the last row has " + row.size() + " of " + columns + " cells");
        }
        out.flush();
        target.flush();
    }

    private CsvWriter cell(String value) throws IOException {
        // Jackson leaves a null out of a row altogether, shifting the cells after it: missing is written empty.
        row.add(value == null ? "" : value);
        if (row.size() == columns) {
            out.write(row);
            row.clear();
        }
        return this;
    }

    /** Text as written for {@link Readers#SPREADSHEETS}, for exports written by other means (Tablesaw's writer). */
    public static String forSpreadsheets(String value) {
        return value == null ? null : neutralised(value);
    }

    /** What a spreadsheet would run as a formula gets a leading apostrophe, which it shows as text. */
    static String neutralised(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
