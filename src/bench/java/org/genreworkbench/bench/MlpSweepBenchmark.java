package org.genreworkbench.bench;

import org.genreworkbench.model.spec.MlpOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.genreworkbench.cli.JsonOut;
import org.genreworkbench.ml.Metrics;
import org.genreworkbench.model.spec.Threshold;
import org.genreworkbench.ml.Thresholds;
import org.genreworkbench.ml.mlp.MlpTrainer;
import org.genreworkbench.ml.mlp.TrainedMlp;
import org.genreworkbench.model.Metric;
import org.genreworkbench.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench mlp-sweep}: MLP options compared on the training rows of a hold-out export alone (the
 * {@code train} rows of {@code --export-dataset}), split again into an inner training and an inner test share,
 * so that options are chosen without ever scoring the outer test rows.
 */
@Command(name = "mlp-sweep", description = "Scores MLP options on an inner split of an export's training rows.")
final class MlpSweepBenchmark implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ROWS.csv", description = "a hold-out export (bench train --export-dataset)")
    Path rows;

    @Option(names = "--options", paramLabel = "MLP-OPTIONS", description = "MLP options to score; repeat to compare")
    List<String> options = new ArrayList<>(List.of(""));

    @Option(names = "--inner-test", defaultValue = "0.2", description = "share of the training rows scored (default: ${DEFAULT-VALUE})")
    double innerTest;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<String> lines = Files.readAllLines(rows);
        List<String> header = Arrays.stream(lines.get(0).split(",")).map(s -> s.replace("\"", "")).toList();
        int foldColumn = header.indexOf("fold");
        List<Integer> labelColumns = new ArrayList<>();
        List<Integer> featureColumns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).startsWith("label:")) {
                labelColumns.add(c);
            } else if (c != foldColumn) {
                featureColumns.add(c);
            }
        }
        List<double[]> xs = new ArrayList<>();
        List<boolean[]> ys = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (!cells[foldColumn].equals("train")) {
                continue;
            }
            xs.add(featureColumns.stream().mapToDouble(c -> cells[c].isEmpty() ? Double.NaN : Double.parseDouble(cells[c])).toArray());
            boolean[] y = new boolean[labelColumns.size()];
            for (int l = 0; l < y.length; l++) {
                y[l] = cells[labelColumns.get(l)].equals("1");
            }
            ys.add(y);
        }
        int[] order = new SplittableRandom(seed).ints(0, Integer.MAX_VALUE).limit(xs.size()).toArray();
        Integer[] idx = new Integer[xs.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Integer.compare(order[a], order[b]));
        int testRows = (int) Math.round(xs.size() * innerTest);
        double[][] xTest = new double[testRows][];
        boolean[][] yTest = new boolean[testRows][];
        double[][] xTrain = new double[xs.size() - testRows][];
        boolean[][] yTrain = new boolean[xs.size() - testRows][];
        for (int i = 0; i < idx.length; i++) {
            if (i < testRows) {
                xTest[i] = xs.get(idx[i]);
                yTest[i] = ys.get(idx[i]);
            } else {
                xTrain[i - testRows] = xs.get(idx[i]);
                yTrain[i - testRows] = ys.get(idx[i]);
            }
        }
        List<String> features = featureColumns.stream().map(header::get).toList();
        List<String> labels = labelColumns.stream().map(header::get).toList();
        for (String text : options) {
            MlpOptions o = MlpOptions.parse(text);
            long t0 = System.nanoTime();
            try (TrainedMlp network = MlpTrainer.train(xTrain, yTrain, features, labels, true, o, seed, TaskContext.silent())) {
                double trainS = (System.nanoTime() - t0) / 1e9;
                double[][] scores = network.scores(xTest);
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("options", text);
                out.put("train_s", Math.round(trainS * 100) / 100.0);
                out.put("epochs", network.lossCurve().epochs());
                out.put("kept", network.lossCurve().keptEpoch());
                for (Threshold t : List.of(Threshold.PCUT1, Threshold.PCUTL, new Threshold.Fixed(0.5), Threshold.TUNED1,
                        Threshold.TUNEDL)) {
                    boolean[][] predicted = Thresholds.apply(t, scores, yTrain, network.heldOut().scores(),
                            network.heldOut().truth(), false);
                    double f1 = Metrics.compute(yTest, predicted, scores, false).get(Metric.F1_MICRO);
                    out.put("f1_" + t.specName(), Math.round(f1 * 10_000) / 10_000.0);
                }
                JsonOut.print(spec.commandLine().getOut(), out);
                spec.commandLine().getOut().flush();
            }
        }
        return 0;
    }
}
