package org.genreworkbench.ui.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.task.CurrentThreadExecutor;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.TestWorkbench;
import org.genreworkbench.ui.WorkbenchContext;
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
        viewModel.merge(1, 0);
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
        viewModel.apply("twelve");
        Project project = context.session().project();
        assertThat(project.activeLabelScheme()).isEqualTo("twelve");
        var scheme = project.labelSchemes().get(0);
        assertThat(scheme.edits()).containsExactly(LabelEdit.rename(viewModel.clustersProperty().get().tagsOf(0).get(0), "First"));
        assertThat(scheme.labels()).contains("First").hasSize(12);
        long labelled = project.tracks().values().stream().filter(t -> !scheme.labelsOf(t, project.artists()).isEmpty()).count();
        assertThat(labelled).isEqualTo(project.tracks().size() - viewModel.balanceProperty().get().unlabelledTracks());
    }

    @Test
    void rebuildingWithTheActiveSchemesSettingsRestoresItsCutAndEdits() {
        viewModel.cutIntoClusters(5);
        viewModel.excludeCluster(4);
        viewModel.apply("five");
        LabelsViewModel again = new LabelsViewModel(context);
        again.loadActiveScheme();
        again.buildTree();
        assertThat(again.edits()).hasSize(1);
        assertThat(again.clustersProperty().get().count()).isEqualTo(4);
    }
}
