package org.genreworkbench.ml;

import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.DatasetSpec;
import org.genreworkbench.model.spec.Method;
import org.genreworkbench.model.spec.BaseLearner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import meka.classifiers.multilabel.BR;
import meka.classifiers.multilabel.CC;
import org.genreworkbench.model.Metric;
import org.genreworkbench.ml.lightgbm.LightGbmLearner;
import org.genreworkbench.ml.lightgbm.LightGbmNative;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.spec.Split;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.Classifier;
import weka.classifiers.trees.RandomForest;
import weka.core.Instances;
import weka.core.SerializationHelper;

/** LightGBM and FastForest in real experiments: under MEKA, single-label, on threads, exported, unavailable. */
class LightGbmExperimentTest {
    private static Project project;

    @BeforeAll
    static void labelledSample() {
        project = LabelledSample.sixLabels();
    }

    private static ExperimentSpec multiLabel(List<ModelSpec> models) {
        return LabelledSample.multiLabel(models);
    }

    @Test
    void brAndCcOverLightGbmAndFastForestLearnTheLabels() throws Exception {
        ExperimentSpec spec = multiLabel(List.of(
                new ModelSpec(null, "BR", "LightGBM", "", "-rounds 30", "PCut1"),
                new ModelSpec(null, "CC", "LightGBM", "", "-rounds 30", "PCut1"),
                new ModelSpec(null, "BR", "FastForest", "", "-trees 30", "PCut1")));
        Experiment e = new ExperimentRunner(2).run(project, spec, TaskContext.silent());

        assertThat(e.results()).extracting(Experiment.ModelResult::model)
                .containsExactly("BR + LightGBM", "CC + LightGBM", "BR + FastForest");
        for (Experiment.ModelResult r : e.results()) {
            for (Experiment.FoldScore f : r.folds()) {
                assertThat(f.value(Metric.F1_MICRO)).as(r.model()).isGreaterThan(0.3);
                assertThat(f.perLabelF1()).hasSize(6);
            }
        }
        assertThat(WekaModels.create(spec.models().get(0), 1)).isInstanceOf(BR.class);
        CC cc = (CC) WekaModels.create(spec.models().get(1), 1);
        assertThat(cc.getClassifier()).isInstanceOf(LightGbmLearner.class);
    }

    @Test
    void singleLabelTrainsOneMulticlassBoosterPerFold() throws Exception {
        ExperimentSpec spec = new ExperimentSpec("genres",
                new DatasetSpec("playlistGenre", null, null, false, false, false, false), Split.holdout(0.2),
                List.of(new ModelSpec(null, "WEKA", "LightGBM", "", "-rounds 30", "PCut1"),
                        new ModelSpec(null, "WEKA", "FastForest", "", "-trees 30", "PCut1")), 1);
        Experiment e = new ExperimentRunner(2).run(project, spec, TaskContext.silent());
        double chance = 1.0 / e.labels().size();
        for (Experiment.ModelResult r : e.results()) {
            assertThat(r.folds().get(0).value(Metric.ACCURACY)).as(r.model()).isGreaterThan(chance * 2);
        }
        assertThat(WekaModels.create(spec.models().get(0), 1)).isInstanceOf(LightGbmLearner.class);
    }

    @Test
    void theSameNumbersOnOneThreadOrTwo() throws Exception {
        // two threads asked for explicitly: left to choose, a set this small trains on one
        ExperimentSpec spec = multiLabel(List.of(new ModelSpec(null, "BR", "LightGBM", "",
                "-rounds 15 -feature-fraction 0.7 -bagging-fraction 0.8 -threads 2", "PCut1"),
                new ModelSpec(null, "BR", "FastForest", "", "-trees 10 -threads 2", "PCut1")));
        Experiment oneThread = new ExperimentRunner(1, 1).run(project, spec, TaskContext.silent());
        Experiment runnerOfTwo = new ExperimentRunner(2, 2).run(project, spec, TaskContext.silent());
        Experiment learnerOfTwo = new ExperimentRunner(1, 2).run(project, spec, TaskContext.silent());

        for (int m = 0; m < 2; m++) {
            for (int f = 0; f < 3; f++) {
                var expected = oneThread.results().get(m).folds().get(f);
                for (Experiment other : List.of(runnerOfTwo, learnerOfTwo)) {
                    var actual = other.results().get(m).folds().get(f);
                    assertThat(actual.perLabelF1()).isEqualTo(expected.perLabelF1());
                    for (Metric metric : List.of(Metric.F1_MICRO, Metric.HAMMING_LOSS)) {
                        assertThat(actual.value(metric)).isEqualTo(expected.value(metric));
                    }
                }
            }
        }
    }

    @Test
    void runnerThreadsTimesLearnerThreadsNeverExceedTheCores() throws Exception {
        ExperimentRunner twoCores = new ExperimentRunner(2, 2);
        assertThat(twoCores.runnerThreads(15)).isEqualTo(2);
        assertThat(twoCores.learnerThreads(15)).isEqualTo(1);
        assertThat(twoCores.runnerThreads(1)).isEqualTo(1);
        assertThat(twoCores.learnerThreads(1)).isEqualTo(2); // a lone hold-out model gets both cores
        ExperimentRunner eightCores = new ExperimentRunner(2, 8);
        assertThat(eightCores.runnerThreads(10) * eightCores.learnerThreads(10)).isEqualTo(8);
        ExperimentRunner oneCore = new ExperimentRunner(4, 1);
        assertThat(oneCore.runnerThreads(10) * oneCore.learnerThreads(10)).isEqualTo(1);

        BR br = (BR) WekaModels.create(new ModelSpec(null, "BR", "LightGBM", "", "-threads 8", "PCut1"), 1, 1);
        assertThat(((LightGbmLearner) br.getClassifier()).effectiveThreads()).isEqualTo(1);
        RandomForest forest = (RandomForest) WekaModels.create(
                new ModelSpec(null, "WEKA", "RandomForest", "", "-num-slots 0", "PCut1"), 1, 1);
        assertThat(forest.getNumExecutionSlots()).isEqualTo(1);
    }

    @Test
    void missingValuesStayMissingForLightGbmAndAreImputedForOthers() {
        Dataset data = DatasetBuilder.build(project, new DatasetSpec("labelScheme", null, null, true, true, false, false));
        int[] all = IntStream.range(0, data.rows()).toArray();
        long missingCells = java.util.Arrays.stream(data.features()).flatMapToDouble(java.util.Arrays::stream)
                .filter(Double::isNaN).count();
        assertThat(missingCells).as("the sample has missing values").isPositive();

        ModelSpec lightGbm = new ModelSpec(null, "BR", "LightGBM", "", "", "PCut1");
        ModelSpec forest = new ModelSpec(null, "BR", "RandomForest", "", "", "PCut1");
        assertThat(ExperimentRunner.imputes(lightGbm)).isFalse();
        assertThat(ExperimentRunner.imputes(forest)).isTrue();
        double[][] kept = Preprocessor.fit(data, all, ExperimentRunner.imputes(lightGbm)).transform(data, all);
        double[][] filled = Preprocessor.fit(data, all, ExperimentRunner.imputes(forest)).transform(data, all);
        assertThat(java.util.Arrays.stream(kept).flatMapToDouble(java.util.Arrays::stream).filter(Double::isNaN).count())
                .isEqualTo(missingCells);
        assertThat(java.util.Arrays.stream(filled).flatMapToDouble(java.util.Arrays::stream).filter(Double::isNaN).count())
                .isZero();
    }

    @Test
    void anExportedModelReadBackPredictsTheSame(@TempDir Path dir) throws Exception {
        for (ModelSpec model : List.of(new ModelSpec(null, "BR", "LightGBM", "", "-rounds 20", "PCut1"),
                new ModelSpec(null, "WEKA", "FastForest", "", "-trees 20", "PCut1"))) {
            boolean single = model.method() == Method.WEKA;
            ExperimentSpec spec = single
                    ? new ExperimentSpec("g", new DatasetSpec("playlistGenre", null, null, true, false, false, false),
                    Split.holdout(0.2), List.of(model), 3)
                    : multiLabel(List.of(model));
            Path file = dir.resolve(model.base() + ".model");
            Classifier trained = ModelExport.trainAndWrite(project, spec, model, file);

            Object[] back = SerializationHelper.readAll(file.toString());
            Classifier reloaded = (Classifier) back[0];
            Dataset data = DatasetBuilder.build(project, spec.dataset());
            int[] all = IntStream.range(0, data.rows()).toArray();
            Preprocessor pre = Preprocessor.fit(data, all, false);
            Instances rows = WekaModels.instances(pre.outputNames(), pre.transform(data, all), data.targets(),
                    data.labels(), data.singleLabel());
            double[][] before = WekaModels.scores(trained, rows, data.labels().size());
            double[][] after = WekaModels.scores(reloaded, rows, data.labels().size());
            assertThat(after).as(model.name()).isDeepEqualTo(before);
            if (!single) {
                assertThat(reloaded.getClass()).as("readable by MEKA alone").isEqualTo(BR.class);
            }
            assertThat(((Instances) back[1]).numInstances()).isZero();
            assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("tree_sizes=");
        }
    }

    @Test
    void withoutTheNativeLibraryLightGbmIsUnavailableWithTheReasonAndTheRestWorks() throws Exception {
        LightGbmNative.useLoader(() -> {
            throw new UnsatisfiedLinkError("libgomp.so.1: cannot open shared object file");
        });
        try {
            assertThat(Learners.unavailableReason(BaseLearner.LIGHTGBM)).get().asString().contains("libgomp.so.1");
            assertThat(Learners.unavailableReason(BaseLearner.FAST_FOREST)).isPresent();
            assertThat(Learners.unavailableReason(BaseLearner.RANDOM_FOREST)).isEmpty();
            // specs naming LightGBM still read (a workspace from another machine opens), but do not run
            ModelSpec lightGbm = new ModelSpec("boosted", "BR", "LightGBM", "", "-rounds 10", "PCut1");
            assertThatThrownBy(() -> new ExperimentRunner(1).run(project, multiLabel(List.of(lightGbm)), TaskContext.silent()))
                    .hasMessageContaining("model 'boosted'").hasMessageContaining("LightGBM is unavailable")
                    .hasMessageContaining("libgomp.so.1");
            Experiment others = new ExperimentRunner(1).run(project,
                    multiLabel(List.of(new ModelSpec(null, "BR", "J48", "", "", "PCut1"))), TaskContext.silent());
            assertThat(others.results().get(0).folds()).hasSize(3);
        } finally {
            LightGbmNative.useLoader(null);
        }
        assertThat(Learners.unavailableReason(BaseLearner.LIGHTGBM)).isEmpty();
    }

    @Test
    void badLearnerOptionsInASpecFileAreRefusedNamingModelAndOption() {
        assertThatThrownBy(() -> ExperimentSpec.fromJson("""
                {"dataset": {}, "models": [{"name": "boosted", "method": "BR", "base": "LightGBM",
                 "baseOptions": "-rounds -5"}]}"""))
                .hasMessageContaining("model 'boosted'").hasMessageContaining("-rounds").hasMessageContaining("-5");
        assertThatThrownBy(() -> ExperimentSpec.fromJson("""
                {"dataset": {}, "models": [{"method": "BR", "base": "FastForest",
                 "baseOptions": "-feature-fraction 1.5"}]}"""))
                .hasMessageContaining("BR + FastForest").hasMessageContaining("-feature-fraction")
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> ExperimentSpec.fromJson("""
                {"dataset": {}, "models": [{"method": "BR", "base": "XGBoost"}]}"""))
                .hasMessageContaining("unknown base learner 'XGBoost'").hasMessageContaining("LightGBM");
        // the option schema the checks follow is the learner's own Weka option list
        assertThat(Learners.options(BaseLearner.LIGHTGBM)).extracting(weka.core.Option::name).contains("rounds",
                "learning-rate", "leaves", "min-data-in-leaf", "feature-fraction", "bagging-fraction", "l2",
                "early-stopping", "validation-fraction", "threads", "S");
        assertThat(Learners.options(BaseLearner.FAST_FOREST)).extracting(weka.core.Option::name).contains("trees", "leaves");
    }
}
