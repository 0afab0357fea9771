package org.genreworkbench.ui.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.controlsfx.control.PropertySheet;
import org.genreworkbench.model.spec.Method;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.Threshold;
import org.junit.jupiter.api.Test;

/** The property sheet's rows without a window: typed method options and the threshold, refusing by name. */
class ModelPropertiesTest {
    private final List<ModelSpec> replaced = new ArrayList<>();
    private final List<String> complaints = new ArrayList<>();

    @Test
    void aMethodsOptionsAreTypedRowsThatRewriteItsLineOrRefuseNamingTheOption() {
        ModelSpec rakel = new ModelSpec(null, "RAkEL", "J48", "-M 6", "", "PCut1");
        List<PropertySheet.Item> items = ModelProperties.of(rakel, replaced::add, complaints::add);
        PropertySheet.Item subsets = row(items, "RAkEL options", "Subsets");
        PropertySheet.Item size = row(items, "RAkEL options", "Subset size");
        assertThat(subsets.getValue()).isEqualTo("6");
        assertThat(size.getValue()).isEqualTo("3"); // MEKA's own default, not in the line
        assertThat(size.getDescription()).contains("-k").contains("between 1 and 10000").contains("default 3");

        size.setValue("0");
        assertThat(replaced).isEmpty();
        assertThat(complaints).containsExactly("model 'RAkEL + J48': RAkEL option -k: must be between 1 and 10000, not 0");
        size.setValue("4");
        assertThat(replaced).extracting(ModelSpec::methodOptions).containsExactly("-M 6 -k 4");
    }

    @Test
    void theMlpsOptionsAreAllTypedAndItsLineIsNoLongerText() {
        ModelSpec net = new ModelSpec(null, "MLP", null, "-layers 64 -batch-norm off", "", "PCut1");
        List<PropertySheet.Item> items = ModelProperties.of(net, replaced::add, complaints::add);
        assertThat(items).extracting(PropertySheet.Item::getName).doesNotContain("MEKA options", "MLP options",
                "Method options");
        assertThat(row(items, "MLP options", "Hidden layers").getType()).isEqualTo(String.class);
        PropertySheet.Item batchNorm = row(items, "MLP options", "Batch norm");
        assertThat(batchNorm.getType()).isEqualTo(Boolean.class);
        assertThat(batchNorm.getValue()).isEqualTo(false);
        assertThat(row(items, "MLP options", "LR schedule").getValue()).isEqualTo("plateau");
        assertThat(row(items, "MLP options", "Dropout").getValue()).isEqualTo("0.1");

        batchNorm.setValue(true);
        row(items, "MLP options", "Hidden layers").setValue("64,0");
        row(items, "MLP options", "Dropout").setValue("1");
        assertThat(replaced).extracting(ModelSpec::methodOptions).containsExactly("-layers 64 -batch-norm on");
        assertThat(complaints).containsExactly(
                "model 'MLP': MLP option -layers: must be widths of layers such as 128,64, each between 1 and 65536, not '64,0'",
                "model 'MLP': MLP option -dropout: must be at least 0 and below 1, not 1");
    }

    @Test
    void theThresholdIsAStrategyOrAFixedNumberAndOtherTextIsRefused() {
        ModelSpec spec = new ModelSpec(null, Method.BR, null, "", "", Threshold.PCUT1);
        PropertySheet.Item threshold = row(ModelProperties.of(spec, replaced::add, complaints::add), "Model", "Threshold");
        assertThat(threshold).isInstanceOf(ThresholdRow.class);
        assertThat(threshold.getValue()).isEqualTo("PCut1");
        threshold.setValue("PCutL");
        threshold.setValue("0.35");
        threshold.setValue("1.5");
        threshold.setValue("high");
        threshold.setValue("Tuned1");
        assertThat(replaced).extracting(ModelSpec::threshold).containsExactly(Threshold.PCUTL, new Threshold.Fixed(0.35));
        assertThat(complaints).containsExactly(
                "model 'BR + RandomForest': a fixed threshold must be between 0 and 1, not 1.5",
                "model 'BR + RandomForest': threshold must be PCut1, PCutL, Tuned1, TunedL or a number between 0 and 1, not 'high'",
                "model 'BR + RandomForest': threshold Tuned1 is chosen on validation rows, which only an MLP holds out; "
                        + "use PCut1, PCutL or a number");
        assertThat(ThresholdRow.strategy("0.35")).isEqualTo(ThresholdRow.FIXED);
        assertThat(ThresholdRow.strategy("pcutl")).isEqualTo(ThresholdRow.PCUTL);
        assertThat(ThresholdRow.strategy("TunedL")).isEqualTo(ThresholdRow.TUNEDL);
    }

    static PropertySheet.Item row(List<PropertySheet.Item> items, String category, String name) {
        return items.stream().filter(i -> i.getCategory().equals(category) && i.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + category + " / " + name + " in "
                        + items.stream().map(i -> i.getCategory() + " / " + i.getName()).toList()));
    }
}
