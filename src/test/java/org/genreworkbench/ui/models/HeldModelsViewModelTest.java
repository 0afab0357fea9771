package org.genreworkbench.ui.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genreworkbench.ml.KeptModels;
import org.genreworkbench.ml.TrainedModel;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Playlist;
import org.genreworkbench.model.Predictions;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.task.CurrentThreadExecutor;
import org.genreworkbench.ui.HeldModels;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.TestWorkbench;
import org.genreworkbench.ui.WorkbenchContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The models a run trains, held by the window: reused by Export model and Predict, named in the status line, let go
 * with the experiment or the workspace. Plain JUnit, real training, a synchronous executor.
 */
class HeldModelsViewModelTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    /** The synthetic sample with one playlist emptied: its tracks have no playlist genre, so there is something to predict. */
    private static Project sampleWithUnlabelledTracks() {
        Project project = SampleGenerator.generate(new SampleSpec(8, 600, 200, 80));
        Playlist first = project.playlists().values().iterator().next();
        project.putPlaylists(List.of(new Playlist(first.id(), first.name(), first.query(), first.genre(), first.owner(),
                List.of(), first.tags(), first.source())));
        return project;
    }

    private ModelsViewModel ranViewModel(WorkbenchContext context) {
        ModelsViewModel vm = ThreeFoldRun.configured(context);
        vm.run();
        vm.shown().chosenProperty().set("J48");
        return vm;
    }

    @Test
    void aRunHoldsItsFoldModelsAndExportAndPredictTrainOnlyTheRefitOnce() throws Exception {
        WorkbenchContext context = TestWorkbench.context(sampleWithUnlabelledTracks(), new CurrentThreadExecutor(),
                dialogs, dir.resolve("settings"));
        HeldModels held = context.session().held();
        long beforeRun = TrainedModel.fitsSoFar();
        ModelsViewModel vm = ranViewModel(context);
        assertThat(TrainedModel.fitsSoFar() - beforeRun).isEqualTo(6);
        assertThat(held.summaryProperty().get()).matches("models held: 2 × 3 folds, (~[0-9.]+|<0\\.1) MB");

        long before = TrainedModel.fitsSoFar();
        dialogs.filesToSave.add(dir.resolve("one.model"));
        vm.exports().exportModel();
        dialogs.filesToSave.add(dir.resolve("two.model"));
        vm.exports().exportModel();
        vm.predictions().predict();

        assertThat(TrainedModel.fitsSoFar() - before).as("trainings after the run").isEqualTo(1);
        assertThat(Files.size(dir.resolve("one.model"))).isPositive();
        assertThat(Files.size(dir.resolve("two.model"))).isPositive();
        assertThat(held.summaryProperty().get()).matches("models held: 2 × 3 folds \\+ 1 refit, (~[0-9.]+|<0\\.1) MB");
        Predictions predictions = held.predictionsProperty().get();
        assertThat(predictions).isNotNull();
        assertThat(predictions.model()).isEqualTo("J48");
        assertThat(predictions.tracks()).isNotEmpty();
        assertThat(vm.status().get()).contains("Predicted").contains("Data table");
    }

    @Test
    void closingTheWorkspaceLetsGoOfTheModelsAndThePredictions() {
        WorkbenchContext context = TestWorkbench.context(sampleWithUnlabelledTracks(), new CurrentThreadExecutor(),
                dialogs, dir.resolve("settings"));
        HeldModels held = context.session().held();
        ModelsViewModel vm = ranViewModel(context);
        vm.predictions().predict();
        KeptModels kept = held.held().orElseThrow();
        assertThat(kept.isEmpty()).isFalse();

        context.session().replace(new Project(), null);

        assertThat(kept.isClosed()).isTrue();
        assertThat(kept.isEmpty()).isTrue();
        assertThat(held.held()).isEmpty();
        assertThat(held.summaryProperty().get()).isEmpty();
        assertThat(held.predictionsProperty().get()).isNull();
    }

    @Test
    void showingAnotherExperimentLetsGoOfTheModelsOfTheFirst() {
        WorkbenchContext context = TestWorkbench.context(sampleWithUnlabelledTracks(), new CurrentThreadExecutor(),
                dialogs, dir.resolve("settings"));
        HeldModels held = context.session().held();
        ModelsViewModel vm = ranViewModel(context);
        Experiment first = vm.shown().experiment();
        KeptModels firstModels = held.held().orElseThrow();
        vm.run();
        assertThat(firstModels.isClosed()).as("replaced by the second run's").isTrue();
        assertThat(held.holds(vm.shown().experiment().id())).isTrue();

        vm.show(first);

        assertThat(held.held()).isEmpty();
        assertThat(held.summaryProperty().get()).isEmpty();
    }

    @Test
    void predictionsSavedAsASchemeAreMarkedAndNotMadeActive() {
        Project project = sampleWithUnlabelledTracks();
        WorkbenchContext context = TestWorkbench.context(project, new CurrentThreadExecutor(), dialogs,
                dir.resolve("settings"));
        ModelsViewModel vm = ranViewModel(context);
        vm.predictions().predict();
        dialogs.textAnswers.add("guessed genres");
        vm.predictions().saveAsScheme();

        LabelScheme saved = project.labelSchemes().stream().filter(s -> s.name().equals("guessed genres"))
                .findFirst().orElseThrow();
        assertThat(saved.byModel()).isTrue();
        assertThat(saved.predicted().model()).isEqualTo("J48");
        assertThat(project.activeLabelScheme()).isNotEqualTo("guessed genres");
        assertThat(vm.status().get()).contains("marked as predicted");
    }
}
