package org.genreworkbench.ui.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.genreworkbench.app.GenreWorkbenchApp;
import org.genreworkbench.labels.LabelSchemes;
import org.genreworkbench.labels.TagTree;
import org.genreworkbench.model.spec.DatasetSpec;
import org.genreworkbench.ml.ExperimentRunner;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.ClusteringSettings;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.model.Predictions;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.spec.Split;
import org.genreworkbench.settings.AppSettings;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.ui.CutText;
import org.genreworkbench.ui.MainWindow;
import org.genreworkbench.ui.Screenshots;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.data.DataTab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Predict as a person uses it, in the real window at 1280×800: the public tracks joined to their artists' tags,
 * labelled by eight clusters of tags (about 40 % of the tracks get no label), a comparison kept in the workspace;
 * Predict unlabelled with the chosen model fills the Data table's Predicted column, and nothing is cut.
 */
@ExtendWith(ApplicationExtension.class)
class PredictScreenTest {
    private static final Path DATA = Path.of(System.getProperty("genreworkbench.shared.dir", "../shared"),
            "data", "spotify-tracks");
    private static Project project;
    private static Experiment experiment;

    @TempDir
    static Path configDir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainWindow window;

    @BeforeAll
    static void publicTracksLabelledByTags() throws Exception {
        if (!Files.exists(DATA.resolve("spotify_songs.csv")) || !Files.exists(DATA.resolve("data_w_genres.csv"))) {
            return;
        }
        project = org.genreworkbench.labels.PublicTracks.load();
        TagTree tree = TagTree.build(project.artists().values(), ClusteringSettings.defaults());
        project.putLabelScheme(new org.genreworkbench.labels.LabellingService().scheme("twenty-four", tree, 24,
                List.<LabelEdit>of()));
        project.setActiveLabelScheme("twenty-four");
        ExperimentSpec spec = new ExperimentSpec("public tracks, tag clusters",
                new DatasetSpec("labelScheme", null, null, true, true, false, false), Split.kfold(3),
                List.of(new ModelSpec(null, "BR", "NaiveBayes", "", "", "PCut1")), 1);
        experiment = new ExperimentRunner().run(project, spec, TaskContext.silent());
        project.putExperiment(experiment);
    }

    @Start
    void start(Stage stage) {
        window = GenreWorkbenchApp.createWindow(stage, AppSettings.load(configDir), dialogs);
    }

    @Test
    void predictFillsTheDataTablesPredictedColumnAndTheStatusBarNamesTheHeldModel(FxRobot robot) throws Exception {
        assumeTrue(project != null, "needs ../shared/data/spotify-tracks/spotify_songs.csv and data_w_genres.csv");
        TabPane tabs = robot.lookup(".tab-pane").query();
        ModelsTab models = (ModelsTab) tabs.getTabs().stream().filter(t -> t instanceof ModelsTab).findFirst().orElseThrow();
        DataTab data = (DataTab) tabs.getTabs().stream().filter(t -> t instanceof DataTab).findFirst().orElseThrow();
        robot.interact(() -> {
            window.commands().context().session().replace(project, null);
            tabs.getSelectionModel().select(models);
            models.viewModel().show(experiment);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(models.getContent().getScene().getWidth()).isEqualTo(1280);
        assertThat(exportItem(robot, "models-export-predictions").isDisable()).isTrue();

        robot.clickOn("#models-predict");
        var held = window.commands().context().session().held();
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> held.predictionsProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        Predictions predictions = held.predictionsProperty().get();
        double share = (predictions.tracks().size() + predictions.withoutFeatures()) / (double) project.tracks().size();
        assertThat(share).as("share of the public tracks without a label").isBetween(0.3, 0.5);
        assertThat(predictions.labels()).as("labels of the scheme").hasSizeGreaterThan(2);
        assertThat(java.util.Arrays.stream(predictions.labelCounts()).filter(n -> n > 0).count())
                .as("labels predicted at least once").isGreaterThan(1);
        Label status = robot.lookup("#status-models").queryAs(Label.class);
        assertThat(status.isVisible()).isTrue();
        assertThat(status.getText()).matches("models held: 1 refit, (~[0-9.]+|<0\\.1) MB");
        assertThat(exportItem(robot, "models-export-predictions").isDisable()).isFalse();
        assertThat(exportItem(robot, "models-save-predictions").isDisable()).isFalse();
        List<String> cut = new ArrayList<>(CutText.in((Parent) models.getContent()));
        Screenshots.save(robot, models.getContent().getScene(), "models-predicted-public-tracks");

        robot.interact(() -> tabs.getSelectionModel().select(data));
        TableView<org.genreworkbench.ui.data.TrackRow> table = robot.lookup("#tracks-table").queryTableView();
        TableColumn<org.genreworkbench.ui.data.TrackRow, ?> column = table.getColumns().stream().filter(c -> "tracks-predicted".equals(c.getId()))
                .findFirst().orElseThrow();
        assertThat(column.isVisible()).isTrue();
        assertThat(column.getText()).isEqualTo("Predicted by BR + NaiveBayes");
        // Sorted by the column, predicted tracks come first, most confident on top.
        robot.interact(() -> {
            table.getSortOrder().setAll(List.of(column));
            table.scrollToColumn(column);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableColumn() == column).map(Labeled::getText).filter(t -> t != null).toList();
        assertThat(shown).isNotEmpty().allMatch(t -> t.matches("(.+ \\d\\.\\d\\d)(, .+ \\d\\.\\d\\d)*|none \\(best: .+ \\d\\.\\d\\d\\)"));
        cut.addAll(CutText.withoutTooltip((Parent) data.getContent()));
        Screenshots.save(robot, data.getContent().getScene(), "data-predicted-column-public-tracks");
        assertThat(cut).as("texts shown cut").isEmpty();
    }


    /** An item of the Models tab's Export menu, by id. */
    private static javafx.scene.control.MenuItem exportItem(FxRobot robot, String id) {
        javafx.scene.control.MenuButton export = robot.lookup("#models-export").queryAs(javafx.scene.control.MenuButton.class);
        return export.getItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }
}
