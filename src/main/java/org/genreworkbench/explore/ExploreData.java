package org.genreworkbench.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.genreworkbench.model.Project;

/**
 * Everything the Explore tab shows, computed once per change of the data off the UI thread: the columns,
 * their sorted forms, the summary table, categorical counts, both correlation matrices and the tag
 * statistics. Histograms are cheap from here and are made on demand.
 */
public record ExploreData(FeatureColumns columns, Map<String, SortedColumn> sorted, List<FeatureSummary> summary,
                          Map<String, Map<Double, Integer>> categoryCounts, CorrelationMatrix pearson,
                          CorrelationMatrix spearman, TagStatistics tags) {

    public static ExploreData of(Project project) {
        return of(FeatureColumns.of(project), TagStatistics.of(project));
    }

    public static ExploreData of(FeatureColumns columns, TagStatistics tags) {
        Map<String, SortedColumn> sorted = sortAll(columns);
        return new ExploreData(columns, sorted, summaries(columns, sorted), categoryCounts(columns),
                pearson(columns), spearman(columns, sorted), tags);
    }

    static Map<String, SortedColumn> sortAll(FeatureColumns columns) {
        Map<String, SortedColumn> sorted = new LinkedHashMap<>();
        // Columns are independent: sorting them in parallel uses both cores.
        columns.numericNames().parallelStream().map(n -> Map.entry(n, SortedColumn.of(columns.column(n))))
                .toList().forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    static List<FeatureSummary> summaries(FeatureColumns columns, Map<String, SortedColumn> sorted) {
        List<FeatureSummary> list = new ArrayList<>();
        for (String n : columns.numericNames()) {
            list.add(FeatureSummary.of(n, columns.column(n), sorted.get(n)));
        }
        return list;
    }

    static Map<String, Map<Double, Integer>> categoryCounts(FeatureColumns columns) {
        Map<String, Map<Double, Integer>> counts = new LinkedHashMap<>();
        for (String n : FeatureColumns.CATEGORICAL) {
            if (columns.has(n)) {
                Map<Double, Integer> c = new TreeMap<>();
                for (double v : columns.column(n)) {
                    c.merge(v, 1, Integer::sum);
                }
                counts.put(n, c);
            }
        }
        return counts;
    }

    static CorrelationMatrix pearson(FeatureColumns columns) {
        List<String> names = columns.numericNames();
        return CorrelationMatrix.pearson(names, names.stream().map(columns::column).toList());
    }

    static CorrelationMatrix spearman(FeatureColumns columns, Map<String, SortedColumn> sorted) {
        List<String> names = columns.numericNames();
        return CorrelationMatrix.spearman(names, names.stream().map(sorted::get).toList());
    }

    /** The histogram of a feature with Freedman–Diaconis bins, or {@code bins} when positive. */
    public Histogram histogram(String feature, int bins, boolean logScale) {
        int b = bins > 0 ? bins : Histogram.freedmanDiaconisBins(sorted.get(feature));
        return Histogram.of(columns.column(feature), b, logScale);
    }

    /**
     * Why a feature has nothing to plot, in words for the user; empty when it has values. A feature no track
     * has (artist followers from a file without them) would otherwise be a blank chart.
     */
    public Optional<String> whyEmpty(String feature) {
        if (columns.rows() == 0) {
            return Optional.of("There are no tracks yet: import files or get data on the Data tab.");
        }
        SortedColumn column = sorted.get(feature);
        boolean present = column != null ? column.count() > 0
                : columns.has(feature) && java.util.Arrays.stream(columns.column(feature)).anyMatch(v -> !Double.isNaN(v));
        if (present) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.US, "No track has a value for %s (all %,d are missing), so there is"
                + " nothing to plot.", feature, columns.rows()));
    }

    /** Why two features give an empty scatter plot; empty when some track has both. */
    public Optional<String> whyNoPairs(String x, String y, DensityGrid grid) {
        Optional<String> missing = whyEmpty(x).or(() -> whyEmpty(y));
        if (missing.isPresent() || grid.points() > 0) {
            return missing;
        }
        return Optional.of("No track has both " + x + " and " + y + ".");
    }
}
