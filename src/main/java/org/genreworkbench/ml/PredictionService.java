package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Predictions;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;

/**
 * A finished experiment's model applied beyond its folds, for the window and the command line alike: the model
 * trained on every labelled track (the refit: taken from the kept models when it was made before, else trained
 * and kept), written as a file, or asked for the labels of the tracks that have none.
 */
public final class PredictionService {
    /** Tracks scored at a time, so that progress moves and a cancel is seen on a large workspace. */
    private static final int BATCH = 2_000;

    private PredictionService() {
    }

    /** The experiment's definition (checked when the workspace was read). */
    public static ExperimentSpec specOf(Experiment experiment) {
        return experiment.spec();
    }

    /** The model of the experiment named {@code model}, or an error listing the experiment's models. */
    public static ModelSpec modelOf(ExperimentSpec spec, String model) {
        return spec.models().stream().filter(m -> m.name().equals(model)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the experiment has no model '" + model
                        + "'; its models: " + spec.models().stream().map(ModelSpec::name).toList()));
    }

    /**
     * The model trained on every labelled track of the experiment's data set, seeded with the experiment's seed:
     * the one in {@code kept} when there is one, else trained now and kept there ({@code kept} may be null: the
     * caller then owns the model and closes it).
     */
    public static TrainedModel refit(Project project, ExperimentSpec spec, ModelSpec model, KeptModels kept,
                                     TaskContext context) throws Exception {
        if (kept != null) {
            var existing = kept.refit(model.name());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        Dataset data = DatasetBuilder.build(project, spec.dataset());
        context.message(String.format(Locale.US, "Training %s on all %,d labelled tracks", model.name(), data.rows()));
        context.checkCancelled();
        TrainedModel trained = TrainedModel.fit(data, IntStream.range(0, data.rows()).toArray(), model, spec.seed(),
                Runtime.getRuntime().availableProcessors(), context);
        if (kept != null) {
            trained.approximateBytes();
            kept.keepRefit(model.name(), trained);
        }
        return trained;
    }

    /** Writes the model trained on every labelled track (see {@link #refit}); returns the files written. */
    public static List<Path> exportModel(Project project, ExperimentSpec spec, ModelSpec model, KeptModels kept,
                                         Path file, TaskContext context) throws Exception {
        TrainedModel trained = refit(project, spec, model, kept, context);
        try {
            return trained.write(file);
        } finally {
            if (kept == null) {
                trained.close();
            }
        }
    }

    /**
     * Predicts the labels of every track that has none in the experiment's data set (no label of its scheme, or
     * no playlist genre) with the experiment's model {@code modelName} trained on every labelled track. Progress
     * counts the training as one step and each batch of tracks scored after it.
     */
    public static Predictions predict(Project project, Experiment experiment, String modelName, KeptModels kept,
                                      TaskContext context) throws Exception {
        ExperimentSpec spec = specOf(experiment);
        ModelSpec model = modelOf(spec, modelName);
        DatasetBuilder.Unlabelled unlabelled = DatasetBuilder.unlabelled(project, spec.dataset());
        Dataset rows = unlabelled.rows();
        int batches = (rows.rows() + BATCH - 1) / BATCH;
        context.progress(0, batches + 1);
        TrainedModel trained = refit(project, spec, model, kept, context);
        try {
            context.progress(1, batches + 1);
            double[][] scores = new double[rows.rows()][];
            for (int b = 0; b < batches; b++) {
                context.checkCancelled();
                int from = b * BATCH;
                int to = Math.min(rows.rows(), from + BATCH);
                context.message(String.format(Locale.US, "Predicting tracks %,d–%,d of %,d with %s", from + 1, to,
                        rows.rows(), model.name()));
                double[][] batch = trained.scores(rows, IntStream.range(from, to).toArray());
                System.arraycopy(batch, 0, scores, from, batch.length);
                context.progress(b + 2, batches + 1);
            }
            // The threshold is chosen over all the tracks at once, as over a whole test fold in the experiment.
            boolean[][] decided = trained.decide(scores);
            List<String> labels = trained.labels();
            List<Predictions.Track> tracks = new ArrayList<>(rows.rows());
            for (int r = 0; r < scores.length; r++) {
                List<String> mine = new ArrayList<>();
                for (int l = 0; l < labels.size(); l++) {
                    if (decided[r][l]) {
                        mine.add(labels.get(l));
                    }
                }
                tracks.add(new Predictions.Track(rows.trackIds().get(r), mine, scores[r]));
            }
            return new Predictions(experiment.id(), experiment.name(), model.name(), Instant.now().toString(), labels,
                    trained.singleLabel(), tracks, trained.trainingRows(), unlabelled.withoutFeatures());
        } finally {
            if (kept == null) {
                trained.close();
            }
        }
    }
}
