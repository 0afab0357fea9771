package org.genreworkbench.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.genreworkbench.cli.JsonOut;
import org.genreworkbench.labels.ClusteredTags;
import org.genreworkbench.labels.LabelSuggestions;
import org.genreworkbench.labels.LabellingService;
import org.genreworkbench.ml.LabelPredictability;
import org.genreworkbench.model.ClusteringSettings;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench labels}: what the Labels tab does on the public tracks joined to artist genre tags, with its
 * default settings (tags on 5 artists or more, 1 − Jaccard, average linkage) — the tree, <i>Suggest labels</i>
 * for 8–16 labels, and <i>How predictable?</i> on the best suggestion. Times are medians of the rounds;
 * {@code predictability_cpu_s} is the CPU time the estimate took on all threads, telling on a shared machine.
 */
@Command(name = "labels", description = "Times the Labels tab's suggestion search and predictability estimate on the public tracks.")
final class LabelsBenchmark implements Callable<Integer> {
    @Option(names = "--data", defaultValue = Bench.PUBLIC_TRACKS,
            description = "the public tracks' folder (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--min-labels", defaultValue = "8")
    int minLabels;

    @Option(names = "--max-labels", defaultValue = "16")
    int maxLabels;

    @Option(names = "--rounds", defaultValue = "3", description = "runs of each, the median reported (default: ${DEFAULT-VALUE})")
    int rounds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Project project = Bench.publicTracks(data);
        LabellingService service = new LabellingService();
        long t0 = System.nanoTime();
        ClusteredTags tags = service.build(project, ClusteringSettings.defaults());
        double treeMs = (System.nanoTime() - t0) / 1e6;

        List<Double> suggestMs = new ArrayList<>();
        List<LabelSuggestions.Suggestion> found = List.of();
        for (int round = 0; round < rounds; round++) {
            long s0 = System.nanoTime();
            found = LabelSuggestions.search(tags, minLabels, maxLabels, 3, LabelSuggestions.BalanceTarget.defaults(),
                    TaskContext.silent());
            suggestMs.add((System.nanoTime() - s0) / 1e6);
            spec.commandLine().getErr().printf("round %d: suggestions %.0f ms%n", round, suggestMs.get(round));
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no cut of the public tags' tree gives " + minLabels + " to " + maxLabels + " labels");
        }
        LabelSuggestions.Suggestion best = found.get(0);
        LabelScheme scheme = service.scheme("suggested", tags.tree(), best.cut(), best.edits());

        List<Double> predictS = new ArrayList<>();
        List<Double> predictCpuS = new ArrayList<>();
        Map<String, Double> f1 = Map.of();
        for (int round = 0; round < rounds; round++) {
            long c0 = processCpuNanos();
            long p0 = System.nanoTime();
            f1 = LabelPredictability.estimate(project, scheme, TaskContext.silent());
            predictS.add((System.nanoTime() - p0) / 1e9);
            predictCpuS.add((processCpuNanos() - c0) / 1e9);
            spec.commandLine().getErr().printf("round %d: predictability %.2f s (%.2f s of CPU)%n", round,
                    predictS.get(round), predictCpuS.get(round));
        }

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tracks", project.tracks().size());
        out.put("tags", tags.tree().incidence().tagCount());
        out.put("tree_ms", Math.round(treeMs));
        out.put("labels", best.balance().clusters());
        out.put("suggest_ms", Math.round(median(suggestMs)));
        out.put("predictability_model", LabelPredictability.model().name());
        out.put("predictability_s", Math.round(median(predictS) * 100) / 100.0);
        out.put("predictability_cpu_s", Math.round(median(predictCpuS) * 100) / 100.0);
        Map<String, Double> rounded = new LinkedHashMap<>();
        f1.forEach((label, value) -> rounded.put(label, Math.round(value * 1000) / 1000.0));
        out.put("f1_per_label", rounded);
        JsonOut.print(spec.commandLine().getOut(), out);
        return 0;
    }

    /** CPU time of the whole process (every thread): what a run costs whatever else the machine is doing. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
