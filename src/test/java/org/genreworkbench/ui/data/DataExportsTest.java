package org.genreworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.task.CurrentThreadExecutor;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.TestWorkbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain JUnit: the Data tab's exports, asked and written as the window does. */
class DataExportsTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Test
    void theUserChoosesTheTargetAndTheArffAndCsvAreWrittenAndNamed() throws Exception {
        Project project = SampleGenerator.generate(new SampleSpec(2, 300, 100, 40));
        Map<String, String> tagToLabel = new HashMap<>();
        project.artists().values().stream().map(Artist::genres).flatMap(List::stream)
                .forEach(t -> tagToLabel.put(t, t.length() % 2 == 0 ? "even" : "odd"));
        project.putLabelScheme(new LabelScheme("parity", LabelScheme.Settings.UNKNOWN, tagToLabel));
        project.setActiveLabelScheme("parity");
        DataExports exports = new DataExports(TestWorkbench.context(project, new CurrentThreadExecutor(), dialogs, dir));

        dialogs.choices.add(DataExports.MULTI);
        dialogs.filesToSave.add(dir.resolve("parity"));
        exports.exportArff();
        assertThat(dialogs.errors).isEmpty();
        assertThat(Files.readAllLines(dir.resolve("parity.arff"))).contains("@relation 'parity: -C 2'");
        assertThat(dialogs.infos).last().asString().contains("2 labels (MEKA)").contains(dir.resolve("parity.arff").toString());

        dialogs.filesToSave.add(dir.resolve("three.csv"));
        List<String> ids = project.tracks().keySet().stream().limit(3).toList();
        exports.exportCsv(ids);
        assertThat(Files.readAllLines(dir.resolve("three.csv"))).hasSize(4);
        assertThat(dialogs.infos).last().asString().startsWith("Exported: Wrote 3 tracks to ");
    }
}
