package org.genreworkbench.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.Classifier;
import weka.core.SerializationHelper;

/** Fold distributions, feature ablation and model export, on a small synthetic project. */
class ExperimentExtrasTest {
    private static final Project PROJECT = SampleGenerator.generate(new SampleSpec(31, 700, 250, 100));

    private static ExperimentSpec genres(List<String> features, SplitSpec split) {
        return new ExperimentSpec("extras", new DatasetSpec("playlistGenre", null, features, true, false, false, true),
                split, List.of(new ModelSpec(null, "WEKA", "J48", "", "", "PCut1")), 3);
    }

    @Test
    void everyFoldHoldsEachGenreInAboutItsShareOfTheWhole() throws Exception {
        Experiment e = new ExperimentRunner(2).run(PROJECT, genres(null, SplitSpec.kfold(4)), TaskContext.silent());
        FoldDistribution d = FoldDistribution.of(PROJECT, e);
        assertThat(d.folds()).hasNumberOfRows(4);
        for (double[] fold : d.folds()) {
            for (int l = 0; l < d.labels().size(); l++) {
                assertThat(fold[l]).isCloseTo(d.whole()[l], within(0.02));
            }
        }
    }

    @Test
    void ablationScoresEveryFeatureLeftOutAgainstTheFullSet() throws Exception {
        List<String> features = List.of("acousticness", "energy", "speechiness", "tempo");
        FeatureAblation.Result r = FeatureAblation.run(PROJECT, genres(features, SplitSpec.holdout(0.25)), TaskContext.silent());
        assertThat(r.metric()).isEqualTo(Metrics.ACCURACY);
        assertThat(r.rows()).extracting(FeatureAblation.Row::leftOut).containsExactlyInAnyOrderElementsOf(features);
        for (FeatureAblation.Row row : r.rows()) {
            assertThat(row.change()).isCloseTo(row.score() - r.allFeatures(), within(1e-12));
        }
        assertThat(r.rows().get(0).change()).isLessThanOrEqualTo(r.rows().get(r.rows().size() - 1).change());
    }

    @Test
    void anExportedModelIsAWekaModelFileThatWekaReadsBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("j48.model");
        ExperimentSpec spec = genres(null, SplitSpec.holdout(0.2));
        ModelExport.write(PROJECT, spec, spec.models().get(0), file);
        assertThat(Files.size(file)).isGreaterThan(1_000);
        // Reading back here checks the file for Weka's sake; the application itself never reads model files.
        Object[] back = SerializationHelper.readAll(file.toString());
        assertThat(back[0]).isInstanceOf(Classifier.class);
    }
}
