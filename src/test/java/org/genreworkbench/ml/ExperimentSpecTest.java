package org.genreworkbench.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
