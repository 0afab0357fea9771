package org.genreworkbench.explore;

import static tech.tablesaw.aggregate.AggregateFunctions.countNonMissing;
import static tech.tablesaw.aggregate.AggregateFunctions.mean;
import static tech.tablesaw.aggregate.AggregateFunctions.median;
import static tech.tablesaw.aggregate.AggregateFunctions.stdDev;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genreworkbench.task.TaskContext;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The numeric features summarised per group (the study's {@code groupby(...).agg([mean, median, std, count])}),
 * computed by Tablesaw on a long table of one row per track and group it is in: a track with two labels is a row
 * of each. Tablesaw's standard deviation of a single value is 0; here, as in the Summary view, it is undefined
 * (NaN), since one track has no spread to measure.
 *
 * @param features the summarised features, in display order
 * @param groups   one entry per group, largest first
 * @param table    the same numbers as a Tablesaw table (group, tracks, then count/mean/median/sd per feature),
 *                 for export
 */
public record GroupSummaries(GroupedRows grouping, List<String> features, List<Group> groups, Table table) {

    /** A feature's statistics in one group; {@code count} is the tracks with a value. */
    public record Stats(int count, double mean, double median, double sd) {
    }

    /** One group: its tracks and each feature's statistics. */
    public record Group(String name, int tracks, Map<String, Stats> stats) {
        public Stats of(String feature) {
            return stats.get(feature);
        }
    }

    static final List<String> STATISTICS = List.of("count", "mean", "median", "sd");

    public static GroupSummaries of(FeatureColumns columns, GroupedRows grouping, TaskContext ctx) {
        List<String> features = columns.numericNames();
        String key = GroupedRows.heading(grouping.kind());
        Table rows = longTable(columns, grouping, features, key);
        ctx.checkCancelled();
        List<Group> groups = new ArrayList<>();
        Table table = Table.create("summaries by " + key, StringColumn.create(key), IntColumn.create("tracks"));
        for (String f : features) {
            for (String s : STATISTICS) {
                table.addColumns(DoubleColumn.create(f + " " + s));
            }
        }
        if (rows.rowCount() > 0) {
            Table summary = rows.summarize(features, countNonMissing, mean, median, stdDev).by(key);
            for (int r = 0; r < summary.rowCount(); r++) {
                String name = summary.stringColumn(key).get(r);
                Map<String, Stats> stats = new LinkedHashMap<>();
                for (String f : features) {
                    int count = (int) summary.doubleColumn("Count [" + f + "]").getDouble(r);
                    double sd = count < 2 ? Double.NaN : summary.doubleColumn("Std. Deviation [" + f + "]").getDouble(r);
                    stats.put(f, new Stats(count, summary.doubleColumn("Mean [" + f + "]").getDouble(r),
                            summary.doubleColumn("Median [" + f + "]").getDouble(r), sd));
                }
                groups.add(new Group(name, grouping.groups().get(name).length, stats));
            }
        }
        for (Group g : groups) {
            table.stringColumn(key).append(g.name());
            table.intColumn("tracks").append(g.tracks());
            for (String f : features) {
                Stats s = g.of(f);
                table.doubleColumn(f + " count").append(s.count());
                table.doubleColumn(f + " mean").append(s.mean());
                table.doubleColumn(f + " median").append(s.median());
                table.doubleColumn(f + " sd").append(s.sd());
            }
        }
        return new GroupSummaries(grouping, features, List.copyOf(groups), table);
    }

    /**
     * One row per track and group it is in, group by group in the grouping's order (largest first), so that
     * Tablesaw's summary, which keeps the order groups first appear in, lists them the same way.
     */
    private static Table longTable(FeatureColumns columns, GroupedRows grouping, List<String> features, String key) {
        int size = grouping.groups().values().stream().mapToInt(m -> m.length).sum();
        StringColumn group = StringColumn.create(key);
        List<double[]> values = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            values.add(new double[size]);
        }
        int at = 0;
        for (Map.Entry<String, int[]> e : grouping.groups().entrySet()) {
            for (int r : e.getValue()) {
                group.append(e.getKey());
                for (int i = 0; i < features.size(); i++) {
                    values.get(i)[at] = columns.column(features.get(i))[r];
                }
                at++;
            }
        }
        Table table = Table.create("tracks by " + key, group);
        for (int i = 0; i < features.size(); i++) {
            // NaN is Tablesaw's missing double, which its statistics leave out.
            table.addColumns(DoubleColumn.create(features.get(i), values.get(i)));
        }
        return table;
    }
}
