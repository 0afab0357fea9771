package org.genreworkbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.genreworkbench.explore.ExploreData;
import org.genreworkbench.explore.FeatureColumns;
import org.genreworkbench.explore.Histogram;
import org.genreworkbench.explore.TagStatistics;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.task.CurrentThreadExecutor;
import org.genreworkbench.task.QueuedExecutor;
import org.genreworkbench.task.TaskExecutor;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.TestWorkbench;
import org.genreworkbench.ui.WorkbenchContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain JUnit: the Explore tab's state, with the background work run on the calling thread. */
class ExploreViewModelTest {
    @TempDir
    Path settings;

    private WorkbenchContext context(Project project, TaskExecutor executor) {
        return TestWorkbench.context(project, executor, new ScriptedDialogs(), settings);
    }

    private static Project sample(long seed) {
        return SampleGenerator.generate(new SampleSpec(seed, 3_000, 900, 200));
    }

    @Test
    void theGroupsAndBarsAreCountedInTheBackgroundAndTheNewestRequestWins() {
        QueuedExecutor held = new QueuedExecutor();
        Project project = sample(5);
        ExploreViewModel model = new ExploreViewModel(context(project, held));
        held.runAll();
        HistogramViewModel histogram = model.histogram();
        assertThat(histogram.shownProperty().get().groupsNote()).isEmpty();
        HistogramViewModel.Shown first = histogram.shownProperty().get();
        assertThat(first.plots()).hasSize(1);
        assertThat(first.plots().get(0).feature()).isEqualTo("danceability");

        histogram.groupingProperty().set(org.genreworkbench.explore.Grouping.Kind.TOP_TAGS);
        histogram.featureProperty().set("energy");
        // Nothing is counted on the calling (UI) thread: the change waits for the background.
        assertThat(histogram.countingProperty().get()).isTrue();
        assertThat(histogram.shownProperty().get()).isSameAs(first);
        // Each change asked for a count; all but the newest were called off.
        assertThat(held.cancels()).isPositive();
        held.runAll();

        HistogramViewModel.Shown shown = histogram.shownProperty().get();
        assertThat(histogram.countingProperty().get()).isFalse();
        assertThat(shown.groups()).hasSize(6);
        // the chart draws the six largest of the project's tags, and says so
        int tags = TagStatistics.of(project).tags().size();
        assertThat(tags).isGreaterThan(6);
        assertThat(shown.groupsNote()).isEqualTo(String.format(java.util.Locale.ROOT, "The 6 largest of %,d genre tags", tags));
        assertThat(histogram.groups().keySet()).isEqualTo(shown.groups().keySet());
        var plot = shown.plots().get(0);
        assertThat(plot.feature()).isEqualTo("energy");
        assertThat(plot.series()).extracting(org.genreworkbench.explore.HistogramPlot.Series::name)
                .containsExactlyElementsOf(shown.groups().keySet());
        for (var series : plot.series()) {
            // Each group's bars count its own tracks, on the edges of all tracks, under its own density curve.
            assertThat(series.bins().total()).isEqualTo(shown.groups().get(series.name()).length
                    - series.bins().skipped() - countMissing(model, "energy", shown.groups().get(series.name())));
            assertThat(series.bins().edges()).isEqualTo(plot.all().edges());
            assertThat(series.curveY()).hasSize(160);
        }

        histogram.densityProperty().set(false);
        histogram.allFeaturesProperty().set(true);
        held.runAll();
        shown = histogram.shownProperty().get();
        assertThat(shown.allFeatures()).isTrue();
        assertThat(shown.plots()).extracting(org.genreworkbench.explore.HistogramPlot::feature)
                .containsExactlyElementsOf(model.dataProperty().get().columns().numericNames());
        assertThat(shown.plots().get(0).series().get(0).curveY()).isEmpty();
    }

    private static int countMissing(ExploreViewModel model, String feature, int[] rows) {
        double[] column = model.dataProperty().get().columns().column(feature);
        int missing = 0;
        for (int r : rows) {
            missing += Double.isNaN(column[r]) ? 1 : 0;
        }
        return missing;
    }

    @Test
    void theStatisticsOfAWorkspaceAreCancelledWhenAnotherIsOpenedAndTheNewOnesFollow() {
        QueuedExecutor held = new QueuedExecutor();
        WorkbenchContext context = context(sample(5), held);
        ExploreViewModel model = new ExploreViewModel(context);
        context.session().project().putTracks(sample(6).tracks().values());
        assertThat(held.cancels()).as("a change of the same workspace").isZero();

        Project other = SampleGenerator.generate(new SampleSpec(7, 1_234, 400, 100));
        context.session().replace(other, null);
        assertThat(held.cancels()).isEqualTo(1);

        held.runAll();
        held.runAll();
        assertThat(model.dataProperty().get().columns().rows()).isEqualTo(other.tracks().size());
    }

    @Test
    void anEmptyWorkspacesSingleBinIsNotKeptAfterAnImport() {
        WorkbenchContext context = context(new Project(), new CurrentThreadExecutor());
        ExploreViewModel model = new ExploreViewModel(context);
        HistogramViewModel histogram = model.histogram();
        assertThat(histogram.binsProperty().get()).isEqualTo(1);

        // File > New, then an import into the new workspace.
        context.session().replace(new Project(), null);
        Project imported = sample(4);
        context.session().project().putArtists(imported.artists().values());
        context.session().project().putTracks(imported.tracks().values());

        int expected = Histogram.freedmanDiaconisBins(model.dataProperty().get().sorted().get("danceability"));
        assertThat(expected).isGreaterThan(10);
        assertThat(histogram.featureProperty().get()).isEqualTo("danceability");
        assertThat(histogram.binsProperty().get()).isEqualTo(expected);
    }

    @Test
    void chosenBinsStayWithTheirFeatureAndTheirWorkspace() {
        WorkbenchContext context = context(sample(4), new CurrentThreadExecutor());
        HistogramViewModel histogram = new ExploreViewModel(context).histogram();
        int energyDefault = histogram.defaultBins("energy");

        histogram.chooseBins(12);
        histogram.featureProperty().set("energy");
        assertThat(histogram.binsProperty().get()).isEqualTo(energyDefault);
        histogram.featureProperty().set("danceability");
        assertThat(histogram.binsProperty().get()).isEqualTo(12);

        context.session().replace(sample(5), null);
        assertThat(histogram.binsProperty().get()).isEqualTo(histogram.defaultBins("danceability")).isNotEqualTo(12);
    }

    @Test
    void theScatterGridIsCountedByTheExecutorNotOnTheCallersThread() {
        QueuedExecutor executor = new QueuedExecutor();
        ExploreViewModel model = new ExploreViewModel(context(sample(4), executor));
        executor.runAll();

        model.openScatter("energy", "loudness");
        assertThat(model.scatterPairProperty().get()).containsExactly("energy", "loudness");
        assertThat(model.scatterProperty().get()).isNull();
        assertThat(executor.queued()).isEqualTo(1);

        executor.runAll();
        ExploreViewModel.Scatter scatter = model.scatterProperty().get();
        assertThat(scatter.x()).isEqualTo("energy");
        assertThat(scatter.grid().points()).isGreaterThan(2_000);
        assertThat(scatter.whyEmpty()).isEmpty();
    }

    @Test
    void aScatterOfAFeatureNoTrackHasSaysWhy() {
        ExploreViewModel model = new ExploreViewModel(context(trackOnlyProject(), new CurrentThreadExecutor()));
        model.openScatter("artist_followers", "energy");
        ExploreViewModel.Scatter scatter = model.scatterProperty().get();
        assertThat(scatter.grid().points()).isZero();
        assertThat(scatter.whyEmpty()).hasValueSatisfying(why -> assertThat(why)
                .contains("No track has a value for artist_followers").contains("3,000"));
    }

    @Test
    void aHistogramOfAFeatureNoTrackHasSaysWhy() {
        HistogramViewModel histogram = new ExploreViewModel(context(trackOnlyProject(), new CurrentThreadExecutor()))
                .histogram();
        assertThat(histogram.whyEmpty()).isEmpty();
        histogram.featureProperty().set("artist_followers");
        assertThat(histogram.whyEmpty()).hasValue(
                "No track has a value for artist_followers (all 3,000 are missing), so there is nothing to plot.");
    }

    @Test
    void codedFeaturesReadAsTheDataTableShowsThem() {
        double[] key = {0, 1, 1, 11, Double.NaN};
        double[] mode = {1, 0, 1, 1, 0};
        double[] none = {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        ExploreData data = ExploreData.of(FeatureColumns.of(Map.of("key", key, "mode", mode, "time_signature", none,
                "danceability", new double[] {0.1, 0.2, 0.3, 0.4, 0.5})), new TagStatistics(List.of(), new int[1], new int[1]));

        assertThat(CodedFeatureLines.of(data)).containsExactly(
                "key: C 1 · C♯/D♭ 2 · B 1 · missing 1",
                "mode: minor 2 · major 3",
                "time_signature: No track has a value for time_signature (all 5 are missing), so there is nothing to plot.");
    }

    /** The sample's tracks without their artists: no track has artist followers or popularity. */
    private static Project trackOnlyProject() {
        Project project = new Project();
        project.putTracks(sample(4).tracks().values());
        return project;
    }
}
