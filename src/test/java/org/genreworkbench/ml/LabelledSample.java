package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.DatasetSpec;
import java.util.List;
import org.genreworkbench.labels.LabellingService;
import org.genreworkbench.labels.TagTree;
import org.genreworkbench.model.ClusteringSettings;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.spec.Split;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;

/** The small synthetic project the experiment tests share: 900 tracks, tags clustered into six labels. */
public final class LabelledSample {
    private LabelledSample() {
    }

    public static Project sixLabels() {
        Project project = SampleGenerator.generate(new SampleSpec(12, 900, 300, 120));
        TagTree tree = TagTree.build(project.artists().values(), ClusteringSettings.defaults());
        project.putLabelScheme(new LabellingService().scheme("six", tree, 6, List.<LabelEdit>of()));
        project.setActiveLabelScheme("six");
        return project;
    }

    /** The active scheme, standardised and logged features, 3 folds, seed 5. */
    public static ExperimentSpec multiLabel(List<ModelSpec> models) {
        return new ExperimentSpec("tiny", new DatasetSpec("labelScheme", null, null, true, true, false, false),
                Split.kfold(3), models, 5);
    }
}
