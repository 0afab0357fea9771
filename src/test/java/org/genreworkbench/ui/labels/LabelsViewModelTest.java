package org.genreworkbench.ui.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.genreworkbench.labels.BranchCuts;
import org.genreworkbench.labels.Clusters;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.model.Linkage;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.TreeCut;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.task.CurrentThreadExecutor;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.TestWorkbench;
import org.genreworkbench.ui.WorkbenchContext;
import org.genreworkbench.workspace.WorkspaceReader;
import org.genreworkbench.workspace.WorkspaceWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain JUnit: the Labels tab's logic without any window, background work run on the spot. */
class LabelsViewModelTest {
    @TempDir
    Path settings;
    private WorkbenchContext context;
    private LabelsViewModel viewModel;

    @BeforeEach
    void sample() {
        Project project = SampleGenerator.generate(new SampleSpec(3, 2_000, 600, 200));
        context = TestWorkbench.context(project, new CurrentThreadExecutor(), new ScriptedDialogs(), settings);
        viewModel = new LabelsViewModel(context);
        viewModel.buildTree();
    }

    @Test
    void buildingTheTreeCutsItIntoTwelveClustersFirst() {
        assertThat(viewModel.treeProperty().get()).isNotNull();
        assertThat(viewModel.clustersProperty().get().count()).isEqualTo(12);
        assertThat(viewModel.balanceProperty().get().clusters()).isEqualTo(12);
        assertThat(viewModel.statusProperty().get()).contains("tags clustered");
    }

    @Test
    void movingTheCutChangesTheClustersAndTheBalance() {
        double before = viewModel.balanceProperty().get().cardinality();
        viewModel.cutIntoClusters(3);
        assertThat(viewModel.clustersProperty().get().count()).isEqualTo(3);
        assertThat(viewModel.balanceProperty().get().cardinality()).isNotEqualTo(before);
        viewModel.cutHeightProperty().set(0);
        assertThat(viewModel.clustersProperty().get().count()).isEqualTo(viewModel.treeProperty().get().incidence().tagCount());
    }

    @Test
    void editsApplyAndUndoInOrder() {
        int before = viewModel.clustersProperty().get().count();
        viewModel.merge(List.of(0, 1));
        assertThat(viewModel.clustersProperty().get().count()).isEqualTo(before - 1);
        viewModel.rename(0, "Big one");
        assertThat(viewModel.clustersProperty().get().names()).contains("Big one");
        viewModel.undo();
        assertThat(viewModel.clustersProperty().get().names()).doesNotContain("Big one");
        viewModel.undo();
        assertThat(viewModel.clustersProperty().get().count()).isEqualTo(before);
    }

    @Test
    void applyingSavesTheSchemeWithItsEditsAndActivatesIt() {
        viewModel.rename(0, "First");
        viewModel.schemeNameProperty().set("twelve");
        viewModel.apply();
        Project project = context.session().project();
        assertThat(project.activeLabelScheme()).isEqualTo("twelve");
        var scheme = project.labelSchemes().get(0);
        assertThat(scheme.edits()).containsExactly(LabelEdit.rename(viewModel.clustersProperty().get().tagsOf(0).get(0), "First"));
        assertThat(scheme.labels()).contains("First").hasSize(12);
        long labelled = project.tracks().values().stream().filter(t -> !scheme.labelsOf(t, project).isEmpty()).count();
        assertThat(labelled).isEqualTo(project.tracks().size() - viewModel.balanceProperty().get().unlabelledTracks());
    }

    @Test
    void rebuildingWithTheActiveSchemesSettingsRestoresItsCutAndEdits() {
        viewModel.cutIntoClusters(5);
        viewModel.exclude(List.of(4));
        viewModel.schemeNameProperty().set("five");
        viewModel.apply();
        LabelsViewModel again = new LabelsViewModel(context);
        assertThat(again.edits()).hasSize(1);
        assertThat(again.clustersProperty().get().count()).isEqualTo(4);
    }

    @Test
    void reopeningAWorkspaceRestoresTheActiveSchemesTreeCutEditsAndName() throws Exception {
        viewModel.linkageProperty().set(Linkage.WARD);
        viewModel.buildTree();
        viewModel.cutIntoClusters(6);
        double cut = viewModel.cutHeightProperty().get();
        viewModel.rename(2, "Third");
        viewModel.exclude(List.of(5));
        viewModel.schemeNameProperty().set("six by Ward");
        viewModel.apply();
        Path file = settings.resolve("saved.gwb");
        new WorkspaceWriter().save(context.session().project(), file);

        context.session().replace(new Project(), null);
        assertThat(viewModel.treeProperty().get()).isNull();
        assertThat(viewModel.schemeNameProperty().get()).isEmpty();
        viewModel.linkageProperty().set(Linkage.AVERAGE);

        context.session().replace(new WorkspaceReader().open(file), file);
        assertThat(viewModel.treeProperty().get()).isNotNull();
        assertThat(viewModel.linkageProperty().get()).isEqualTo(Linkage.WARD);
        assertThat(viewModel.cutHeightProperty().get()).isCloseTo(cut, within(1e-6));
        assertThat(viewModel.edits()).hasSize(2);
        assertThat(viewModel.clustersProperty().get().count()).isEqualTo(5);
        assertThat(viewModel.clustersProperty().get().names()).contains("Third");
        assertThat(viewModel.schemeNameProperty().get()).isEqualTo("six by Ward");
        assertThat(viewModel.statusProperty().get()).contains("restored the scheme 'six by Ward'");
    }

    @Test
    void mergingKeepsANameGivenBeforeToEitherCluster() {
        viewModel.rename(1, "Mine");
        String tagOfRenamed = viewModel.clustersProperty().get().tagsOf(1).get(0);
        viewModel.merge(List.of(0, 1));
        Clusters after = viewModel.clustersProperty().get();
        assertThat(after.names()).contains("Mine");
        assertThat(after.tagToLabel().get(tagOfRenamed)).isEqualTo("Mine");
    }

    @Test
    void mergingSeveralSelectedClustersJoinsExactlyThose() {
        Clusters before = viewModel.clustersProperty().get();
        String a = before.tagsOf(0).get(0);
        String b = before.tagsOf(3).get(0);
        String c = before.tagsOf(7).get(0);
        String untouched = before.tagsOf(5).get(0);
        viewModel.merge(List.of(0, 3, 7));
        Clusters after = viewModel.clustersProperty().get();
        assertThat(after.count()).isEqualTo(before.count() - 2);
        assertThat(after.tagToLabel().get(b)).isEqualTo(after.tagToLabel().get(a));
        assertThat(after.tagToLabel().get(c)).isEqualTo(after.tagToLabel().get(a));
        assertThat(after.tagToLabel().get(untouched)).isNotEqualTo(after.tagToLabel().get(a));
    }

    @Test
    void aClusterCountNoHeightGivesIsRefusedWithTheNearestOnesOffered() {
        // Three families that never share an artist: average linkage joins them all at distance 1 at once.
        Project islands = new Project();
        List<Artist> artists = new java.util.ArrayList<>();
        for (String family : List.of("rock", "rap", "folk")) {
            for (int a = 0; a < 6; a++) {
                artists.add(new Artist(family + a, null, List.of(family, family + " " + (a % 3)), null, null, null, null));
            }
        }
        islands.putArtists(artists);
        context.session().replace(islands, null);
        viewModel.minSupportProperty().set(2);
        viewModel.buildTree();
        viewModel.cutIntoClusters(3);
        assertThat(viewModel.clustersProperty().get().count()).isEqualTo(3);
        double threeCut = viewModel.cutHeightProperty().get();

        viewModel.cutIntoClusters(2);
        assertThat(viewModel.cutHeightProperty().get()).isEqualTo(threeCut);
        assertThat(viewModel.clustersProperty().get().count()).isEqualTo(3);
        assertThat(viewModel.unreachableProperty().get().fewer()).isEqualTo(1);
        assertThat(viewModel.unreachableProperty().get().more()).isEqualTo(3);
        assertThat(viewModel.unreachableProperty().get().nearest()).isEqualTo(3);
        assertThat(viewModel.statusProperty().get()).contains("No cut height gives 2 clusters").contains("3 clusters to 1");

        viewModel.cutIntoClusters(viewModel.unreachableProperty().get().nearest());
        assertThat(viewModel.unreachableProperty().get()).isNull();
    }

    @Test
    void theBalanceAdviceNeverSuggestsTheLinkageInUse() {
        viewModel.linkageProperty().set(Linkage.WARD);
        viewModel.buildTree();
        viewModel.cutIntoClusters(2);
        assertThat(viewModel.balanceProperty().get().largestShare()).isGreaterThan(0.5);
        assertThat(viewModel.warningProperty().get()).contains("split its branch").doesNotContain("Ward");
        viewModel.linkageProperty().set(Linkage.AVERAGE);
        viewModel.buildTree();
        viewModel.cutIntoClusters(2);
        assertThat(viewModel.warningProperty().get()).contains("complete or Ward linkage");
    }

    /** The highest merge inside a cluster of at least two tags: where a click splits that cluster. */
    private int mergeInsideACluster() {
        var d = viewModel.treeProperty().get().dendrogram();
        int[] ofNode = BranchCuts.clusterOfNode(d, viewModel.clustersProperty().get().clusterOfTag());
        for (int m = d.mergeCount() - 1; m >= 0; m--) {
            if (ofNode[d.leafCount() + m] >= 0) {
                return m;
            }
        }
        throw new AssertionError("no cluster of two tags");
    }

    @Test
    void branchSplitsAndJoinsUndoAndReplayAfterReopening() throws Exception {
        int before = viewModel.clustersProperty().get().count();
        int merge = mergeInsideACluster();
        viewModel.splitBranch(merge);
        assertThat(viewModel.edits()).hasSize(1);
        assertThat(viewModel.edits().get(0).kind()).isEqualTo(LabelEdit.Kind.SPLIT_BRANCH);
        assertThat(viewModel.clustersProperty().get().count()).isEqualTo(before + 1);
        viewModel.undo();
        assertThat(viewModel.clustersProperty().get().count()).isEqualTo(before);

        viewModel.splitBranch(merge);
        viewModel.splitBranch(mergeInsideACluster());
        assertThat(viewModel.clustersProperty().get().count()).isEqualTo(before + 2);
        // Alt-click on the first split's half: it goes back into its parent branch.
        viewModel.joinBranch(merge);
        int afterJoin = viewModel.clustersProperty().get().count();
        assertThat(afterJoin).isLessThan(before + 2);
        int[] shape = viewModel.clustersProperty().get().clusterOfTag().clone();
        viewModel.schemeNameProperty().set("branches");
        viewModel.apply();
        Path file = settings.resolve("branches.gwb");
        new WorkspaceWriter().save(context.session().project(), file);

        context.session().replace(new WorkspaceReader().open(file), file);
        assertThat(viewModel.edits()).extracting(LabelEdit::kind)
                .containsExactly(LabelEdit.Kind.SPLIT_BRANCH, LabelEdit.Kind.SPLIT_BRANCH, LabelEdit.Kind.JOIN_BRANCH);
        assertThat(viewModel.clustersProperty().get().clusterOfTag()).isEqualTo(shape);
        assertThat(viewModel.clustersProperty().get().staleEdits()).isZero();
    }

    @Test
    void aHeightCutReplacesADynamicCutEvenAtTheHeightTheFieldLastHeld() {
        viewModel.cutIntoClusters(5);
        double height = viewModel.cutHeightProperty().get();
        viewModel.cutDynamically(new TreeCut.Dynamic(TreeCut.DynamicMethod.HYBRID, 5, 2));
        int dynamicClusters = viewModel.clustersProperty().get().count();
        assertThat(dynamicClusters).isNotEqualTo(5);

        assertThat(viewModel.statusProperty().get()).startsWith("Clusters from a dynamic");
        // an edit keeps the dynamic cut, and what the line says of it
        viewModel.rename(0, "First");
        assertThat(viewModel.statusProperty().get()).startsWith("Clusters from a dynamic");

        // "Cut into K clusters" with the count of the height cut before it: the same height, yet a new cut
        viewModel.edits().clear();
        viewModel.cutIntoClusters(5);
        assertThat(viewModel.baseCutProperty().get()).isEqualTo(new TreeCut.AtHeight(height));
        assertThat(viewModel.clustersProperty().get().count()).isEqualTo(5);
        // and the status line no longer speaks of the dynamic cut
        assertThat(viewModel.statusProperty().get())
                .isEqualTo(String.format(java.util.Locale.US, "Cut at height %.4f: 5 clusters.", height));

        viewModel.cutDynamically(new TreeCut.Dynamic(TreeCut.DynamicMethod.HYBRID, 5, 2));
        viewModel.cutAtHeight(height);
        assertThat(viewModel.baseCutProperty().get()).isEqualTo(new TreeCut.AtHeight(height));
        assertThat(viewModel.clustersProperty().get().count()).isEqualTo(5);
    }

    @Test
    void aDynamicCutIsKeptInTheSchemeAndComesBackOnOpen() throws Exception {
        viewModel.cutDynamically(new TreeCut.Dynamic(TreeCut.DynamicMethod.HYBRID, 5, 2));
        int[] shape = viewModel.clustersProperty().get().clusterOfTag().clone();
        viewModel.schemeNameProperty().set("dynamic");
        viewModel.apply();
        Path file = settings.resolve("dynamic.gwb");
        new WorkspaceWriter().save(context.session().project(), file);
        context.session().replace(new WorkspaceReader().open(file), file);
        assertThat(viewModel.baseCutProperty().get()).isEqualTo(new TreeCut.Dynamic(TreeCut.DynamicMethod.HYBRID, 5, 2));
        assertThat(viewModel.clustersProperty().get().clusterOfTag()).isEqualTo(shape);
        // Moving the line makes it a flat cut again.
        viewModel.cutIntoClusters(4);
        assertThat(viewModel.baseCutProperty().get()).isInstanceOf(TreeCut.AtHeight.class);
    }

    @Test
    void aSuggestionInUseIsTheCurrentCutAndStaysEditable() {
        viewModel.suggest(6, 9);
        assertThat(viewModel.suggestions()).isNotEmpty();
        assertThat(viewModel.searchingProperty().get()).isFalse();
        var best = viewModel.suggestions().get(0);
        viewModel.use(best);
        assertThat(viewModel.clustersProperty().get().count()).isEqualTo(best.balance().clusters());
        assertThat(viewModel.balanceProperty().get().trackCounts()).isEqualTo(best.balance().trackCounts());
        viewModel.rename(0, "Picked");
        assertThat(viewModel.clustersProperty().get().names()).contains("Picked");
        viewModel.undo();
        assertThat(viewModel.balanceProperty().get().trackCounts()).isEqualTo(best.balance().trackCounts());
    }

    @Test
    void thePredictabilityEstimateGivesEachLabelAnF1UntilTheClustersChange() {
        viewModel.cutIntoClusters(5);
        viewModel.estimatePredictability();
        var f1 = viewModel.labelF1Property().get();
        assertThat(f1.keySet()).containsExactlyInAnyOrderElementsOf(viewModel.clustersProperty().get().names());
        assertThat(f1.values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
        assertThat(viewModel.statusProperty().get()).contains("3-fold run of BR + LightGBM");
        viewModel.merge(List.of(0, 1));
        assertThat(viewModel.labelF1Property().get()).isEmpty();
        // the status line no longer speaks of an F1 the table stopped showing
        assertThat(viewModel.statusProperty().get()).doesNotContain("3-fold run").contains("How predictable?");
    }
}
