package org.genreworkbench.ml.mlp;

import org.genreworkbench.model.spec.MlpOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.genreworkbench.model.spec.Threshold;
import org.genreworkbench.ml.Metrics;
import org.genreworkbench.ml.Thresholds;
import org.genreworkbench.model.LossCurve;
import org.genreworkbench.model.Metric;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network on problems whose answer is known, through the real PyTorch engine. */
class MlpTrainerTest {

    @BeforeAll
    static void engineLoads() {
        assertThat(MlpEngine.unavailableReason()).isEmpty();
    }

    /** Three labels, each a different non-linear function of five features (one of them noise). */
    record Problem(double[][] x, boolean[][] y) {
        static Problem synthetic(int rows, long seed) {
            Random random = new Random(seed);
            double[][] x = new double[rows][5];
            boolean[][] y = new boolean[rows][3];
            for (int r = 0; r < rows; r++) {
                for (int f = 0; f < 5; f++) {
                    x[r][f] = random.nextGaussian() * (f + 1) + 10 * f;
                }
                double a = (x[r][0]) / 1;
                double b = (x[r][1] - 10) / 2;
                double c = (x[r][2] - 20) / 3;
                y[r][0] = a * b > 0;
                y[r][1] = a * a + b * b > 1.5;
                y[r][2] = c > 0.3 || a > 1;
            }
            return new Problem(x, y);
        }

        double[][] rows(int from, int to) {
            return java.util.Arrays.copyOfRange(x, from, to);
        }

        boolean[][] labels(int from, int to) {
            return java.util.Arrays.copyOfRange(y, from, to);
        }
    }

    private static final List<String> FEATURES = List.of("f0", "f1", "f2", "f3", "f4");
    private static final List<String> LABELS = List.of("product", "circle", "either");

    @Test
    void learnsASyntheticMultiLabelProblem() {
        Problem p = Problem.synthetic(3000, 1);
        MlpOptions options = MlpOptions.parse("-layers 64,32 -epochs 150");
        List<Double> validationLosses;
        double f1;
        try (TrainedMlp net = MlpTrainer.train(p.rows(0, 2400), p.labels(0, 2400), FEATURES, LABELS, true, options, 7,
                TaskContext.silent())) {
            double[][] scores = net.scores(p.rows(2400, 3000));
            boolean[][] predicted = Thresholds.apply(Threshold.parse("0.5"), scores, p.labels(0, 2400), false);
            f1 = Metrics.compute(p.labels(2400, 3000), predicted, scores, false).get(Metric.F1_MICRO);
            validationLosses = net.lossCurve().validation();
        }
        assertThat(f1).isGreaterThanOrEqualTo(0.9);
        assertThat(validationLosses.get(validationLosses.size() - 1)).isLessThan(validationLosses.get(0));
    }

    @Test
    void earlyStoppingStopsBeforeTheEpochLimitWhenTheNetworkOverfits() {
        // labels that are noise: a wide network can only memorise them, so the validation loss soon rises
        Random random = new Random(3);
        double[][] x = new double[300][5];
        boolean[][] y = new boolean[300][3];
        for (int r = 0; r < x.length; r++) {
            for (int f = 0; f < 5; f++) {
                x[r][f] = random.nextGaussian();
            }
            for (int l = 0; l < 3; l++) {
                y[r][l] = random.nextBoolean();
            }
        }
        MlpOptions options = MlpOptions.parse("-layers 256,256 -dropout 0 -weight-decay 0 -batch 32 -epochs 300 "
                + "-patience 5 -schedule constant -lr 0.01");
        try (TrainedMlp net = MlpTrainer.train(x, y, FEATURES, LABELS, true, options, 1, TaskContext.silent())) {
            LossCurve curve = net.lossCurve();
            assertThat(curve.epochs()).isLessThan(300);
            assertThat(curve.epochs()).isEqualTo(curve.keptEpoch() + 5);
            // it really overfitted: training loss fell well below the loss at the kept epoch, validation rose
            assertThat(curve.training().get(curve.epochs() - 1)).isLessThan(curve.training().get(curve.keptEpoch() - 1));
            assertThat(curve.validation().get(curve.epochs() - 1)).isGreaterThan(curve.validation().get(curve.keptEpoch() - 1));
            // and the weights kept are those of the best epoch, not the last
            double[][] scores = net.scores(x);
            assertThat(scores[0]).hasSize(3);
        }
    }

    @Test
    void theSameSeedGivesTheSameScoresAndAnotherSeedOthers() {
        Problem p = Problem.synthetic(800, 2);
        MlpOptions options = MlpOptions.parse("-layers 32,16 -epochs 15 -dropout 0.2");
        double[][] first = scores(p, options, 11);
        double[][] again = scores(p, options, 11);
        double[][] other = scores(p, options, 12);
        assertThat(again).isDeepEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(scores(p, MlpOptions.parse("-layers 32,16 -epochs 15 -dropout 0.2 -seed 1"), 11)).isNotEqualTo(first);
    }

    private static double[][] scores(Problem p, MlpOptions options, long seed) {
        try (TrainedMlp net = MlpTrainer.train(p.rows(0, 600), p.labels(0, 600), FEATURES, LABELS, true, options, seed,
                TaskContext.silent())) {
            return net.scores(p.rows(600, 800));
        }
    }

    @Test
    void aCancelStopsTrainingWithinTheEpoch() {
        Problem p = Problem.synthetic(3000, 4);
        AtomicInteger epochsReported = new AtomicInteger();
        AtomicInteger checks = new AtomicInteger();
        boolean[] cancelled = {false};
        TaskContext context = new TaskContext() {
            @Override
            public void progress(double done, double total) {
            }

            @Override
            public void message(String message) {
                if (epochsReported.incrementAndGet() == 2) {
                    cancelled[0] = true; // the user presses Cancel as epoch 3 begins
                }
            }

            @Override
            public boolean isCancelled() {
                checks.incrementAndGet();
                return cancelled[0];
            }
        };
        MlpOptions options = MlpOptions.parse("-layers 32 -batch 64 -epochs 100 -patience 100");
        int checksBefore = checks.get();
        assertThatThrownBy(() -> MlpTrainer.train(p.x(), p.y(), FEATURES, LABELS, true, options, 1, context))
                .isInstanceOf(CancellationException.class);
        assertThat(epochsReported.get()).isEqualTo(2);
        // every mini-batch asks: 2 epochs of ~40 batches, and the first batch of epoch 3 stops
        int batchesPerEpoch = (int) Math.ceil((3000 - 450) / 64.0);
        assertThat(checks.get() - checksBefore).isEqualTo(2 * batchesPerEpoch + 1);
    }

    @Test
    void anExportedNetworkReloadsToTheSamePredictions(@TempDir Path dir) throws Exception {
        Problem p = Problem.synthetic(600, 5);
        double[][] before;
        try (TrainedMlp net = MlpTrainer.train(p.rows(0, 500), p.labels(0, 500), FEATURES, LABELS, true,
                MlpOptions.parse("-layers 16,8 -epochs 10"), 1, TaskContext.silent())) {
            before = net.scores(p.rows(500, 600));
            net.save(dir, "genres");
        }
        assertThat(dir.resolve("genres-0000.params")).isRegularFile();
        assertThat(dir.resolve("genres.json")).content().contains("\"layers\"", "\"mean\"", "\"product\"");
        try (TrainedMlp reloaded = TrainedMlp.load(dir, "genres")) {
            assertThat(reloaded.architecture().layers()).containsExactly(16, 8);
            assertThat(reloaded.scores(p.rows(500, 600))).isDeepEqualTo(before);
        }
    }

    @Test
    void aDamagedArchitectureFileIsRefusedWithItsName(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("broken.json"), "{\"features\": [\"a\"], \"mean\": [], \"sd\": []}");
        assertThatThrownBy(() -> TrainedMlp.load(dir, "broken")).isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("broken.json");
    }

    @Test
    void singleLabelTargetsGetASoftmaxOverTheClasses() {
        Problem p = Problem.synthetic(2000, 6);
        boolean[][] classes = new boolean[2000][3];
        for (int r = 0; r < 2000; r++) {
            // the class is which of the three features is largest after centring
            double a = p.x()[r][0];
            double b = (p.x()[r][1] - 10) / 2;
            double c = (p.x()[r][2] - 20) / 3;
            classes[r][a >= b && a >= c ? 0 : b >= c ? 1 : 2] = true;
        }
        MlpOptions options = MlpOptions.parse("-layers 32 -class-weights on");
        try (TrainedMlp net = MlpTrainer.train(java.util.Arrays.copyOfRange(p.x(), 0, 1600),
                java.util.Arrays.copyOfRange(classes, 0, 1600), FEATURES, LABELS, false, options, 1, TaskContext.silent())) {
            double[][] scores = net.scores(java.util.Arrays.copyOfRange(p.x(), 1600, 2000));
            int right = 0;
            for (int r = 0; r < scores.length; r++) {
                assertThat(scores[r][0] + scores[r][1] + scores[r][2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
                int best = scores[r][0] >= scores[r][1] && scores[r][0] >= scores[r][2] ? 0 : scores[r][1] >= scores[r][2] ? 1 : 2;
                right += classes[1600 + r][best] ? 1 : 0;
            }
            assertThat(right / 400.0).isGreaterThan(0.9);
        }
    }
}
