package org.genreworkbench.explore;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Two groupings against each other (label × playlist genre, say), counted by Tablesaw's cross-tabulation on a long
 * table of one row per track and pair of groups it is in: a track with two labels and one playlist genre counts
 * once in each of its labels' rows. Tracks missing either grouping are left out. Categories are in Tablesaw's
 * (alphabetical) order, with a total row and column.
 *
 * @param pairs   track–pair rows counted
 * @param leftOut tracks in no group of one grouping or the other
 */
public record CrossTabulation(Grouping.Kind rows, Grouping.Kind columns, Table counts, Table rowShares,
                              Table columnShares, int pairs, int leftOut) {

    /** What the cells hold. */
    public enum Cells {
        COUNTS, ROW_PROPORTIONS, COLUMN_PROPORTIONS
    }

    /** One row as shown: its category, whether it is the total row, and a value per column (the total last). */
    public record Row(String category, boolean total, double[] values) {
    }

    public static CrossTabulation of(GroupedRows rows, GroupedRows columns) {
        if (rows.ofRow().size() != columns.ofRow().size()) {
            throw new IllegalArgumentException("the groupings are of " + rows.ofRow().size() + " and "
                    + columns.ofRow().size() + " tracks");
        }
        String rowKey = key(rows.kind(), "rows");
        String columnKey = key(columns.kind(), "columns");
        StringColumn a = StringColumn.create(rowKey);
        StringColumn b = StringColumn.create(columnKey);
        int leftOut = 0;
        for (int r = 0; r < rows.ofRow().size(); r++) {
            List<String> mine = rows.ofRow().get(r);
            List<String> theirs = columns.ofRow().get(r);
            if (mine.isEmpty() || theirs.isEmpty()) {
                leftOut++;
                continue;
            }
            for (String x : mine) {
                for (String y : theirs) {
                    a.append(x);
                    b.append(y);
                }
            }
        }
        Table pairs = Table.create("pairs", a, b);
        if (pairs.rowCount() == 0) {
            Table empty = Table.create("empty", StringColumn.create(rowKey));
            return new CrossTabulation(rows.kind(), columns.kind(), empty, empty, empty, 0, leftOut);
        }
        return new CrossTabulation(rows.kind(), columns.kind(), pairs.xTabCounts(rowKey, columnKey),
                pairs.xTabRowPercents(rowKey, columnKey), pairs.xTabColumnPercents(rowKey, columnKey),
                pairs.rowCount(), leftOut);
    }

    /** Both groupings may be of one kind (tags × tags); Tablesaw needs two column names. */
    private static String key(Grouping.Kind kind, String side) {
        return GroupedRows.heading(kind) + " (" + side + ")";
    }

    public Table table(Cells cells) {
        return switch (cells) {
            case COUNTS -> counts;
            case ROW_PROPORTIONS -> rowShares;
            case COLUMN_PROPORTIONS -> columnShares;
        };
    }

    /** The column categories, then "total"; empty when no track is in both groupings. */
    public List<String> columnNames() {
        return counts.columnNames().subList(1, counts.columnCount());
    }

    /** The rows of the chosen cells, the total row last. */
    public List<Row> rows(Cells cells) {
        Table t = table(cells);
        List<Row> out = new ArrayList<>();
        int last = t.rowCount() - 1;
        for (int r = 0; r < t.rowCount(); r++) {
            double[] values = new double[t.columnCount() - 1];
            for (int c = 1; c < t.columnCount(); c++) {
                Column<?> column = t.column(c);
                values[c - 1] = ((Number) column.get(r)).doubleValue();
            }
            out.add(new Row(t.stringColumn(0).get(r), r == last, values));
        }
        return out;
    }
}
