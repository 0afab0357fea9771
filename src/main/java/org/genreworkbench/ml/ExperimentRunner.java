package org.genreworkbench.ml;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.genreworkbench.ml.mlp.MlpEngine;
import org.genreworkbench.ml.mlp.MlpTrainer;
import org.genreworkbench.ml.mlp.TrainedMlp;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LossCurve;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.task.TimeLeft;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * Runs an experiment: every model on the same folds, with seeds fixed per model and fold, so the same spec
 * on the same data gives the same numbers. Folds run on up to two threads (a model per fold at a time); the
 * cores the runner does not use itself go to learners with threads of their own (LightGBM, RandomForest's
 * slots), so runner threads × learner threads never exceed the cores. A cancel stops before the next
 * model–fold pair starts.
 */
public final class ExperimentRunner {
    private final int threads;
    private final int cores;

    public ExperimentRunner() {
        this(defaultThreads());
    }

    /** Folds trained at once by default: two, or one on a single core. */
    public static int defaultThreads() {
        return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /** At most this many model–fold pairs at once. */
    public ExperimentRunner(int threads) {
        this(threads, Runtime.getRuntime().availableProcessors());
    }

    ExperimentRunner(int threads, int cores) {
        this.cores = Math.max(1, cores);
        this.threads = Math.max(1, Math.min(threads, this.cores));
    }

    /** Pairs trained at once, given how many there are to train. */
    int runnerThreads(int pairs) {
        return Math.max(1, Math.min(threads, pairs));
    }

    /** Threads each learner may use beside the runner's others: the cores the runner leaves, shared fairly. */
    int learnerThreads(int pairs) {
        return Math.max(1, cores / runnerThreads(pairs));
    }

    public Experiment run(Project project, ExperimentSpec spec, TaskContext context) throws Exception {
        for (ModelSpec model : spec.models()) {
            if (model.network()) {
                MlpEngine.unavailableReason().ifPresent(reason -> {
                    throw new IllegalStateException("model '" + model.name() + "': MLP is unavailable on this machine: "
                            + reason);
                });
            } else if (!model.standalone()) {
                model.baseLearner().requireAvailable(model.name());
            }
        }
        Dataset data = DatasetBuilder.build(project, spec.dataset());
        int[] fold = folds(data, spec);
        int evaluations = spec.split().evaluations();
        int models = spec.models().size();
        int total = models * evaluations;
        int learnerThreads = learnerThreads(total);
        AtomicInteger finished = new AtomicInteger();
        TimeLeft timeLeft = new TimeLeft();
        ExecutorService pool = Executors.newFixedThreadPool(runnerThreads(total), r -> {
            Thread t = new Thread(r, "experiment");
            t.setDaemon(true);
            return t;
        });
        try {
            List<List<Future<Experiment.FoldScore>>> futures = new ArrayList<>();
            for (int m = 0; m < models; m++) {
                ModelSpec model = spec.models().get(m);
                List<Future<Experiment.FoldScore>> perFold = new ArrayList<>();
                for (int k = 0; k < evaluations; k++) {
                    int modelIndex = m;
                    int foldIndex = k;
                    perFold.add(pool.submit(() -> {
                        context.checkCancelled();
                        String left = timeLeft.after(finished.get(), total);
                        context.message(String.format("model %d of %d, fold %d of %d: %s%s", modelIndex + 1, models,
                                foldIndex + 1, evaluations, model.name(), left.isEmpty() ? "" : " · " + left));
                        Experiment.FoldScore score = evaluate(data, fold, foldIndex, model,
                                spec.seed() + 1000L * modelIndex + foldIndex, learnerThreads, context);
                        context.progress(finished.incrementAndGet(), total);
                        return score;
                    }));
                }
                futures.add(perFold);
            }
            List<Experiment.ModelResult> results = new ArrayList<>();
            for (int m = 0; m < models; m++) {
                List<Experiment.FoldScore> scores = new ArrayList<>();
                for (Future<Experiment.FoldScore> f : futures.get(m)) {
                    scores.add(get(f));
                }
                ModelSpec model = spec.models().get(m);
                results.add(new Experiment.ModelResult(model.name(), model.describe(), scores));
            }
            return new Experiment(UUID.randomUUID().toString(), spec.name(), Instant.now().toString(), spec.toJson(),
                    data.labels(), foldTrackIds(data, fold, evaluations), results, versions());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The fold of each row; for a holdout, 1 marks the test rows. */
    static int[] folds(Dataset data, ExperimentSpec spec) {
        SplitSpec split = spec.split();
        if (split.kind().equals("holdout")) {
            boolean[] test = IterativeStratification.trainTest(data.targets(), split.testFraction(), spec.seed(),
                    split.secondOrder());
            int[] fold = new int[test.length];
            for (int i = 0; i < test.length; i++) {
                fold[i] = test[i] ? 0 : 1;
            }
            return fold;
        }
        return IterativeStratification.folds(data.targets(), split.folds(), spec.seed(), split.secondOrder());
    }

    private static Experiment.FoldScore evaluate(Dataset data, int[] fold, int k, ModelSpec spec, long seed,
                                                 int learnerThreads, TaskContext context) throws Exception {
        int[] train = Arrays.stream(indices(fold.length)).filter(i -> fold[i] != k).toArray();
        int[] test = Arrays.stream(indices(fold.length)).filter(i -> fold[i] == k).toArray();
        Preprocessor pre = Preprocessor.fit(data, train, imputes(spec));
        boolean[][] yTrain = pick(data.targets(), train);
        boolean[][] yTest = pick(data.targets(), test);
        double[][] xTrain = pre.transform(data, train);
        double[][] xTest = pre.transform(data, test);
        Scored scored = spec.network()
                ? trainNetwork(pre, xTrain, yTrain, xTest, data, spec, seed, context)
                : trainWeka(pre, xTrain, yTrain, xTest, yTest, data, spec, seed, learnerThreads);
        long t0 = System.nanoTime();
        boolean[][] predicted = Thresholds.apply(spec.threshold(), scored.scores(), yTrain, data.singleLabel());
        double thresholdMs = (System.nanoTime() - t0) / 1e6;
        Map<String, Double> metrics = new LinkedHashMap<>(Metrics.compute(yTest, predicted, scored.scores(),
                data.singleLabel()));
        List<Double> perLabel = Arrays.stream(Metrics.perLabelF1(yTest, predicted)).boxed().toList();
        return new Experiment.FoldScore(k, metrics, perLabel, scored.trainMs(), scored.testMs() + thresholdMs,
                scored.lossCurve());
    }

    /** A trained model's scores for the test rows, with its times and (for a network) its loss curve. */
    private record Scored(double[][] scores, double trainMs, double testMs, LossCurve lossCurve) {
    }

    private static Scored trainWeka(Preprocessor pre, double[][] xTrain, boolean[][] yTrain, double[][] xTest,
                                    boolean[][] yTest, Dataset data, ModelSpec spec, long seed, int learnerThreads)
            throws Exception {
        Instances trainSet = WekaModels.instances(pre.outputNames(), xTrain, yTrain, data.labels(), data.singleLabel());
        Instances testSet = WekaModels.instances(pre.outputNames(), xTest, yTest, data.labels(), data.singleLabel());
        Classifier model = WekaModels.create(spec, seed, learnerThreads);
        try {
            long t0 = System.nanoTime();
            model.buildClassifier(trainSet);
            long t1 = System.nanoTime();
            double[][] scores = WekaModels.scores(model, testSet, data.labels().size());
            return new Scored(scores, (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6, null);
        } finally {
            WekaModels.release(model);
        }
    }

    private static Scored trainNetwork(Preprocessor pre, double[][] xTrain, boolean[][] yTrain, double[][] xTest,
                                       Dataset data, ModelSpec spec, long seed, TaskContext context) {
        long t0 = System.nanoTime();
        try (TrainedMlp network = MlpTrainer.train(xTrain, yTrain, pre.outputNames(), data.labels(), !data.singleLabel(),
                spec.networkOptions(), seed, context)) {
            long t1 = System.nanoTime();
            double[][] scores = network.scores(xTest);
            return new Scored(scores, (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6, network.lossCurve());
        }
    }

    /** Whether the model's data has missing values filled in: not for learners that take them as they are. */
    static boolean imputes(ModelSpec spec) {
        return spec.standalone() || !spec.baseLearner().takesMissingValues();
    }

    private static List<List<String>> foldTrackIds(Dataset data, int[] fold, int evaluations) {
        List<List<String>> ids = new ArrayList<>();
        for (int k = 0; k < evaluations; k++) {
            List<String> mine = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == k) {
                    mine.add(data.trackIds().get(i));
                }
            }
            ids.add(mine);
        }
        return ids;
    }

    static Map<String, String> versions() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("java", System.getProperty("java.version"));
        v.put("weka", weka.core.Version.VERSION);
        v.put("meka", "1.9.7");
        v.put("genre-workbench", "0.1.0");
        return v;
    }

    private static <T> T get(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException c) {
                throw c;
            }
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static int[] indices(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        return idx;
    }

    private static boolean[][] pick(boolean[][] rows, int[] which) {
        boolean[][] out = new boolean[which.length][];
        for (int i = 0; i < which.length; i++) {
            out[i] = rows[which[i]];
        }
        return out;
    }
}
