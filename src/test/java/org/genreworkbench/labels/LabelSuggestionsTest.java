package org.genreworkbench.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.genreworkbench.model.ClusteringSettings;
import org.genreworkbench.model.Linkage;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.TagDistance;
import org.genreworkbench.model.TreeCut;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.task.TaskContext;
import org.junit.jupiter.api.Test;

/** The search for balanced schemes: within the range asked, the same every time, and the goal met on real tags. */
class LabelSuggestionsTest {
    private final LabellingService service = new LabellingService();

    @Test
    void everySuggestionIsInTheRangeAndTheSearchGivesTheSameAnswerTwice() {
        Project project = SampleGenerator.generate(new SampleSpec(3, 2_000, 600, 200));
        ClusteredTags data = service.build(project, ClusteringSettings.defaults());
        List<LabelSuggestions.Suggestion> first = LabelSuggestions.search(data, 6, 9, 5,
                LabelSuggestions.BalanceTarget.defaults(), TaskContext.silent());
        List<LabelSuggestions.Suggestion> second = LabelSuggestions.search(service.build(project, ClusteringSettings.defaults()),
                6, 9, 5, LabelSuggestions.BalanceTarget.defaults(), TaskContext.silent());
        assertThat(first).isNotEmpty();
        assertThat(first).allSatisfy(s -> assertThat(s.labelling().clusters().count()).isBetween(6, 9));
        assertThat(first.stream().map(LabelSuggestions.Suggestion::method).toList())
                .isEqualTo(second.stream().map(LabelSuggestions.Suggestion::method).toList());
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i).labelling().clusters().clusterOfTag()).isEqualTo(second.get(i).labelling().clusters().clusterOfTag());
        }
        // Ranked: a balanced one never below one that is not, and the quick weighing agrees with the full one.
        for (int i = 1; i < first.size(); i++) {
            assertThat(!first.get(i - 1).balanced() && first.get(i).balanced()).isFalse();
        }
        LabelSuggestions.Suggestion best = first.get(0);
        assertThat(service.label(data, best.cut(), best.edits()).balance().trackCounts()).isEqualTo(best.balance().trackCounts());
    }

    @Test
    void aRangeOutOfOrderIsRefused() {
        Project project = SampleGenerator.generate(new SampleSpec(3, 500, 200, 80));
        ClusteredTags data = service.build(project, ClusteringSettings.defaults());
        assertThatThrownBy(() -> LabelSuggestions.search(data, 9, 6, 3, LabelSuggestions.BalanceTarget.defaults(),
                TaskContext.silent())).hasMessageContaining("9–6");
    }

    /** The goal on the public tracks joined to data_w_genres.csv; skipped where the files are absent. */
    @Test
    void onThePublicTracksASuggestedSchemeIsBalancedWhereTheFlatCutIsNot() throws Exception {
        Project project = PublicTracks.load();
        ClusteredTags data = service.build(project, new ClusteringSettings(5, TagDistance.JACCARD, Linkage.AVERAGE));
        List<LabelSuggestions.Suggestion> found = LabelSuggestions.search(data, 10, 16, 4,
                LabelSuggestions.BalanceTarget.defaults(), TaskContext.silent());
        LabelBalance best = found.get(0).balance();
        assertThat(best.clusters()).isBetween(10, 16);
        assertThat(best.largestShare()).isLessThanOrEqualTo(0.40);
        assertThat(best.unlabelledTaggedShare()).isLessThanOrEqualTo(0.02);
        assertThat(best.labelsPerTaggedTrack()).isLessThanOrEqualTo(2.0);
        ClusterCountCut flat = data.dendrogram().cutForClusters(best.clusters());
        double height = flat.exact() ? flat.height() : data.dendrogram().cutForClusters(flat.nearest()).height();
        LabelBalance flatBalance = service.label(data, new TreeCut.AtHeight(height), List.of()).balance();
        System.out.printf("suggested: %d labels, largest %.3f, no label %.4f, per track %.3f, evenness %.3f (%s)%n"
                        + "flat at the same count: %d labels, largest %.3f, evenness %.3f%n",
                best.clusters(), best.largestShare(), best.unlabelledTaggedShare(), best.labelsPerTaggedTrack(),
                best.evenness(), found.get(0).method(), flatBalance.clusters(), flatBalance.largestShare(), flatBalance.evenness());
        assertThat(flatBalance.largestShare()).isGreaterThan(0.9);
        assertThat(Arrays.stream(best.trackCounts()).sum()).isPositive();
    }
}
