package org.genreworkbench.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.TreeCut;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one labelling service on a tree full of tied merges: three tag families that never share an artist
 * (average linkage joins them all at distance 1 in one step) whose rare tags tie with each other inside each
 * family. Every cut into K is either a height that gives exactly K or a refusal naming the nearest counts.
 */
class LabellingServiceTest {
    private final LabellingService service = new LabellingService();

    @TempDir
    Path dir;

    @Test
    void everyCountIsEitherCutExactlyByAHeightOrRefusedWithTheNearestThatAre() {
        ClusteredTags data = service.build(TiedFamilies.project(), TiedFamilies.SETTINGS);
        int tags = data.tree().incidence().tagCount();
        assertThat(tags).isEqualTo(12);
        List<Integer> refused = new ArrayList<>();
        for (int k = 1; k <= tags; k++) {
            ClusterCountCut answer = service.cutForClusters(data, k);
            if (answer.exact()) {
                Labelling labelling = service.label(data, new TreeCut.AtHeight(answer.height()), List.of());
                assertThat(labelling.clusters().count()).as("clusters at the height for %d", k).isEqualTo(k);
                // Where a height gives K, it is the same partition as undoing the top K − 1 merges.
                assertThat(data.tree().partition(new TreeCut.AtHeight(answer.height())).clusterOfLeaf())
                        .isEqualTo(data.dendrogram().cutIntoClusters(k).clusterOfLeaf());
            } else {
                refused.add(k);
                assertThat(answer.fewer()).isLessThan(k);
                assertThat(answer.more()).isGreaterThan(k);
                assertThat(service.cutForClusters(data, answer.fewer()).exact()).isTrue();
                assertThat(service.cutForClusters(data, answer.more()).exact()).isTrue();
                assertThat(answer.explain()).contains("No cut height gives " + k + " clusters");
                // Undoing merges one by one would have given K by picking one of the tied merges at random.
                assertThat(data.dendrogram().cutIntoClusters(k).clusterCount()).isEqualTo(k);
            }
        }
        // The families join at distance 1 in one step: two clusters cannot be had, so the ties are really there.
        assertThat(refused).contains(2);
    }

    @Test
    void aCountBeyondTheTagsOrBelowOneIsRefusedWithTheBoundAsTheNearest() {
        ClusteredTags data = service.build(TiedFamilies.project(), TiedFamilies.SETTINGS);
        ClusterCountCut tooMany = service.cutForClusters(data, 100_000);
        assertThat(tooMany.exact()).isFalse();
        assertThat(tooMany.nearest()).isEqualTo(12);
        assertThat(tooMany.explain()).contains("No cut height gives 100000 clusters", "the tree has 12 tags");
        ClusterCountCut none = service.cutForClusters(data, 0);
        assertThat(none.exact()).isFalse();
        assertThat(none.nearest()).isEqualTo(1);
        assertThat(service.cutForClusters(data, 12).exact()).isTrue();
    }

    @Test
    void aSchemeOfKClustersIsCutWhereAHeightGivesKAndRefusedWhereNoneDoes() {
        ClusteredTags data = service.build(TiedFamilies.project(), TiedFamilies.SETTINGS);
        LabelScheme three = service.scheme("three", data.tree(), 3, List.of());
        assertThat(three.labels()).hasSize(3);
        assertThat(three.settings().cut()).isEqualTo(new TreeCut.AtHeight(service.cutForClusters(data, 3).height()));
        // two clusters sit inside a tie (the families join in one step): refused, not cut at a height giving one
        assertThatThrownBy(() -> service.scheme("two", data.tree(), 2, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No cut height gives 2 clusters");
    }

    @Test
    void anAppliedSchemeIsActiveAndRemembersItsCutAndEdits() {
        Project project = TiedFamilies.project();
        ClusteredTags data = service.build(project, TiedFamilies.SETTINGS);
        TreeCut cut = new TreeCut.AtHeight(service.cutForClusters(data, 3).height());
        List<LabelEdit> edits = List.of(LabelEdit.rename("rock", "Rock"));
        LabelScheme scheme = service.scheme("families", data.tree(), cut, edits);
        service.apply(project, scheme);

        LabelScheme active = service.activeScheme(project).orElseThrow();
        assertThat(active.name()).isEqualTo("families");
        assertThat(active.labels()).hasSize(3).contains("Rock");
        assertThat(active.edits()).isEqualTo(edits);
        assertThat(active.settings().clustering()).isEqualTo(TiedFamilies.SETTINGS);
        assertThat(active.settings().cut()).isEqualTo(cut);
        Partition again = data.tree().partition(active.settings().cut());
        assertThat(again.clusterOfLeaf()).isEqualTo(data.tree().partition(cut).clusterOfLeaf());
    }

    @Test
    void exportsWriteEveryTagAndEveryTrackWithItsLabel() throws Exception {
        Project project = TiedFamilies.project();
        ClusteredTags data = service.build(project, TiedFamilies.SETTINGS);
        LabelScheme scheme = service.scheme("families", data.tree(),
                new TreeCut.AtHeight(service.cutForClusters(data, 3).height()), List.of());
        Path tagsFile = dir.resolve("tags.csv");
        Path tracksFile = dir.resolve("tracks.csv");
        service.export(project, scheme, LabellingService.Export.TAG_LABELS, tagsFile);
        service.export(project, scheme, LabellingService.Export.TRACK_LABELS, tracksFile);

        List<String> tagLines = Files.readAllLines(tagsFile);
        assertThat(tagLines.get(0)).isEqualTo("tag,label");
        assertThat(tagLines).hasSize(13).contains("\"rock 1\"," + quoted(scheme.tagToLabel().get("rock 1")));
        List<String> trackLines = Files.readAllLines(tracksFile);
        assertThat(trackLines.get(0)).isEqualTo("track_id,name,labels");
        assertThat(trackLines).hasSize(19).contains("t-rap4,\"song of rap4\"," + quoted(scheme.tagToLabel().get("rap")));
    }

    /** Labels are named after tags, and a name with a space is quoted. */
    private static String quoted(String label) {
        return label.contains(" ") ? "\"" + label + "\"" : label;
    }
}
