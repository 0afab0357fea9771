package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import java.nio.file.Path;
import java.util.List;
import org.genreworkbench.ml.mlp.TrainedMlp;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import weka.classifiers.Classifier;

/**
 * Trains a model of an experiment on all its data and writes it, on request: a Weka/MEKA model file (for use
 * in Weka or MEKA, written, never read here), or for an MLP DJL's parameter file with the architecture as
 * JSON beside it ({@code NAME-0000.params} and {@code NAME.json}, which {@link TrainedMlp#load} reads back).
 * Workspaces never hold trained models; the window keeps the one it trained (see {@link PredictionService}).
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
        return PredictionService.exportModel(project, spec, model, null, file, TaskContext.silent());
    }

    /** Trains a Weka/MEKA model on all the data and writes it with the header of its data; returns the model. */
    static Classifier trainAndWrite(Project project, ExperimentSpec spec, ModelSpec model, Path file) throws Exception {
        TrainedModel trained = PredictionService.refit(project, spec, model, null, TaskContext.silent());
        trained.write(file);
        return trained.classifier();
    }
}
