package org.genreworkbench.ui.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.genreworkbench.cli.Cli;
import org.genreworkbench.labels.TiedFamilies;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.CurrentThreadExecutor;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.TestWorkbench;
import org.genreworkbench.workspace.WorkspaceReader;
import org.genreworkbench.workspace.WorkspaceWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cluster --clusters K} and the Labels tab's "Cut into K clusters" cut the same tree the same way,
 * also where merges of equal height make some K unreachable: both give the same labels, or both refuse.
 */
class ClusterCommandAgreementTest {
    @TempDir
    Path dir;

    @Test
    void theCommandAndTheTabGiveTheSameLabelsForEveryCountOnATreeWithTiedMerges() throws Exception {
        Path workspace = dir.resolve("tied.gwb");
        new WorkspaceWriter().save(TiedFamilies.project(), workspace);
        LabelsViewModel tab = new LabelsViewModel(TestWorkbench.context(new WorkspaceReader().open(workspace),
                new CurrentThreadExecutor(), new ScriptedDialogs(), dir.resolve("settings")));
        tab.minSupportProperty().set(TiedFamilies.SETTINGS.minSupport());
        tab.distanceProperty().set(TiedFamilies.SETTINGS.distance());
        tab.linkageProperty().set(TiedFamilies.SETTINGS.linkage());
        tab.buildTree();
        int tags = tab.treeProperty().get().incidence().tagCount();
        int refused = 0;
        for (int k = 1; k <= tags; k++) {
            String name = "k" + k;
            int code = Cli.run("cluster", workspace.toString(), "--min-support", "2", "--distance", "jaccard",
                    "--linkage", "average", "--clusters", Integer.toString(k), "--save", name);
            tab.cutIntoClusters(k);
            Project saved = new WorkspaceReader().open(workspace);
            if (tab.unreachableProperty().get() != null) {
                refused++;
                assertThat(code).as("exit code of --clusters %d, which the tab refuses", k).isEqualTo(1);
                assertThat(saved.labelSchemes()).extracting(LabelScheme::name).doesNotContain(name);
                continue;
            }
            assertThat(code).as("exit code of --clusters %d", k).isZero();
            tab.schemeNameProperty().set(name);
            LabelScheme fromTab = tab.apply();
            LabelScheme fromCommand = saved.labelSchemes().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
            assertThat(fromTab.labels()).as("labels for %d clusters", k).hasSize(k);
            assertThat(fromCommand.tagToLabel()).as("tags and labels for %d clusters", k).isEqualTo(fromTab.tagToLabel());
            assertThat(fromCommand.settings()).isEqualTo(fromTab.settings());
        }
        assertThat(refused).as("counts no height gives on this tree").isPositive();
    }
}
