package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.LearnerOption;
import org.genreworkbench.model.spec.OptionLine;
import org.genreworkbench.model.spec.BaseLearner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Each base learner's typed options: their defaults come from the learner, their ranges refuse bad values by name. */
class LearnerOptionsTest {

    @Test
    void everyLearnerOffersTypedOptionsWhoseDefaultsItReallyUses() {
        for (BaseLearner learner : BaseLearner.values()) {
            assertThat(learner.schema()).as(learner.specName()).isNotEmpty();
            for (LearnerOption option : learner.schema()) {
                String value = Learners.defaultValue(learner, option);
                // the learner's own default always passes its own schema
                learner.check(option.dashed() + (option.kind() == LearnerOption.Kind.SWITCH ? "" : " " + value));
            }
        }
        LearnerOption trees = option(BaseLearner.RANDOM_FOREST, "I");
        assertThat(Learners.defaultValue(BaseLearner.RANDOM_FOREST, trees)).isEqualTo("100");
        assertThat(Learners.defaultValue(BaseLearner.LIGHTGBM, option(BaseLearner.LIGHTGBM, "rounds"))).isEqualTo("100");
        assertThat(Learners.defaultValue(BaseLearner.J48, option(BaseLearner.J48, "U"))).isEqualTo("false");
    }

    @Test
    void aValueOutsideItsRangeIsRefusedNamingLearnerOptionAndValue() {
        assertThatThrownBy(() -> Learners.create(BaseLearner.RANDOM_FOREST, "-I -3"))
                .hasMessage("RandomForest option -I: must be between 1 and 100000, not -3");
        assertThatThrownBy(() -> Learners.create(BaseLearner.FAST_FOREST, "-trees 50 -bagging-fraction 1.5"))
                .hasMessage("FastForest option -bagging-fraction: must be above 0 and at most 1, not 1.5");
        assertThatThrownBy(() -> Learners.create(BaseLearner.IBK, "-K three"))
                .hasMessage("IBk option -K: must be a whole number, not 'three'");
        assertThatThrownBy(() -> new ModelSpec("forest", "BR", "RandomForest", "", "-I 0", "PCut1"))
                .hasMessage("model 'forest': RandomForest option -I: must be between 1 and 100000, not 0");
        assertThat(Learners.create(BaseLearner.RANDOM_FOREST, "-I 20 -K 3")).isNotNull();
    }

    @Test
    void anOptionLineIsEditedOneOptionAtATime() {
        LearnerOption trees = option(BaseLearner.RANDOM_FOREST, "I");
        LearnerOption unpruned = option(BaseLearner.J48, "U");
        assertThat(OptionLine.value("-K 3 -I 50", trees)).contains("50");
        assertThat(OptionLine.with("-K 3 -I 50", trees, "200")).isEqualTo("-K 3 -I 200");
        assertThat(OptionLine.with("", trees, "200")).isEqualTo("-I 200");
        assertThat(OptionLine.with("-C 0.3", unpruned, "true")).isEqualTo("-C 0.3 -U");
        assertThat(OptionLine.value("-C 0.3 -U", unpruned)).contains("true");
        assertThat(OptionLine.with("-U -C 0.3", unpruned, "false")).isEqualTo("-C 0.3");
    }

    private static LearnerOption option(BaseLearner learner, String flag) {
        return learner.schema().stream().filter(o -> o.flag().equals(flag)).findFirst().orElseThrow();
    }
}
