package org.genreworkbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genreworkbench.explore.CrossTabulation;
import org.genreworkbench.explore.GroupSummaries;
import org.genreworkbench.explore.Grouping;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.task.QueuedExecutor;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.TestWorkbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain JUnit: the Groups view's state, its work held in a queue to show it runs in the background. */
class GroupsViewModelTest {
    @TempDir
    Path settings;

    private static Project sample() {
        return SampleGenerator.generate(new SampleSpec(7, 2_000, 600, 150));
    }

    private GroupsViewModel model(Project project, QueuedExecutor executor) {
        ExploreViewModel explore = new ExploreViewModel(TestWorkbench.context(project, executor, new ScriptedDialogs(),
                settings));
        executor.runAll();
        return explore.groups();
    }

    @Test
    void summariesAreComputedInTheBackgroundAndTheNewestGroupingWins() {
        QueuedExecutor held = new QueuedExecutor();
        GroupsViewModel model = model(sample(), held);
        GroupSummaries first = model.summariesProperty().get();
        assertThat(first.grouping().kind()).isEqualTo(Grouping.Kind.PLAYLIST_GENRE);
        assertThat(first.groups()).hasSizeGreaterThan(1);
        assertThat(model.computingProperty().get()).isFalse();

        int cancelled = held.cancels();
        model.groupingProperty().set(Grouping.Kind.LABEL_SCHEME);
        model.groupingProperty().set(Grouping.Kind.TOP_TAGS);
        // Nothing was computed on the calling (UI) thread, and the older request was called off.
        assertThat(model.computingProperty().get()).isTrue();
        assertThat(model.summariesProperty().get()).isSameAs(first);
        assertThat(held.cancels()).isEqualTo(cancelled + 1);
        held.runAll();

        GroupSummaries tags = model.summariesProperty().get();
        assertThat(model.computingProperty().get()).isFalse();
        assertThat(tags.grouping().kind()).isEqualTo(Grouping.Kind.TOP_TAGS);
        assertThat(tags.groups()).hasSizeBetween(2, GroupsViewModel.MAX_GROUPS);
        assertThat(model.summaryNote()).contains("counts in each").contains("left out");
    }

    @Test
    void withoutAnActiveLabelSchemeTheCrossTabSaysWhereToMakeOne() {
        QueuedExecutor held = new QueuedExecutor();
        GroupsViewModel model = model(sample(), held);
        CrossTabulation c = model.crossTabProperty().get();
        assertThat(c.rows()).isEqualTo(Grouping.Kind.LABEL_SCHEME);
        assertThat(c.pairs()).isZero();
        assertThat(model.whyNoCrossTab()).hasValueSatisfying(s -> assertThat(s).contains("Labels tab"));

        model.rowsProperty().set(Grouping.Kind.TOP_TAGS);
        held.runAll();
        assertThat(model.crossTabProperty().get().pairs()).isPositive();
        assertThat(model.whyNoCrossTab()).isEmpty();
        assertThat(model.crossTabNote()).contains("counts in both");
    }

    @Test
    void labelTimesPlaylistGenreCountsEachLabelledTrackOncePerLabel() {
        Project project = sample();
        Map<String, String> tagToLabel = new HashMap<>();
        project.artists().values().stream().map(Artist::genres).flatMap(List::stream)
                .forEach(t -> tagToLabel.put(t, t.length() % 2 == 0 ? "even" : "odd"));
        project.putLabelScheme(new LabelScheme("parity", LabelScheme.Settings.UNKNOWN, tagToLabel));
        project.setActiveLabelScheme("parity");
        QueuedExecutor held = new QueuedExecutor();
        GroupsViewModel model = model(project, held);

        CrossTabulation c = model.crossTabProperty().get();
        Map<String, String> genres = project.playlistGenres();
        int pairs = 0;
        for (Track t : project.tracks().values()) {
            if (genres.containsKey(t.id())) {
                pairs += new LabelScheme("parity", LabelScheme.Settings.UNKNOWN, tagToLabel).labelsOf(t, project).size();
            }
        }
        assertThat(c.pairs()).isEqualTo(pairs).isPositive();
        assertThat(c.rows(CrossTabulation.Cells.COUNTS)).extracting(CrossTabulation.Row::category)
                .containsExactly("even", "odd", "Total");
    }
}
