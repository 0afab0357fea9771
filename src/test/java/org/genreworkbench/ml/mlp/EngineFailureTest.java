package org.genreworkbench.ml.mlp;

import org.genreworkbench.model.spec.MlpOptions;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where PyTorch cannot load, the MLP says why and nothing else breaks. The engine loads once per process, so
 * the failure is shown in a JVM of its own, asked for a PyTorch version no jar on the class path carries (and
 * DJL, offline, may not download one).
 */
class EngineFailureTest {

    /** Run in the child JVM: prints the reason, then proves other work goes on. */
    public static void main(String[] args) {
        System.out.println("reason=" + MlpEngine.unavailableReason().orElse(""));
        try {
            double[][] x = {{1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}};
            boolean[][] y = {{true}, {false}, {true}, {false}, {true}, {false}, {true}, {false}};
            MlpTrainer.train(x, y, List.of("x"), List.of("y"), true, MlpOptions.DEFAULTS, 1,
                    org.genreworkbench.task.TaskContext.silent());
            System.out.println("trained");
        } catch (IllegalStateException e) {
            System.out.println("refused=" + e.getMessage());
        }
        System.out.println("spec=" + new org.genreworkbench.model.spec.ModelSpec(null, "BR", "J48", "", "", "PCut1").name());
    }

    @Test
    void aMissingNativeLibraryLeavesTheMlpUnavailableWithTheReason(@TempDir Path dir) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), "-DPYTORCH_VERSION=1.9.0",
                "-DDJL_CACHE_DIR=" + dir.resolve("cache"), EngineFailureTest.class.getName())
                .redirectErrorStream(true).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out).contains("reason=the PyTorch engine did not load (")
                .contains("refused=MLP is unavailable on this machine: the PyTorch engine did not load")
                .contains("spec=BR + J48").doesNotContain("trained\n");
    }
}
