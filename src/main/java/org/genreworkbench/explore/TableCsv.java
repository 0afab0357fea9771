package org.genreworkbench.explore;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.genreworkbench.export.CsvWriter;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * A Tablesaw table as CSV for a spreadsheet, through Tablesaw's writer. That writer writes text as it is, so a
 * group or tag named {@code =HYPERLINK(...)}, in a cell or as a cross-tabulation's column heading, would run as a
 * formula: text cells and headings are first neutralised as every other spreadsheet export is
 * ({@link CsvWriter#forSpreadsheets}); numbers are left alone, so −11.84 stays a number. Whitespace at either
 * end of a name is kept (Tablesaw would trim it), a missing number is an empty cell, and lines end in {@code \n}.
 */
public final class TableCsv {
    private TableCsv() {
    }

    public static void write(Table table, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(table, out);
        }
    }

    public static void write(Table table, Writer out) throws IOException {
        Table safe = Table.create(table.name());
        for (Column<?> column : table.columns()) {
            Column<?> copy = column.copy();
            copy.setName(CsvWriter.forSpreadsheets(column.name()));
            if (copy instanceof tech.tablesaw.api.StringColumn text) {
                for (int r = 0; r < text.size(); r++) {
                    if (!text.isMissing(r)) {
                        text.set(r, CsvWriter.forSpreadsheets(text.get(r)));
                    }
                }
            }
            safe.addColumns(copy);
        }
        safe.write().csv(CsvWriteOptions.builder(out).lineEnd("\n").ignoreLeadingWhitespaces(false)
                .ignoreTrailingWhitespaces(false).build());
        out.flush();
    }
}
