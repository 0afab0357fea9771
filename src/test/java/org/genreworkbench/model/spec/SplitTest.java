package org.genreworkbench.model.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SplitTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachKindReadsTheFieldsItUsesAndWritesThemBack() throws Exception {
        Split kfold = JSON.readValue("{\"kind\": \"kfold\", \"folds\": 4, \"secondOrder\": true}", Split.class);
        Split holdout = JSON.readValue("{\"kind\": \"holdout\", \"testFraction\": 0.25}", Split.class);
        assertThat(kfold).isEqualTo(new Split.KFold(4, true));
        assertThat(holdout).isEqualTo(new Split.HoldOut(0.25, false));
        assertThat(JSON.writeValueAsString(kfold)).isEqualTo("{\"kind\":\"kfold\",\"folds\":4,\"secondOrder\":true}");
        assertThat(JSON.writeValueAsString(holdout))
                .isEqualTo("{\"kind\":\"holdout\",\"testFraction\":0.25,\"secondOrder\":false}");
        assertThat(JSON.readValue(JSON.writeValueAsString(holdout), Split.class)).isEqualTo(holdout);
    }

    @Test
    void theSplitsStoredBeforeItWasTypedStillRead() throws Exception {
        // format 2 wrote every field for both kinds, the unused ones as zero
        assertThat(JSON.readValue("{\"kind\":\"kfold\",\"folds\":5,\"testFraction\":0.0,\"secondOrder\":false}",
                Split.class)).isEqualTo(Split.kfold(5));
        assertThat(JSON.readValue("{\"kind\":\"holdout\",\"folds\":0,\"testFraction\":0.2,\"secondOrder\":true}",
                Split.class)).isEqualTo(new Split.HoldOut(0.2, true));
        assertThat(JSON.readValue("{\"folds\": 3}", Split.class)).as("no kind is k-fold").isEqualTo(Split.kfold(3));
    }

    @Test
    void evaluationsAndTheTestShareFollowTheKind() {
        assertThat(Split.kfold(5).evaluations()).isEqualTo(5);
        assertThat(Split.kfold(5).testTrainRatio()).isEqualTo(0.25);
        assertThat(Split.holdout(0.2).evaluations()).isEqualTo(1);
        assertThat(Split.holdout(0.2).testTrainRatio()).isEqualTo(0.25, org.assertj.core.data.Offset.offset(1e-12));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"kind": "kfold", "folds": 1}                | folds       | must be at least 2, not 1
            {"kind": "kfold"}                            | folds       | missing: k-fold needs the number of folds
            {"kind": "holdout", "testFraction": 1.0}     | testFraction | must be between 0 and 1 (both excluded), not 1.0
            {"kind": "holdout", "folds": 5}              | testFraction | missing: a hold-out split needs the share
            {"kind": "bootstrap", "folds": 5}            | kind        | must be kfold or holdout, not 'bootstrap'
            """)
    void aBadSplitIsRefusedNamingItsField(String json, String field, String problem) {
        assertThatThrownBy(() -> JSON.readValue(json, Split.class)).rootCause()
                .isInstanceOfSatisfying(InvalidSetting.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.problem()).startsWith(problem);
                });
    }
}
