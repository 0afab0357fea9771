package org.genreworkbench.ui.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.genreworkbench.model.spec.Target;
import org.genreworkbench.model.spec.Threshold;
import org.genreworkbench.model.spec.Method;
import org.genreworkbench.model.spec.BaseLearner;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.ml.engine.EngineChoice;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;
import org.genreworkbench.ui.LargeWorkspaces;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.AudioFeatures;
import org.genreworkbench.model.Track;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.task.CurrentThreadExecutor;
import org.genreworkbench.task.QueuedExecutor;
import org.genreworkbench.task.TaskExecutor;
import org.genreworkbench.task.TaskHandle;
import org.genreworkbench.ui.Dialogs;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.TestWorkbench;
import org.genreworkbench.ui.WorkbenchContext;
import org.genreworkbench.ui.WorkspaceCommands;
import org.genreworkbench.workspace.WorkspaceWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Models tab's state in plain JUnit: real runs on a small synthetic workspace, no toolkit. */
class ModelsViewModelTest {
    private final List<WorkbenchContext> contexts = new java.util.ArrayList<>();
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private static Project sample() {
        return SampleGenerator.generate(new SampleSpec(8, 600, 200, 80));
    }

    private ModelsViewModel viewModel(WorkbenchContext context) {
        return ThreeFoldRun.configured(context);
    }

    /** Run on three features of the sample, J48 chosen in the comparison. */
    private ModelsViewModel ranWithJ48Chosen() {
        ModelsViewModel vm = viewModel(context(sample(), new CurrentThreadExecutor()));
        vm.dataset().features().setAll("danceability", "energy", "acousticness");
        vm.run();
        vm.shown().chosenProperty().set("J48");
        return vm;
    }

    private WorkbenchContext context(Project project, TaskExecutor executor) {
        WorkbenchContext made = TestWorkbench.context(project, executor, dialogs, dir.resolve("settings"));
        contexts.add(made);
        return made;
    }

    /** The networks a run kept hold native memory until closed, as the window closes them when it closes. */
    @AfterEach
    void releaseKeptModels() {
        contexts.forEach(c -> c.session().held().release());
    }

    @Test
    void fileCloseEmptiesTheComparisonAndFoldBalanceHasNothingLeftToFail() {
        WorkbenchContext context = context(sample(), new CurrentThreadExecutor());
        ModelsViewModel vm = viewModel(context);
        assertThat(vm.canRunProperty().get()).isTrue();
        vm.run();
        assertThat(vm.shown().experiment()).isNotNull();
        vm.shown().chosenProperty().set("J48");

        dialogs.unsavedAnswers.add(Dialogs.UnsavedChoice.DISCARD);
        new WorkspaceCommands(context).close();
        // nothing to run on: Run waits, the status line says why (a run failed with a stack trace before)
        assertThat(vm.canRunProperty().get()).isFalse();
        assertThat(vm.status().get()).isEqualTo("No tracks yet: import or fetch some in the Data tab.");

        assertThat(vm.shown().experiment()).isNull();
        assertThat(vm.shown().models()).isEmpty();
        assertThat(vm.shown().baselineProperty().get()).isNull();
        assertThat(vm.shown().chosenProperty().get()).isNull();
        assertThat(vm.shown().rows()).isEmpty();
        assertThat(vm.pastExperiments()).isEmpty();
        vm.foldBalance();
        assertThat(dialogs.infos).isEmpty();
        assertThat(vm.status().get()).doesNotContain("label scheme").doesNotContain("Done");
    }

    @Test
    void runOnSparkTrainsTheSameFoldsThereAndKeepsTheChoiceInTheSettings() {
        WorkbenchContext context = context(sample(), new CurrentThreadExecutor());
        ModelsViewModel here = viewModel(context);
        here.run();
        Experiment local = here.shown().experiment();

        ModelsViewModel vm = viewModel(context);
        vm.engine().kindProperty().set(EngineChoice.Kind.SPARK);
        vm.engine().masterProperty().set("local[2]");
        vm.run();

        assertThat(vm.status().get()).startsWith("Done: 2 models on 3 folds");
        Experiment onSpark = vm.shown().experiment();
        assertThat(onSpark.versions()).containsEntry("engine", "Spark local[2]");
        for (int m = 0; m < 2; m++) {
            for (int k = 0; k < 3; k++) {
                assertThat(onSpark.results().get(m).folds().get(k).metrics())
                        .isEqualTo(local.results().get(m).folds().get(k).metrics());
            }
        }
        assertThat(context.settings().get(EngineChoice.ENGINE_SETTING)).isEqualTo("spark");
        assertThat(context.settings().get(EngineChoice.MASTER_SETTING)).isEqualTo("local[2]");
        assertThat(viewModel(context).engine().choice()).isEqualTo(EngineChoice.spark("local[2]"));
    }

    @Test
    void aSparkMasterThatIsNoUrlIsNamedAndNothingRuns() {
        WorkbenchContext context = context(sample(), new CurrentThreadExecutor());
        ModelsViewModel vm = viewModel(context);
        vm.engine().kindProperty().set(EngineChoice.Kind.SPARK);
        vm.engine().masterProperty().set("my cluster");
        vm.run();
        assertThat(vm.status().get()).startsWith("Spark master 'my cluster' is not a master URL");
        assertThat(vm.shown().experiment()).isNull();
        assertThat(vm.pastExperiments()).isEmpty();
        assertThat(context.settings().get(EngineChoice.ENGINE_SETTING)).isNull();
    }

    @Test
    void fileNewAndOpenShowNothingOfTheWorkspaceBefore() throws Exception {
        Project other = sample();
        Path file = dir.resolve("other.gwb");
        new WorkspaceWriter().save(other, file);
        WorkbenchContext context = context(sample(), new CurrentThreadExecutor());
        ModelsViewModel vm = viewModel(context);
        vm.run();
        assertThat(vm.status().get()).startsWith("Done: 2 models on 3 folds");

        dialogs.unsavedAnswers.add(Dialogs.UnsavedChoice.DISCARD);
        new WorkspaceCommands(context).newWorkspace();
        assertThat(vm.shown().experiment()).isNull();
        assertThat(vm.status().get()).isEqualTo("No tracks yet: import or fetch some in the Data tab.");

        new WorkspaceCommands(context).load(file);
        assertThat(context.session().project().tracks()).hasSize(600);
        assertThat(vm.shown().experiment()).isNull();
        assertThat(vm.status().get()).isEqualTo("Run trains the 2 models on the same folds.");
    }

    @Test
    void aRunStillGoingWhenTheWorkspaceClosesIsCancelledAndItsLateResultShowsNowhere() {
        QueuedExecutor held = new QueuedExecutor();
        WorkbenchContext context = context(sample(), held);
        ModelsViewModel vm = viewModel(context);
        vm.run();
        assertThat(vm.runningProperty().get()).isTrue();

        context.session().replace(new Project(), null);
        assertThat(held.cancels()).isEqualTo(1);
        assertThat(vm.runningProperty().get()).isFalse();
        held.runAll();

        assertThat(vm.shown().experiment()).isNull();
        assertThat(context.session().project().experiments()).isEmpty();
        assertThat(vm.status().get()).isEqualTo("No tracks yet: import or fetch some in the Data tab.");
    }

    @Test
    void aLargeWorkspacesFeatureCoverageIsCountedByABackgroundTask() {
        Project large = new Project();
        List<Track> tracks = new java.util.ArrayList<>();
        for (int i = 0; i < LargeWorkspaces.TRACKS; i++) {
            // audio features, no artist and so no artist followers
            tracks.add(new Track("t" + i, "Song " + i, null, null, 200_000, 50, false, List.of(),
                    AudioFeatures.builder().set(AudioFeature.ENERGY, 0.5).build(), Source.FILE, Source.FILE));
        }
        large.putTracks(tracks);
        QueuedExecutor held = new QueuedExecutor();
        WorkbenchContext context = context(new Project(), held);
        ModelsViewModel vm = viewModel(context);
        held.runAll();
        context.session().replace(large, null);

        // not counted on this (the window's) thread: nothing is said of the features until the task has run
        assertThat(held.titled("Counting the feature values of 100,000 tracks")).isNotNull();
        assertThat(vm.dataset().coverageProperty().get().tracks()).isZero();
        held.runAll();
        assertThat(vm.dataset().coverageProperty().get().tracks()).isEqualTo(LargeWorkspaces.TRACKS);
        assertThat(vm.dataset().coverageProperty().get().absent()).contains("artist_followers")
                .doesNotContain("energy");
    }

    @Test
    void aRunsMessagesAndProgressReachTheTabsStatusLineWhileItRuns() {
        QueuedExecutor held = new QueuedExecutor();
        ModelsViewModel vm = viewModel(context(sample(), held));
        vm.run();
        // The executor delivers what the work reports through the task's callbacks, as the FX executor does.
        held.titled("Running experiment").message("BR + J48: fold 2 of 3");
        held.titled("Running experiment").progress(1, 4);
        assertThat(vm.status().get()).isEqualTo("BR + J48: fold 2 of 3");
        assertThat(vm.progressProperty().get()).isEqualTo(0.25);
    }

    @Test
    void progressArrivingAfterAFailureNeverOverwritesIt() {
        RunStatus status = new RunStatus();
        RunStatus.Run run = status.begin("Running 2 models…");
        run.message("model 1 of 2, fold 3 of 3");
        run.progress(0.5);
        assertThat(status.text().get()).isEqualTo("model 1 of 2, fold 3 of 3");
        assertThat(status.progressProperty().get()).isEqualTo(0.5);

        run.end("The run failed: out of memory");
        run.message("model 2 of 2, fold 1 of 3");
        run.progress(4.0 / 6);

        assertThat(status.text().get()).isEqualTo("The run failed: out of memory");
        assertThat(status.runningProperty().get()).isFalse();
        assertThat(status.progressProperty().get()).isEqualTo(0.5);
    }

    @Test
    void theStatusSaysWhatToDoWithTheModelsListed() {
        ModelsViewModel vm = viewModel(context(sample(), new CurrentThreadExecutor()));
        assertThat(vm.status().get()).isEqualTo("Run trains the 2 models on the same folds.");
        vm.models().models().clear();
        assertThat(vm.status().get()).isEqualTo("Add models, then Run.");
        vm.models().add(Method.BR, BaseLearner.J48, Target.PLAYLIST_GENRE);
        assertThat(vm.status().get()).isEqualTo("Run trains the model on the split above.");
    }

    @Test
    void aFeatureNoTrackHasIsUntickedWithTheReasonAndComesBackWhereTracksHaveIt() {
        Project project = sample();
        List<Track> without = new ArrayList<>();
        for (Track t : project.tracks().values()) {
            without.add(new Track(t.id(), t.name(), t.album(), t.releaseDate(), t.durationMs(), t.popularity(),
                    t.explicit(), t.artistIds(), t.features().toBuilder().clear(AudioFeature.TIME_SIGNATURE).build(),
                    t.source(), t.featuresSource()));
        }
        project.putTracks(without);
        WorkbenchContext context = context(project, new CurrentThreadExecutor());
        ModelsViewModel vm = viewModel(context);

        assertThat(vm.dataset().features()).doesNotContain("time_signature").contains("danceability", "tempo");
        assertThat(vm.dataset().featureNoteProperty().get())
                .isEqualTo("Left out: no track of the 600 here has a value for time_signature.");
        assertThat(vm.spec().dataset().features()).doesNotContain("time_signature");

        context.session().replace(sample(), null);
        assertThat(vm.dataset().features()).contains("time_signature");
        assertThat(vm.dataset().featureNoteProperty().get()).isEmpty();
    }

    @Test
    void featureAblationRunsTheModelChosenInTheComparisonAfterSayingHowLongItTakes() {
        ModelsViewModel vm = ranWithJ48Chosen();

        dialogs.confirmAnswers.add(true);
        vm.ablation();

        assertThat(dialogs.questions).contains("Feature ablation of J48");
        assertThat(vm.charts().kindProperty().get()).isEqualTo(ResultCharts.Kind.ABLATION);
        assertThat(vm.shown().ablation()).get().satisfies(r -> {
            assertThat(r.model()).isEqualTo("J48");
            assertThat(r.metric()).isEqualTo(org.genreworkbench.model.Metric.ACCURACY);
            assertThat(r.rows()).extracting(row -> row.leftOut())
                    .containsExactlyInAnyOrder("danceability", "energy", "acousticness");
        });
        assertThat(dialogs.infos).isEmpty();
        assertThat(vm.status().get()).startsWith("Feature ablation of J48 done in");
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void featureAblationSaysUpFrontHowLongAndDoesNothingWhenDeclined() {
        List<String> started = new ArrayList<>();
        TaskExecutor counting = new TaskExecutor() {
            @Override
            public <T> TaskHandle execute(BackgroundTask<T> task) {
                started.add(task.title());
                return new CurrentThreadExecutor().execute(task);
            }
        };
        ModelsViewModel vm = viewModel(context(sample(), counting));
        vm.dataset().features().setAll("danceability", "energy", "acousticness", "tempo");
        vm.run();
        vm.shown().chosenProperty().set("NaiveBayes");
        dialogs.confirmAnswers.add(false);

        vm.ablation();

        assertThat(dialogs.questions).containsExactly("Feature ablation of NaiveBayes");
        assertThat(dialogs.confirmMessages).singleElement().asString()
                .startsWith("Feature ablation trains NaiveBayes 5 times on the 3 folds of 'experiment': once with all "
                        + "4 features, then once without each.")
                .containsPattern("This should take about \\d+ (s|min), judging by its run here\\.");
        assertThat(started).containsExactly("Loading PyTorch", "Running experiment 'experiment'");
        assertThat(dialogs.infos).isEmpty();
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void exportCsvStartsInTheWorkspaceFolderAndSaysWhereItWrote() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("work"));
        WorkbenchContext context = context(sample(), new CurrentThreadExecutor());
        context.session().saved(folder.resolve("songs.gwb"), context.session().project().revision());
        ModelsViewModel vm = viewModel(context);
        vm.run();
        Path csv = folder.resolve("scores");
        dialogs.filesToSave.add(csv);

        vm.exports().exportCsv();

        Path written = folder.resolve("scores.csv");
        assertThat(dialogs.saveFolders).containsExactly(folder);
        assertThat(Files.readAllLines(written)).first().isEqualTo("model,fold,metric,value");
        long rows = Files.readAllLines(written).size() - 1;
        assertThat(vm.status().get()).isEqualTo(String.format(java.util.Locale.US, "Wrote %,d scores to %s.", rows,
                written.toAbsolutePath()));

        // The next export starts where the last one went, even for an untitled workspace.
        dialogs.filesToSave.add(folder.resolve("again.csv"));
        vm.exports().exportCsv();
        assertThat(dialogs.saveFolders).containsExactly(folder, folder);
    }

    @Test
    void anUntitledWorkspaceExportsFromTheHomeFolder() {
        WorkbenchContext context = context(sample(), new CurrentThreadExecutor());
        ModelsViewModel vm = viewModel(context);
        vm.run();
        vm.exports().exportCsv();
        assertThat(dialogs.saveFolders).containsExactly(Path.of(System.getProperty("user.home")));
        assertThat(dialogs.questions).contains("Export results");
    }

    @Test
    void aNetworkStaysANetworkForThePlaylistGenreAndOneRunSaysModelInTheSingular() {
        WorkbenchContext context = context(sample(), new CurrentThreadExecutor());
        ModelsViewModel vm = viewModel(context);
        vm.models().models().clear();
        vm.models().add(Method.MLP, BaseLearner.RANDOM_FOREST, Target.PLAYLIST_GENRE);
        vm.models().add(Method.BR, BaseLearner.J48, Target.PLAYLIST_GENRE);
        assertThat(vm.models().models()).extracting(ModelSpec::method).containsExactly(Method.MLP, Method.WEKA);
        assertThat(vm.spec().models()).extracting(ModelSpec::method).containsExactly(Method.MLP, Method.WEKA);

        // Switching to labels turns the lone learner into BR over it; the network fits both targets as it is.
        vm.dataset().targetProperty().set(Target.LABEL_SCHEME);
        assertThat(vm.models().forTarget(Target.LABEL_SCHEME)).extracting(ModelSpec::method).containsExactly(Method.MLP, Method.BR);

        vm.dataset().targetProperty().set(Target.PLAYLIST_GENRE);
        vm.models().models().remove(1);
        vm.models().models().set(0, new ModelSpec(null, "MLP", null, "-layers 8 -epochs 3", "", "PCut1"));
        vm.run();
        assertThat(vm.status().get()).isEqualTo("Done: 1 model on 3 folds.");
    }

    @Test
    void aNewSetupStartsWithLightGbmAndFastForestOrWithoutThemTheWekaPair() {
        assertThat(org.genreworkbench.ml.Learners.unavailableReason(BaseLearner.LIGHTGBM)).isEmpty();
        ModelChoice fresh = new ModelChoice();
        assertThat(fresh.models()).extracting(ModelSpec::name).containsExactly("BR + LightGBM", "BR + FastForest");
        // for the playlist genre, two learners alone: not one learner twice
        assertThat(fresh.forTarget(Target.PLAYLIST_GENRE)).extracting(ModelSpec::name).containsExactly("LightGBM", "FastForest");
        assertThat(ModelChoice.starting(false)).extracting(ModelSpec::name).containsExactly("BR + RandomForest", "CC + J48");
    }

    @Test
    void aMultiLabelModelRunForThePlaylistGenreIsNamedForWhatRunsUnlessTheUserNamedIt() {
        ModelsViewModel vm = viewModel(context(sample(), new CurrentThreadExecutor()));
        vm.models().models().setAll(
                new ModelSpec(null, Method.BR, BaseLearner.J48, "", "", Threshold.PCUT1),
                new ModelSpec(null, Method.CC, BaseLearner.J48, "", "", Threshold.PCUT1),
                new ModelSpec("CC + J48 #2", Method.CC, BaseLearner.RANDOM_FOREST, "", "-I 5", Threshold.PCUT1),
                new ModelSpec("my chain", Method.CC, BaseLearner.NAIVE_BAYES, "", "", Threshold.PCUT1),
                new ModelSpec(null, Method.WEKA, BaseLearner.J48, "", "", Threshold.PCUT1));
        // "CC + J48" runs J48 alone for one label per track: it is called so, each name once
        assertThat(vm.models().forTarget(Target.PLAYLIST_GENRE)).extracting(ModelSpec::name)
                .containsExactly("J48 #2", "J48 #3", "CC + J48 #2", "my chain", "J48");
        assertThat(vm.models().forTarget(Target.PLAYLIST_GENRE)).extracting(ModelSpec::method)
                .containsOnly(Method.WEKA);
        // and back: the lone learner becomes BR over it, named for it
        assertThat(vm.models().forTarget(Target.LABEL_SCHEME)).extracting(ModelSpec::name)
                .containsExactly("BR + J48", "CC + J48", "CC + J48 #2", "my chain", "BR + J48 #2");
    }

    @Test
    void anExportedNetworkIsOfferedAsParamsAndWritesItsArchitectureBeside() throws Exception {
        WorkbenchContext context = context(sample(), new CurrentThreadExecutor());
        ModelsViewModel vm = viewModel(context);
        vm.models().models().setAll(new ModelSpec("net", "MLP", null, "-layers 8 -epochs 3", "", "PCut1"));
        vm.run();
        vm.shown().chosenProperty().set("net");
        Path folder = Files.createDirectories(dir.resolve("models"));
        dialogs.filesToSave.add(folder.resolve("genre-net"));

        vm.exports().exportModel();

        assertThat(dialogs.suggestedNames).containsExactly("net.params");
        Path params = folder.resolve("genre-net-0000.params");
        Path architecture = folder.resolve("genre-net.json");
        assertThat(params).isNotEmptyFile();
        assertThat(architecture).isNotEmptyFile();
        assertThat(vm.status().get()).isEqualTo("Wrote net, trained on all rows, to " + params.toAbsolutePath()
                + " and " + architecture.toAbsolutePath() + ".");
    }

    @Test
    void theNetworksEngineIsAskedOnceInTheBackgroundAndItsAnswerKept() {
        QueuedExecutor held = new QueuedExecutor();
        WorkbenchContext context = context(sample(), held);
        ModelsViewModel vm = new ModelsViewModel(context, () -> Optional.of("no libtorch here"));
        assertThat(vm.networkUnavailableProperty().get()).as("while the engine loads").isNull();
        held.runAll();
        assertThat(vm.networkUnavailableProperty().get()).isEqualTo("no libtorch here");

        ModelsViewModel here = new ModelsViewModel(context, Optional::empty);
        held.runAll();
        assertThat(here.networkUnavailableProperty().get()).isEmpty();
    }

    @Test
    void exportReportWritesOnePageWithTheAblationRunOnTheShownExperiment() throws Exception {
        ModelsViewModel vm = ranWithJ48Chosen();
        dialogs.confirmAnswers.add(true);
        vm.ablation();
        vm.shown().baselineProperty().set("J48");
        dialogs.filesToSave.add(dir.resolve("shared"));

        vm.exports().exportReport();

        Path written = dir.resolve("shared.html");
        String page = Files.readString(written);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<table id=\"comparison-table\">")
                .contains("<h2>Feature ablation of J48</h2>").contains("wins / ties / losses vs J48");
        assertThat(vm.status().get()).isEqualTo("Wrote the report on experiment to " + written.toAbsolutePath() + ".");

        // Another experiment shown: the ablation belonged to the first and is not reported with it.
        vm.run();
        dialogs.filesToSave.add(dir.resolve("second.html"));
        vm.exports().exportReport();
        assertThat(Files.readString(dir.resolve("second.html"))).contains("<table id=\"comparison-table\">")
                .doesNotContain("Feature ablation of");
    }
}
