package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.Method;
import org.genreworkbench.model.spec.LearnerOption;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import meka.classifiers.multilabel.BPNN;
import meka.classifiers.multilabel.CC;
import meka.classifiers.multilabel.RAkEL;
import org.genreworkbench.model.spec.MlpOptions;
import org.junit.jupiter.api.Test;

/** The methods' typed options: MEKA's own defaults, ranges refused by name in models and spec files, seeds that count. */
class MethodOptionsTest {

    @Test
    void everyMethodsDefaultsAreMekasOwnAndPassItsSchema() {
        for (Method method : Method.values()) {
            for (LearnerOption option : method.schema()) {
                String value = Learners.defaultValue(method, option);
                assertThat(value).as(method + " " + option.dashed()).isNotBlank();
                method.check(option.dashed() + " " + value);
            }
        }
        assertThat(Method.BR.schema()).isEmpty();
        assertThat(Learners.defaultValue(Method.RAKEL, option(Method.RAKEL, "M"))).isEqualTo("10");
        assertThat(Learners.defaultValue(Method.RAKEL, option(Method.RAKEL, "k"))).isEqualTo("3");
        assertThat(Learners.defaultValue(Method.BPNN, option(Method.BPNN, "H"))).isEqualTo("10");
        assertThat(Learners.defaultValue(Method.BPNN, option(Method.BPNN, "E"))).isEqualTo("100");
        assertThat(Method.MLP.schema()).extracting(LearnerOption::flag).containsExactly("layers", "dropout",
                "batch-norm", "lr", "weight-decay", "batch", "epochs", "patience", "validation", "schedule",
                "class-weights", "seed");
        assertThat(Learners.defaultValue(Method.MLP, option(Method.MLP, "layers"))).isEqualTo("128,64");
        assertThat(Learners.defaultValue(Method.MLP, option(Method.MLP, "schedule"))).isEqualTo("plateau");
        // every MLP option the schema describes is one MlpOptions reads
        for (LearnerOption o : Method.MLP.schema()) {
            MlpOptions.parse(o.dashed() + " " + Learners.defaultValue(Method.MLP, o));
        }
    }

    @Test
    void aBadMethodOptionIsRefusedNamingModelMethodAndOption() {
        assertThatThrownBy(() -> new ModelSpec("sets", "RAkEL", "J48", "-k 0", "", "PCut1"))
                .hasMessage("model 'sets': RAkEL option -k: must be between 1 and 10000, not 0");
        assertThatThrownBy(() -> new ModelSpec("net", "BPNN", null, "-H 20 -r nothing", "", "PCut1"))
                .hasMessage("model 'net': BPNN option -r: must be a number, not 'nothing'");
        assertThatThrownBy(() -> new ModelSpec("net", "MLP", null, "-schedule weekly", "", "PCut1"))
                .hasMessage("model 'net': MLP option -schedule: must be one of [constant, cosine, plateau], not 'weekly'");
        // options outside the schema still reach MEKA as written
        assertThat(new ModelSpec("sets", "PS", "J48", "-P 2 -N 1-3", "", "PCut1").methodOptions()).isEqualTo("-P 2 -N 1-3");
    }

    @Test
    void aSpecFileIsCheckedAgainstTheSameSchemaNamingWhereTheMistakeIs() {
        String spec = """
                {"dataset": {"target": "labelScheme"},
                 "models": [{"method": "BR", "base": "J48"},
                            {"method": "RAkEL", "base": "J48", "methodOptions": "-M 0"}]}""";
        assertThatThrownBy(() -> ExperimentSpec.fromJson(spec)).isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("models[1]: model 'RAkEL + J48': RAkEL option -M: must be between 1 and 100000, not 0");
    }

    @Test
    void theMethodsOptionsReachMekaAndItsSeedMovesOffTheExperimentsSeed() throws Exception {
        RAkEL rakel = (RAkEL) WekaModels.create(new ModelSpec("r", "RAkEL", "J48", "-M 4 -k 2", "", "PCut1"), 7, 1);
        assertThat(rakel.getM()).isEqualTo(4);
        assertThat(rakel.getK()).isEqualTo(2);
        BPNN net = (BPNN) WekaModels.create(new ModelSpec("n", "BPNN", null, "-H 12 -E 30", "", "PCut1"), 7, 1);
        assertThat(net.getH()).isEqualTo(12);
        assertThat(net.getE()).isEqualTo(30);
        CC plain = (CC) WekaModels.create(new ModelSpec("c", "CC", "J48", "", "", "PCut1"), 7, 1);
        CC moved = (CC) WekaModels.create(new ModelSpec("c", "CC", "J48", "-S 5", "", "PCut1"), 7, 1);
        assertThat(plain.getSeed()).isEqualTo(7);
        assertThat(moved.getSeed()).isEqualTo(12);
    }

    private static LearnerOption option(Method method, String flag) {
        return method.schema().stream().filter(o -> o.flag().equals(flag)).findFirst().orElseThrow();
    }
}
