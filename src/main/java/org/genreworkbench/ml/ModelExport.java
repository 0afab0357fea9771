package org.genreworkbench.ml;

import java.nio.file.Path;
import java.util.stream.IntStream;
import org.genreworkbench.model.Project;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.SerializationHelper;

/**
 * Trains a model of an experiment on all its data and writes it as a Weka/MEKA model file, on request.
 * Workspaces never hold trained models; this file is for use in Weka or MEKA, and is written, never read here.
 */
public final class ModelExport {
    private ModelExport() {
    }

    /** Trains the model on all the data and writes it with the header of its data. */
    public static void write(Project project, ExperimentSpec spec, ModelSpec model, Path file) throws Exception {
        trainAndWrite(project, spec, model, file);
    }

    /** As {@link #write}, returning the model written. */
    static Classifier trainAndWrite(Project project, ExperimentSpec spec, ModelSpec model, Path file) throws Exception {
        Dataset data = DatasetBuilder.build(project, spec.dataset());
        int[] all = IntStream.range(0, data.rows()).toArray();
        Preprocessor pre = Preprocessor.fit(data, all, ExperimentRunner.imputes(model));
        Instances train = WekaModels.instances(pre.outputNames(), pre.transform(data, all), data.targets(), data.labels(),
                data.singleLabel());
        Classifier classifier = WekaModels.create(model, spec.seed());
        classifier.buildClassifier(train);
        // LightGBM learners write their model string, never a native handle; theirs is freed by its cleaner
        SerializationHelper.writeAll(file.toString(), new Object[] {classifier, new Instances(train, 0)});
        return classifier;
    }
}
