package org.genreworkbench.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.genreworkbench.cli.JsonOut;
import org.genreworkbench.ml.IterativeStratification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench split}: iterative stratification of generated multi-label rows into k folds. */
@Command(name = "split", description = "Times iterative stratification on generated multi-label data.")
final class SplitBenchmark implements Callable<Integer> {
    @Option(names = "--tracks", defaultValue = "100000")
    int tracks;

    @Option(names = "--labels", defaultValue = "50")
    int labels;

    @Option(names = "--folds", defaultValue = "5")
    int folds;

    @Option(names = "--second-order", description = "balance label pairs too")
    boolean secondOrder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Random random = new Random(3);
        boolean[][] y = new boolean[tracks][labels];
        for (boolean[] row : y) {
            // Zipf-like label frequencies, 1–3 labels a row: like clustered genre tags.
            int count = 1 + random.nextInt(3);
            for (int c = 0; c < count; c++) {
                int l = (int) Math.min(labels - 1, Math.floor(labels * Math.pow(random.nextDouble(), 2.5)));
                row[l] = true;
            }
        }
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime();
            IterativeStratification.folds(y, folds, round, secondOrder);
            double s = (System.nanoTime() - t0) / 1e9;
            spec.commandLine().getErr().printf("round %d: %.3f s%n", round, s);
            if (round > 0) {
                best = Math.min(best, s);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tracks", tracks);
        result.put("labels", labels);
        result.put("folds", folds);
        result.put("second_order", secondOrder);
        result.put("split_s", Math.round(best * 1000) / 1000.0);
        JsonOut.print(spec.commandLine().getOut(), result);
        return 0;
    }
}
