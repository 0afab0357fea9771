package org.genreworkbench.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.ClusteringSettings;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Linkage;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.TagDistance;
import org.genreworkbench.model.Track;
import org.genreworkbench.model.TreeCut;
import org.genreworkbench.workspace.WorkspaceReader;
import org.genreworkbench.workspace.WorkspaceWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tags of two clear families (rock, rap) and one rare tag, clustered, edited and applied to tracks. */
class ClustersTest {
    private Project project;
    private TagTree tree;

    @BeforeEach
    void twoFamilies() {
        project = new Project();
        project.putArtists(List.of(
                artist("a1", "rock", "album rock"), artist("a2", "rock", "album rock", "hard rock"),
                artist("a3", "rock", "hard rock"), artist("a4", "rap", "trap"), artist("a5", "rap", "trap", "drill"),
                artist("a6", "rap", "drill"), artist("a7", "polka")));
        project.putTracks(List.of(track("t1", "a1"), track("t2", "a4"), track("t3", "a2", "a5"), track("t4", "a7")));
        tree = TagTree.build(project.artists().values(), new ClusteringSettings(2, TagDistance.JACCARD, Linkage.AVERAGE));
    }

    @Test
    void rareTagsAreSetAsideAndCounted() {
        assertThat(tree.incidence().tags()).containsExactly("album rock", "drill", "hard rock", "rap", "rock", "trap");
        assertThat(tree.incidence().setAsideCount()).isEqualTo(1);
    }

    @Test
    void twoClustersFollowTheFamiliesAndAreNamedByTheirCommonestTags() {
        Clusters clusters = Clusters.of(tree.incidence(), tree.dendrogram().cutIntoClusters(2), List.of());
        assertThat(clusters.names()).containsExactlyInAnyOrder("rock / album rock", "rap / drill");
        assertThat(clusters.tagToLabel()).containsEntry("hard rock", "rock / album rock").containsEntry("trap", "rap / drill");
    }

    @Test
    void theBalanceCountsLabelsPerTrack() {
        Clusters clusters = Clusters.of(tree.incidence(), tree.dendrogram().cutIntoClusters(2), List.of());
        LabelBalance balance = LabelBalance.of(TrackTags.of(project, tree.incidence()), clusters);
        // t1 rock, t2 rap, t3 both, t4 polka only (set aside): 4 labels over 4 tracks.
        assertThat(balance.cardinality()).isCloseTo(1.0, within(1e-9));
        assertThat(balance.density()).isCloseTo(0.5, within(1e-9));
        assertThat(balance.unlabelledTracks()).isEqualTo(1);
        assertThat(balance.trackCounts()).containsExactlyInAnyOrder(2, 2);
        assertThat(balance.largestShare()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void editsRenameMergeMoveAndExcludeInOrder() {
        Partition two = tree.dendrogram().cutIntoClusters(2);
        Clusters renamed = Clusters.of(tree.incidence(), two, List.of(LabelEdit.rename("trap", "Hip hop")));
        assertThat(renamed.names()).contains("Hip hop");

        Clusters moved = Clusters.of(tree.incidence(), two, List.of(LabelEdit.move("drill", "rock")));
        assertThat(moved.tagToLabel().get("drill")).isEqualTo(moved.tagToLabel().get("rock"));

        Clusters merged = Clusters.of(tree.incidence(), two, List.of(LabelEdit.merge("trap", "rock")));
        assertThat(merged.count()).isEqualTo(1);

        Clusters excluded = Clusters.of(tree.incidence(), two,
                List.of(LabelEdit.excludeTag("hard rock"), LabelEdit.excludeCluster("rap")));
        assertThat(excluded.tagToLabel()).containsOnlyKeys("album rock", "rock");
    }

    @Test
    void editsAboutTagsThatAreGoneAreCountedAsStale() {
        Clusters clusters = Clusters.of(tree.incidence(), tree.dendrogram().cutIntoClusters(2),
                List.of(LabelEdit.rename("polka", "Polka"), LabelEdit.excludeTag("rock"), LabelEdit.move("album rock", "rock")));
        assertThat(clusters.staleEdits()).isEqualTo(2);
    }

    @Test
    void aSchemeWithItsEditsSurvivesAWorkspaceRoundTripAndLabelsTracks(@TempDir Path dir) throws Exception {
        LabelScheme scheme = new LabellingService().scheme("families", tree, 2, List.of(LabelEdit.rename("rock", "Rock")));
        project.putLabelScheme(scheme);
        project.setActiveLabelScheme("families");
        Path file = dir.resolve("labels.gwb");
        new WorkspaceWriter().save(project, file);

        Project loaded = new WorkspaceReader().open(file);
        LabelScheme back = loaded.labelSchemes().get(0);
        assertThat(back).isEqualTo(scheme);
        assertThat(loaded.activeLabelScheme()).isEqualTo("families");
        assertThat(back.settings().clustering()).isEqualTo(tree.settings());
        assertThat(back.settings().cut()).isEqualTo(new TreeCut.AtHeight(tree.dendrogram().cutForClusters(2).height()));
        assertThat(back.settings().clusters()).isEqualTo(2);
        assertThat(back.labelsOf(loaded.track("t3"), loaded)).containsExactlyInAnyOrder("Rock", "rap / drill");
        assertThat(back.labelsOf(loaded.track("t4"), loaded)).isEmpty();
    }

    private static Artist artist(String id, String... tags) {
        return new Artist(id, id, List.of(tags), null, null, Source.FILE, Source.FILE);
    }

    private static Track track(String id, String... artists) {
        return new Track(id, id, null, null, null, null, null, List.of(artists), null, Source.FILE, null);
    }
}
