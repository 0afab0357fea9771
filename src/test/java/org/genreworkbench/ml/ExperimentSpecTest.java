package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.Target;
import org.genreworkbench.model.spec.Threshold;
import org.genreworkbench.model.spec.Method;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentSpecTest {

    @Test
    void aGridBecomesOneModelPerCombinationNamedByWhatVaries() throws Exception {
        ExperimentSpec spec = ExperimentSpec.fromJson("""
                {"dataset": {"target": "playlistGenre"}, "split": {"kind": "holdout", "testFraction": 0.2},
                 "models": [{"method": "WEKA", "base": "J48"}],
                 "grids": [{"model": {"method": "WEKA", "base": "RandomForest"},
                            "baseOptions": ["-I 100", "-I 300 -K 3"], "thresholds": ["PCut1"]}],
                 "seed": 4}
                """);
        assertThat(spec.models()).extracting(ModelSpec::name)
                .containsExactly("J48", "RandomForest [-I 100]", "RandomForest [-I 300 -K 3]");
        assertThat(spec.models().get(2).baseOptions()).isEqualTo("-I 300 -K 3");
        // Stored specs hold the expanded models, so a re-run needs no grid.
        assertThat(ExperimentSpec.fromJson(spec.toJson()).models()).isEqualTo(spec.models());
    }

    @Test
    void specMistakesAreNamed() {
        assertThatThrownBy(() -> ExperimentSpec.fromJson("{\"dataset\": {\"target\": \"mood\"}, \"models\": [{}]}"))
                .hasMessageContaining("target must be labelScheme or playlistGenre, not 'mood'");
        assertThatThrownBy(() -> ExperimentSpec.fromJson("{\"dataset\": {}, \"models\": [{\"method\": \"XYZ\"}]}"))
                .hasMessageContaining("unknown method 'XYZ'");
        assertThatThrownBy(() -> ExperimentSpec.fromJson("{\"dataset\": {\"features\": [\"loudness\", \"mood\"]}, \"models\": [{}]}"))
                .hasMessageContaining("unknown feature 'mood'");
    }

    @Test
    void aMistakeInASpecFileIsNamedByItsPlaceInTheJson() {
        assertThatThrownBy(() -> ExperimentSpec.fromJson("""
                {"dataset": {"target": "labelScheme"},
                 "models": [{"method": "BR", "base": "J48"}, {"method": "CC", "base": "J48", "threshold": "high"}]}"""))
                .hasMessageStartingWith("models[1].threshold: threshold must be PCut1, PCutL, Tuned1, TunedL or a number between 0 and 1, not 'high'");
        assertThatThrownBy(() -> ExperimentSpec.fromJson("""
                {"dataset": {}, "models": [{"method": "BR", "base": "J48", "threshold": "Tuned1"}]}"""))
                .hasMessageStartingWith("models[0]").hasMessageContaining("model 'BR + J48': threshold Tuned1 is chosen on validation rows");
        assertThatThrownBy(() -> ExperimentSpec.fromJson("""
                {"dataset": {}, "models": [{"method": "BR", "base": "J48", "threshold": "1.5"}]}"""))
                .hasMessageStartingWith("models[0].threshold: a fixed threshold must be between 0 and 1, not 1.5");
        assertThatThrownBy(() -> ExperimentSpec.fromJson("{\"dataset\": {\"target\": \"mood\"}, \"models\": [{}]}"))
                .hasMessageStartingWith("dataset.target: target must be labelScheme or playlistGenre");
        assertThatThrownBy(() -> ExperimentSpec.fromJson("""
                {"dataset": {}, "models": [{"method": "BR", "base": "LightGBM", "baseOptions": "-rounds -5"}]}"""))
                .hasMessageStartingWith("models[0]: model 'BR + LightGBM'").hasMessageContaining("-rounds");
        assertThatThrownBy(() -> ExperimentSpec.fromJson("""
                {"dataset": {"target": "playlistGenre"}, "models": [{"method": "BR", "base": "J48"}]}"""))
                .hasMessageContaining("model 'BR + J48': single-label runs use method WEKA or MLP");
    }

    @Test
    void anOptionTheLearnerDoesNotKnowIsRefusedWhenTheSpecIsRead() {
        // outside the typed schema: the Weka learner itself refuses it, found by the spec through its service
        assertThatThrownBy(() -> ExperimentSpec.fromJson("""
                {"dataset": {}, "models": [{"name": "forest", "method": "BR", "base": "RandomForest",
                 "baseOptions": "-I 10 -nonsense 5"}]}"""))
                .hasMessageStartingWith("models[0]: model 'forest': RandomForest options '-I 10 -nonsense 5'")
                .hasMessageContaining("-nonsense");
    }

    @Test
    void aBadSplitInASpecFileIsNamedByItsField() {
        assertThatThrownBy(() -> ExperimentSpec.fromJson("""
                {"dataset": {}, "split": {"kind": "kfold", "folds": 1}, "models": [{}]}"""))
                .hasMessageStartingWith("split.folds: must be at least 2, not 1");
        assertThatThrownBy(() -> ExperimentSpec.fromJson("""
                {"dataset": {}, "split": {"kind": "holdout", "testFraction": 20}, "models": [{}]}"""))
                .hasMessageStartingWith("split.testFraction: must be between 0 and 1 (both excluded), not 20.0");
        assertThatThrownBy(() -> ExperimentSpec.fromJson("""
                {"dataset": {}, "split": {"kind": "leave-one-out"}, "models": [{}]}"""))
                .hasMessageStartingWith("split.kind: must be kfold or holdout, not 'leave-one-out'");
    }

    @Test
    void typedSettingsAreWrittenByTheNamesSpecFilesUse() throws Exception {
        ExperimentSpec spec = ExperimentSpec.fromJson("""
                {"dataset": {"target": "labelScheme"},
                 "models": [{"method": "RAkEL", "base": "LightGBM", "threshold": "pcutl"},
                            {"method": "MLP", "methodOptions": "-layers 8", "threshold": "0.35"}]}""");
        assertThat(spec.dataset().target()).isEqualTo(Target.LABEL_SCHEME);
        assertThat(spec.models()).extracting(ModelSpec::method).containsExactly(Method.RAKEL, Method.MLP);
        assertThat(spec.models()).extracting(ModelSpec::threshold).containsExactly(Threshold.PCUTL,
                new Threshold.Fixed(0.35));
        String json = spec.toJson();
        assertThat(json).contains("\"target\" : \"labelScheme\"", "\"method\" : \"RAkEL\"", "\"base\" : \"LightGBM\"",
                "\"threshold\" : \"PCutL\"", "\"threshold\" : \"0.35\"");
        assertThat(ExperimentSpec.fromJson(json)).isEqualTo(spec);
    }

    @Test
    void everyExampleSpecFileStillReads() throws Exception {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("sample-data", "experiments"))) {
            List<java.nio.file.Path> specs = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertThat(specs).hasSizeGreaterThanOrEqualTo(6);
            for (java.nio.file.Path f : specs) {
                ExperimentSpec spec = ExperimentSpec.fromJson(java.nio.file.Files.readString(f));
                assertThat(spec.models()).as(f.toString()).isNotEmpty();
                assertThat(ExperimentSpec.fromJson(spec.toJson())).as(f.toString()).isEqualTo(spec);
            }
        }
    }
}
