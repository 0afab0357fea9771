package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.genreworkbench.ml.mlp.MlpTrainer;
import org.genreworkbench.ml.mlp.TrainedMlp;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.SerializationHelper;

/**
 * Trains a model of an experiment on all its data and writes it, on request: a Weka/MEKA model file (for use
 * in Weka or MEKA, written, never read here), or for an MLP DJL's parameter file with the architecture as
 * JSON beside it ({@code NAME-0000.params} and {@code NAME.json}, which {@link TrainedMlp#load} reads back).
 * Workspaces never hold trained models.
 */
public final class ModelExport {
    private ModelExport() {
    }

    /** The file name a model is best written to: {@code .params} for a network, {@code .model} for the rest. */
    public static String suggestedFileName(ModelSpec model) {
        return model.name().replaceAll("[^A-Za-z0-9]+", "-") + (model.network() ? ".params" : ".model");
    }

    /** Trains the model on all the data and writes it; returns the files written. */
    public static List<Path> write(Project project, ExperimentSpec spec, ModelSpec model, Path file) throws Exception {
        if (model.network()) {
            Fitted fitted = fit(project, spec, model);
            Dataset data = fitted.data();
            int[] all = fitted.all();
            Preprocessor pre = fitted.pre();
            Path dir = file.toAbsolutePath().getParent();
            String name = file.getFileName().toString().replaceFirst("(-0000)?\\.params$", "");
            try (TrainedMlp network = MlpTrainer.train(pre.transform(data, all), data.targets(), pre.outputNames(),
                    data.labels(), !data.singleLabel(), model.networkOptions(), spec.seed(), TaskContext.silent())) {
                network.save(dir, name);
            }
            return List.of(dir.resolve(name + "-0000.params"), dir.resolve(name + ".json"));
        }
        trainAndWrite(project, spec, model, file);
        return List.of(file);
    }

    /** Trains a Weka/MEKA model on all the data and writes it with the header of its data; returns the model. */
    static Classifier trainAndWrite(Project project, ExperimentSpec spec, ModelSpec model, Path file) throws Exception {
        Fitted fitted = fit(project, spec, model);
        Dataset data = fitted.data();
        int[] all = fitted.all();
        Preprocessor pre = fitted.pre();
        Instances train = WekaModels.instances(pre.outputNames(), pre.transform(data, all), data.targets(), data.labels(),
                data.singleLabel());
        Classifier classifier = WekaModels.create(model, spec.seed());
        classifier.buildClassifier(train);
        // LightGBM learners write their model string, never a native handle; theirs is freed by its cleaner
        SerializationHelper.writeAll(file.toString(), new Object[] {classifier, new Instances(train, 0)});
        return classifier;
    }

    /** Every row of the experiment's data set, with the model's preprocessing fitted on all of them. */
    private record Fitted(Dataset data, int[] all, Preprocessor pre) {
    }

    private static Fitted fit(Project project, ExperimentSpec spec, ModelSpec model) {
        Dataset data = DatasetBuilder.build(project, spec.dataset());
        int[] all = IntStream.range(0, data.rows()).toArray();
        return new Fitted(data, all, Preprocessor.fit(data, all, ExperimentRunner.imputes(model)));
    }
}
