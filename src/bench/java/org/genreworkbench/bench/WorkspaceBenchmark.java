package org.genreworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.genreworkbench.cli.JsonOut;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.workspace.WorkspaceReader;
import org.genreworkbench.workspace.WorkspaceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench workspace --tracks N}: save and open a generated workspace; best of a few rounds after warm-up. */
@Command(name = "workspace", description = "Saves and opens a generated workspace and reports times and size.")
final class WorkspaceBenchmark implements Callable<Integer> {
    @Option(names = "--tracks", defaultValue = "100000", description = "tracks to generate (default: ${DEFAULT-VALUE})")
    int tracks;

    @Option(names = "--rounds", defaultValue = "3", description = "measured rounds after one warm-up (default: ${DEFAULT-VALUE})")
    int rounds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Project project = SampleGenerator.generate(SampleSpec.ofTracks(7L, tracks));
        Path dir = Files.createTempDirectory("gwb-bench");
        Path file = dir.resolve("bench.gwb");
        WorkspaceWriter writer = new WorkspaceWriter();
        WorkspaceReader reader = new WorkspaceReader();
        double bestSave = Double.MAX_VALUE;
        double bestLoad = Double.MAX_VALUE;
        Project loaded = null;
        for (int round = 0; round <= rounds; round++) {
            long t0 = System.nanoTime();
            writer.save(project, file);
            long t1 = System.nanoTime();
            loaded = reader.open(file);
            long t2 = System.nanoTime();
            if (round > 0) {
                bestSave = Math.min(bestSave, (t1 - t0) / 1e9);
                bestLoad = Math.min(bestLoad, (t2 - t1) / 1e9);
            }
            spec.commandLine().getErr().printf("round %d: save %.3f s, load %.3f s%n", round, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        }
        long bytes = Files.size(file);
        project = null;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tracks", loaded.tracks().size());
        result.put("artists", loaded.artists().size());
        result.put("save_s", round3(bestSave));
        result.put("load_s", round3(bestLoad));
        result.put("file_mb", round3(bytes / 1e6));
        result.put("heap_mb", Math.round(heap / 1e6));
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir.resolve("bench.gwb.bak"));
        Files.deleteIfExists(dir);
        JsonOut.print(spec.commandLine().getOut(), result);
        return 0;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
