package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.genreworkbench.model.spec.Split;
import org.genreworkbench.ml.engine.CellResult;
import org.genreworkbench.ml.engine.CellsFailedException;
import org.genreworkbench.ml.engine.ExperimentCell;
import org.genreworkbench.ml.engine.ExperimentEngine;
import org.genreworkbench.ml.engine.LocalEngine;
import org.genreworkbench.ml.engine.PreparedData;
import org.genreworkbench.ml.mlp.MlpEngine;
import org.genreworkbench.model.BuildInfo;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;

/**
 * Runs an experiment: every model on the same folds, with seeds fixed per model and fold (per cell, never per
 * thread), so the same spec on the same data gives the same numbers on any engine. The cells (a model on a
 * fold each) go to an {@link ExperimentEngine}: this computer's threads by default, or Spark.
 */
public final class ExperimentRunner {
    private final ExperimentEngine engine;

    public ExperimentRunner() {
        this(defaultThreads());
    }

    /** Cells trained at once on this computer by default: two, or one on a single core. */
    public static int defaultThreads() {
        return LocalEngine.defaultThreads();
    }

    /** At most this many model–fold cells at once on this computer. */
    public ExperimentRunner(int threads) {
        this(threads, Runtime.getRuntime().availableProcessors());
    }

    ExperimentRunner(int threads, int cores) {
        this(new LocalEngine(threads, cores));
    }

    /** Cells trained by the given engine. */
    public ExperimentRunner(ExperimentEngine engine) {
        this.engine = engine;
    }

    /** Cells trained at once, given how many there are to train (this computer's engine). */
    int runnerThreads(int cells) {
        return engine instanceof LocalEngine local ? local.engineThreads(cells) : 1;
    }

    /** Whether the engine trains in this process, where trained models can be kept. */
    public boolean keepsModels() {
        return engine instanceof LocalEngine;
    }

    /** Threads each learner may use beside the engine's others. */
    int learnerThreads(int cells) {
        return engine.learnerThreads(cells);
    }

    public Experiment run(Project project, ExperimentSpec spec, TaskContext context) throws Exception {
        return run(project, spec, context, null);
    }

    /**
     * Runs the experiment and, when its cells train on this computer, hands every trained model to {@code keep}
     * (by model name and fold) instead of letting it go. A cluster's cells never send models back: {@code keep}
     * then stays empty and a refit is made on demand.
     */
    public Experiment run(Project project, ExperimentSpec spec, TaskContext context, KeptModels keep)
            throws Exception {
        for (ModelSpec model : spec.models()) {
            if (model.network()) {
                MlpEngine.unavailableReason().ifPresent(reason -> {
                    throw new IllegalStateException("model '" + model.name() + "': MLP is unavailable on this machine: "
                            + reason);
                });
            } else if (!model.standalone()) {
                Learners.requireAvailable(model.baseLearner(), model.name());
            }
        }
        Dataset data = DatasetBuilder.build(project, spec.dataset());
        int[] fold = folds(data, spec);
        int evaluations = spec.split().evaluations();
        List<ExperimentCell> cells = cells(spec);
        ExperimentEngine.CellTrainer trainer = keep != null && keepsModels()
                ? (prepared, cell, ctx) -> CellTraining.train(prepared, cell, ctx,
                        (c, model) -> keep.keepFold(c.modelName(), c.foldIndex(), model))
                : CellTraining::train;
        List<CellResult> done = engine.run(PreparedData.of(data, fold), cells, trainer, context);
        CellResult[][] byCell = new CellResult[spec.models().size()][evaluations];
        done.forEach(r -> byCell[r.modelIndex()][r.foldIndex()] = r);
        List<Experiment.ModelResult> results = new ArrayList<>();
        List<CellsFailedException.Failure> failures = new ArrayList<>();
        for (int m = 0; m < byCell.length; m++) {
            ModelSpec model = spec.models().get(m);
            List<Experiment.FoldScore> scores = new ArrayList<>();
            for (int k = 0; k < evaluations; k++) {
                CellResult r = byCell[m][k];
                if (r == null) {
                    failures.add(new CellsFailedException.Failure(model.name(), k, "no result came back"));
                } else if (!r.succeeded()) {
                    failures.add(new CellsFailedException.Failure(model.name(), k, r.error()));
                } else {
                    scores.add(r.toFoldScore());
                }
            }
            if (scores.size() == evaluations) {
                results.add(new Experiment.ModelResult(model.name(), model.describe(), scores));
            }
        }
        Experiment experiment = new Experiment(UUID.randomUUID().toString(), spec.name(), Instant.now(),
                spec, data.labels(), foldTrackIds(data, fold, evaluations), results, versions(engine));
        if (!failures.isEmpty()) {
            throw new CellsFailedException(experiment, failures, cells.size());
        }
        return experiment;
    }

    /** Every model on every fold, each cell with its own seed. */
    private List<ExperimentCell> cells(ExperimentSpec spec) {
        int evaluations = spec.split().evaluations();
        int total = spec.models().size() * evaluations;
        int learnerThreads = engine.learnerThreads(total);
        List<ExperimentCell> cells = new ArrayList<>();
        for (int m = 0; m < spec.models().size(); m++) {
            for (int k = 0; k < evaluations; k++) {
                cells.add(ExperimentCell.of(m, k, spec.models().get(m), spec.seed(), learnerThreads));
            }
        }
        return cells;
    }

    /** The fold of each row; for a holdout, 1 marks the test rows. */
    static int[] folds(Dataset data, ExperimentSpec spec) {
        Split split = spec.split();
        if (split instanceof Split.HoldOut holdOut) {
            boolean[] test = IterativeStratification.trainTest(data.targets(), holdOut.testFraction(), spec.seed(),
                    holdOut.secondOrder());
            int[] fold = new int[test.length];
            for (int i = 0; i < test.length; i++) {
                fold[i] = test[i] ? 0 : 1;
            }
            return fold;
        }
        Split.KFold kFold = (Split.KFold) split;
        return IterativeStratification.folds(data.targets(), kFold.folds(), spec.seed(), kFold.secondOrder());
    }

    /** Whether the model's data has missing values filled in: not for learners that take them as they are. */
    public static boolean imputes(ModelSpec spec) {
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

    private static Map<String, String> versions(ExperimentEngine engine) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("java", System.getProperty("java.version"));
        v.put("weka", weka.core.Version.VERSION);
        v.put("meka", BuildInfo.meka());
        v.put("genre-workbench", BuildInfo.version());
        if (engine != null) {
            v.put("engine", engine.describe());
        }
        return v;
    }
}
