package org.genreworkbench.ml.mlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.genreworkbench.model.spec.MlpOptions;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.Test;

/**
 * The same rows, options and seed give the same network in another process too, not only in this one: the
 * promise a saved experiment rests on when it is run again tomorrow. (An input embedding tried once gave the same
 * scores twice in one process and different ones in two processes.) Two child JVMs train what this one trains,
 * long enough for a small difference to grow, and all three must print the same scores.
 */
class SeedAcrossProcessesTest {
    private static final MlpOptions OPTIONS = MlpOptions.parse("-layers 64,32 -dropout 0.2 -epochs 30 -patience 30");

    /** Run in a child JVM: trains the network and prints what {@link #fingerprint} makes of its scores. */
    public static void main(String[] args) {
        System.out.println("scores=" + fingerprint());
    }

    /** Every score of the held-out rows, bit for bit, as one hash; and the first score, readable. */
    static String fingerprint() {
        MlpTrainerTest.Problem p = MlpTrainerTest.Problem.synthetic(3000, 21);
        try (TrainedMlp net = MlpTrainer.train(p.rows(0, 2400), p.labels(0, 2400), List.of("f0", "f1", "f2", "f3", "f4"),
                List.of("product", "circle", "either"), true, OPTIONS, 5, TaskContext.silent())) {
            double[][] scores = net.scores(p.rows(2400, 3000));
            return Arrays.deepHashCode(Arrays.stream(scores).map(row -> Arrays.stream(row).boxed().toArray()).toArray())
                    + " first " + scores[0][0] + " epochs " + net.lossCurve().epochs();
        }
    }

    @Test
    void twoOtherProcessesTrainTheSameNetworkAsThisOne() throws Exception {
        String here = fingerprint();
        for (int child = 0; child < 2; child++) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-cp", System.getProperty("java.class.path"), SeedAcrossProcessesTest.class.getName())
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(out).as("child %d's output", child).contains("scores=" + here + "\n");
        }
    }
}
