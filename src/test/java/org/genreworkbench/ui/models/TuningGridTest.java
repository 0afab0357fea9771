package org.genreworkbench.ui.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.controlsfx.control.PropertySheet;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.Target;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.task.CurrentThreadExecutor;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.TestWorkbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A grid made in the property sheet, without a window: a list or a range typed into a numeric option makes the
 * same models as the spec file with the equivalent {@code grids} entry, a bad one is refused naming model and
 * option, and Run trains the grid on the same folds.
 */
class TuningGridTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private final List<String> complaints = new ArrayList<>();

    private ModelsViewModel viewModel(ModelSpec model) {
        ModelsViewModel vm = new ModelsViewModel(TestWorkbench.context(
                SampleGenerator.generate(new SampleSpec(8, 600, 200, 80)), new CurrentThreadExecutor(),
                new ScriptedDialogs(), dir.resolve("settings")));
        vm.dataset().targetProperty().set(Target.PLAYLIST_GENRE);
        vm.dataset().kfoldProperty().set(true);
        vm.dataset().foldsProperty().set(3);
        vm.models().models().setAll(model);
        vm.models().selectedProperty().set(model);
        return vm;
    }

    /** Types {@code value} into the selected model's row {@code name} of {@code category}, as the sheet does. */
    private void type(ModelsViewModel vm, String category, String name, String value) {
        List<PropertySheet.Item> rows = ModelProperties.of(vm.models().selectedProperty().get(), vm.models(),
                complaints::add);
        rows.stream().filter(r -> r.getCategory().equals(category) && r.getName().equals(name)).findFirst()
                .orElseThrow().setValue(value);
    }

    private static String rowValue(ModelsViewModel vm, String category, String name) {
        return String.valueOf(ModelProperties.of(vm.models().selectedProperty().get(), vm.models(), m -> { })
                .stream().filter(r -> r.getCategory().equals(category) && r.getName().equals(name)).findFirst()
                .orElseThrow().getValue());
    }

    /** The window's spec with its models replaced by one spec-file grid of {@code model} over {@code baseOptions}. */
    private static ExperimentSpec specFile(ExperimentSpec window, String model, String... baseOptions) throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(window.toJson());
        tree.remove("models");
        ArrayNode grids = tree.putArray("grids");
        ObjectNode grid = grids.addObject();
        grid.set("model", JSON.readTree(model));
        ArrayNode lines = grid.putArray("baseOptions");
        for (String line : baseOptions) {
            lines.add(line);
        }
        return ExperimentSpec.fromJson(JSON.writeValueAsString(tree));
    }

    @Test
    void aListMakesTheModelsOfTheEquivalentSpecFileGrid() throws Exception {
        ModelsViewModel vm = viewModel(new ModelSpec(null, "WEKA", "J48", "", "", "PCut1"));
        type(vm, "J48 options", "Rows per leaf", "50, 100,200");

        assertThat(complaints).isEmpty();
        assertThat(rowValue(vm, "J48 options", "Rows per leaf")).isEqualTo("50, 100, 200");
        ExperimentSpec window = vm.spec();
        assertThat(window.models()).extracting(ModelSpec::name)
                .containsExactly("J48 [-M 50]", "J48 [-M 100]", "J48 [-M 200]");
        assertThat(window).isEqualTo(specFile(window, "{\"method\": \"WEKA\", \"base\": \"J48\"}",
                "-M 50", "-M 100", "-M 200"));
    }

    @Test
    void aRangeWithAStepAndAListOnTwoOptionsMakeEveryCombinationAsTheSpecFileDoes() throws Exception {
        ModelsViewModel vm = viewModel(new ModelSpec(null, "WEKA", "RandomForest", "", "-I 50", "PCut1"));
        type(vm, "RandomForest options", "Trees", "10 to 30 step 10");
        type(vm, "RandomForest options", "Split features", "2, 4");

        assertThat(complaints).isEmpty();
        assertThat(rowValue(vm, "RandomForest options", "Trees")).isEqualTo("10 to 30 step 10");
        ExperimentSpec window = vm.spec();
        assertThat(window.models()).hasSize(6);
        assertThat(window).isEqualTo(specFile(window, "{\"method\": \"WEKA\", \"base\": \"RandomForest\", \"baseOptions\": \"-I 50\"}",
                "-I 10 -K 2", "-I 10 -K 4", "-I 20 -K 2", "-I 20 -K 4", "-I 30 -K 2", "-I 30 -K 4"));
        // one value again: the grid is gone from that option, the other still varies
        type(vm, "RandomForest options", "Trees", "40");
        assertThat(vm.spec().models()).extracting(ModelSpec::name)
                .containsExactly("RandomForest [-I 40 -K 2]", "RandomForest [-I 40 -K 4]");
    }

    @Test
    void aBadListOrRangeIsRefusedNamingModelAndOptionAndNothingChanges() {
        ModelSpec j48 = new ModelSpec(null, "WEKA", "J48", "", "-M 5", "PCut1");
        ModelsViewModel vm = viewModel(j48);
        type(vm, "J48 options", "Rows per leaf", "0, 10");
        type(vm, "J48 options", "Rows per leaf", "20 to 10 step 5");
        type(vm, "J48 options", "Rows per leaf", "10 to 20 step 0");
        type(vm, "J48 options", "Rows per leaf", "10 to 20 step 2.5");
        type(vm, "J48 options", "Rows per leaf", "10, , 20");
        type(vm, "J48 options", "Rows per leaf", "10, 20, 10");

        assertThat(complaints).containsExactly(
                "model 'J48': J48 option -M: must be between 1 and 2147483647, not 0 (in 0, 10)",
                "model 'J48': J48 option -M: a range goes from a smaller to a larger value, not 20 to 10",
                "model 'J48': J48 option -M: the step of a range must be above 0, not 0",
                "model 'J48': J48 option -M: must be a whole number, not '12.5' (in 10 to 20 step 2.5)",
                "model 'J48': J48 option -M: a list has a value between each comma, not '10, , 20'",
                "model 'J48': J48 option -M: 10 is listed twice in 10, 20, 10");
        assertThat(vm.models().models()).containsExactly(j48);
        assertThat(vm.spec().models()).containsExactly(j48);
    }

    @Test
    void runTrainsTheGridOnTheSameFoldsAsModelsOfTheirFamily() {
        ModelsViewModel vm = viewModel(new ModelSpec(null, "WEKA", "J48", "", "", "PCut1"));
        vm.models().add(org.genreworkbench.model.spec.Method.WEKA, org.genreworkbench.model.spec.BaseLearner.NAIVE_BAYES,
                Target.PLAYLIST_GENRE);
        vm.models().selectedProperty().set(vm.models().models().get(0));
        type(vm, "J48 options", "Rows per leaf", "5 to 45 step 20");
        vm.run();

        Experiment e = vm.shown().experiment();
        assertThat(vm.status().get()).startsWith("Done: 4 models on 3 folds");
        assertThat(e.results()).extracting(Experiment.ModelResult::model)
                .containsExactly("J48 [-M 5]", "J48 [-M 25]", "J48 [-M 45]", "NaiveBayes");
        assertThat(e.results()).allSatisfy(r -> assertThat(r.folds()).hasSize(3));
    }
}
