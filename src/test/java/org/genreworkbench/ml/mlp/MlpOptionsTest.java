package org.genreworkbench.ml.mlp;

import org.genreworkbench.model.spec.MlpOptions;
import org.genreworkbench.model.spec.LrSchedule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import org.junit.jupiter.api.Test;

class MlpOptionsTest {

    @Test
    void everyOptionIsReadAndWrittenBack() {
        MlpOptions o = MlpOptions.parse("-layers 64,32,16 -dropout 0.3 -batch-norm off -lr 0.002 -weight-decay 0.001 "
                + "-batch 128 -epochs 50 -patience 4 -validation 0.2 -schedule cosine -class-weights on -seed 9");
        assertThat(o).isEqualTo(new MlpOptions(List.of(64, 32, 16), 0.3, false, 0.002, 0.001, 128, 50, 4, 0.2,
                LrSchedule.COSINE, true, 9));
        assertThat(MlpOptions.parse(o.toOptions())).isEqualTo(o);
        assertThat(MlpOptions.parse("")).isEqualTo(MlpOptions.DEFAULTS);
        assertThat(MlpOptions.parse("-dropout 0").dropout()).isZero();
        assertThat(MlpOptions.parse("-dropout 0").layers()).isEqualTo(MlpOptions.DEFAULTS.layers());
    }

    @Test
    void badValuesAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> MlpOptions.parse("-layers 128,x")).hasMessage(
                "MLP option -layers: must be widths of layers such as 128,64, each between 1 and 65536, not '128,x'");
        assertThatThrownBy(() -> MlpOptions.parse("-dropout 1.5")).hasMessage("MLP option -dropout: must be at least 0 and below 1, not 1.5");
        assertThatThrownBy(() -> MlpOptions.parse("-layers 0")).hasMessageContaining("-layers");
        assertThatThrownBy(() -> MlpOptions.parse("-batch-norm maybe")).hasMessageContaining("-batch-norm")
                .hasMessageContaining("must be on or off, not 'maybe'");
        assertThatThrownBy(() -> MlpOptions.parse("-schedule weekly")).hasMessageContaining("-schedule")
                .hasMessageContaining("[constant, cosine, plateau]");
        assertThatThrownBy(() -> MlpOptions.parse("-lr")).hasMessage("MLP option -lr needs a value");
        assertThatThrownBy(() -> MlpOptions.parse("-H 20")).hasMessageContaining("'-H' is unknown").hasMessageContaining("-layers");
    }

    @Test
    void aModelAndASpecFileRefuseABadOptionNamingModelAndOption() {
        assertThatThrownBy(() -> new ModelSpec("net", "MLP", null, "-dropout 1.5", "", "PCut1"))
                .hasMessage("model 'net': MLP option -dropout: must be at least 0 and below 1, not 1.5");
        String spec = """
                {"dataset": {"target": "playlistGenre"},
                 "models": [{"method": "MLP", "methodOptions": "-layers 128,x"}]}""";
        assertThatThrownBy(() -> ExperimentSpec.fromJson(spec)).hasMessageContaining(
                "model 'MLP': MLP option -layers: must be widths of layers such as 128,64, each between 1 and 65536, not '128,x'");
    }

    @Test
    void theNetworkRunsForBothKindsOfTarget() throws Exception {
        String spec = """
                {"dataset": {"target": "playlistGenre"},
                 "models": [{"method": "MLP", "methodOptions": "-layers 32"}, {"method": "WEKA", "base": "J48"}]}""";
        ExperimentSpec single = ExperimentSpec.fromJson(spec);
        assertThat(single.models().get(0).network()).isTrue();
        assertThat(single.models().get(0).name()).isEqualTo("MLP");
        assertThat(single.models().get(0).describe()).startsWith("MLP -layers 32 / threshold");
    }
}
