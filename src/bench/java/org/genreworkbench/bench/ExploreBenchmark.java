package org.genreworkbench.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.genreworkbench.cli.JsonOut;
import org.genreworkbench.explore.CorrelationMatrix;
import org.genreworkbench.explore.FeatureColumns;
import org.genreworkbench.explore.FeatureSummary;
import org.genreworkbench.explore.Histogram;
import org.genreworkbench.explore.SortedColumn;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench explore --tracks N}: the summary table, every histogram and both correlation matrices on
 * generated tracks, best of five rounds after two warm-up rounds. Sorting the columns is counted in the
 * summary (quartiles need it); Spearman reuses the ranks.
 */
@Command(name = "explore", description = "Times the Explore tab's statistics on generated tracks.")
final class ExploreBenchmark implements Callable<Integer> {
    @Option(names = "--tracks", defaultValue = "100000")
    int tracks;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Project project = SampleGenerator.generate(SampleSpec.ofTracks(9, tracks));
        FeatureColumns columns = FeatureColumns.of(project);
        List<String> names = columns.numericNames();
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 0; round < 7; round++) {
            long t0 = System.nanoTime();
            Map<String, SortedColumn> sorted = new LinkedHashMap<>();
            names.parallelStream().map(n -> Map.entry(n, SortedColumn.of(columns.column(n)))).toList()
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            for (String n : names) {
                FeatureSummary.of(n, columns.column(n), sorted.get(n));
            }
            long t1 = System.nanoTime();
            for (String n : names) {
                Histogram.of(columns.column(n), Histogram.freedmanDiaconisBins(sorted.get(n)), false);
            }
            long t2 = System.nanoTime();
            CorrelationMatrix.pearson(names, names.stream().map(columns::column).toList());
            long t3 = System.nanoTime();
            CorrelationMatrix.spearman(names, names.stream().map(sorted::get).toList());
            long t4 = System.nanoTime();
            double[] times = {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6};
            spec.commandLine().getErr().printf("round %d: summary %.1f, histograms %.1f, pearson %.1f, spearman %.1f ms%n",
                    round, times[0], times[1], times[2], times[3]);
            if (round >= 2) {
                for (int i = 0; i < 4; i++) {
                    best[i] = Math.min(best[i], times[i]);
                }
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tracks", columns.rows());
        result.put("features", names.size());
        result.put("summary_ms", Math.round(best[0] * 10) / 10.0);
        result.put("histograms_ms", Math.round(best[1] * 10) / 10.0);
        result.put("pearson_ms", Math.round(best[2] * 10) / 10.0);
        result.put("spearman_ms", Math.round(best[3] * 10) / 10.0);
        result.put("total_ms", Math.round((best[0] + best[1] + best[2] + best[3]) * 10) / 10.0);
        JsonOut.print(spec.commandLine().getOut(), result);
        return 0;
    }
}
