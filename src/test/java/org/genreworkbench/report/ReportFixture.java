package org.genreworkbench.report;

import java.util.List;
import org.genreworkbench.labels.LabellingService;
import org.genreworkbench.labels.TagTree;
import org.genreworkbench.model.spec.DatasetSpec;
import org.genreworkbench.ml.ExperimentRunner;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.ml.FeatureAblation;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.Split;
import org.genreworkbench.model.ClusteringSettings;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.task.TaskContext;

/**
 * A small real experiment to report on: 900 generated tracks, six labels from the clustered tags (one renamed to
 * markup, as a user could), two Weka models on four folds (a
 * J48 held to leaves of 400 tracks as a weak baseline), and an ablation of the second over four features.
 */
final class ReportFixture {
    static final String HOSTILE_LABEL = "<script>alert('x')</script> & \"co\"";
    static final List<String> FEATURES = List.of("danceability", "energy", "acousticness", "tempo");

    final Project project;
    final ExperimentSpec spec;
    final Experiment experiment;
    final FeatureAblation.Result ablation;

    private static ReportFixture shared;

    private ReportFixture() throws Exception {
        project = SampleGenerator.generate(new SampleSpec(12, 900, 300, 120));
        TagTree tree = TagTree.build(project.artists().values(), ClusteringSettings.defaults());
        LabellingService labelling = new LabellingService();
        LabelScheme plain = labelling.scheme("six", tree, 6, List.of());
        String someTag = plain.tagToLabel().keySet().stream().sorted().findFirst().orElseThrow();
        project.putLabelScheme(labelling.scheme("six", tree, 6, List.of(LabelEdit.rename(someTag, HOSTILE_LABEL))));
        project.setActiveLabelScheme("six");
        spec = new ExperimentSpec("report <test>", new DatasetSpec("labelScheme", null, FEATURES, true, true, false, false),
                Split.kfold(4), List.of(new ModelSpec("BR + J48 stump", "BR", "J48", "", "-M 400", "PCut1"),
                        new ModelSpec(null, "BR", "NaiveBayes", "", "", "PCut1")), 5);
        experiment = new ExperimentRunner().run(project, spec, TaskContext.silent());
        ablation = FeatureAblation.run(project, spec, spec.models().get(1), TaskContext.silent());
    }

    static synchronized ReportFixture get() throws Exception {
        if (shared == null) {
            shared = new ReportFixture();
        }
        return shared;
    }
}
