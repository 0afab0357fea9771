package org.genreworkbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.genreworkbench.explore.CrossTabulation;
import org.genreworkbench.explore.GroupSummaries;
import org.genreworkbench.explore.Grouping;
import org.genreworkbench.labels.PublicTracks;
import org.genreworkbench.model.Project;
import org.genreworkbench.ui.CutText;
import org.genreworkbench.ui.FxTaskExecutor;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.Screenshots;
import org.genreworkbench.ui.TestWorkbench;
import org.genreworkbench.ui.WorkbenchContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Groups view on the public tracks, headless at 1280×800: summaries, sorting, the cross-tab, export. */
@ExtendWith(ApplicationExtension.class)
class GroupsViewTest {
    @TempDir
    static Path settings;
    @TempDir
    Path dir;
    private static Project publicTracks;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private ExploreTab tab;

    @BeforeAll
    static void load() throws Exception {
        publicTracks = PublicTracks.load();
    }

    @Start
    void start(Stage stage) {
        WorkbenchContext context = TestWorkbench.context(publicTracks.snapshot(), executor, dialogs, settings);
        tab = new ExploreTab(context);
        stage.setScene(TestWorkbench.styled(new Scene(new TabPane(tab), 1280, 800)));
        stage.show();
        TabPane views = (TabPane) tab.getContent();
        views.getSelectionModel().select(views.getTabs().stream().filter(t -> t.getText().equals("Groups"))
                .findFirst().orElseThrow());
    }

    private GroupsViewModel model() {
        return tab.viewModel().groups();
    }

    @BeforeEach
    void waitForTheGroups() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model().summariesProperty().get() != null
                && model().crossTabProperty().get() != null && !model().computingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void playlistGenresShowTheirStatisticsAndSortByMean(FxRobot robot) throws Exception {
        TableView<GroupSummaries.Group> table = robot.lookup("#group-summary").queryTableView();
        assertThat(table.getItems()).extracting(GroupSummaries.Group::name)
                .containsExactlyInAnyOrder("edm", "latin", "pop", "r&b", "rap", "rock");
        assertThat(robot.lookup("#group-summary-note").queryLabeled().getText())
                .isEqualTo("Each track is in one group; 0 tracks in no group are left out.");
        // The first row's mean cell, as a person reads it: the feature's three decimals.
        GroupSummaries.Group first = table.getItems().get(0);
        assertThat(cellTexts(robot, table)).contains(String.format(java.util.Locale.US, "%.3f",
                first.of("danceability").mean()));

        robot.clickOn(robot.lookup("#group-summary .column-header").lookup(".label")
                .match(n -> "Mean".equals(((Labeled) n).getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> means = table.getItems().stream().map(g -> g.of("danceability").mean()).toList();
        assertThat(means).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(CutText.in(tab.getTabPane())).isEmpty();
        Screenshots.save(robot, table.getScene(), "explore-groups");
    }

    @Test
    void tagsAgainstPlaylistGenresAsRowProportionsExportAsCsv(FxRobot robot) throws Exception {
        assertThat(model().whyNoCrossTab()).hasValueSatisfying(s -> assertThat(s).contains("Labels tab"));
        robot.interact(() -> {
            model().rowsProperty().set(Grouping.Kind.TOP_TAGS);
            model().cellsProperty().set(CrossTabulation.Cells.ROW_PROPORTIONS);
        });
        waitForTheGroups();
        TableView<CrossTabulation.Row> table = robot.lookup("#group-crosstab").queryTableView();
        assertThat(table.getItems()).hasSize(GroupsViewModel.MAX_GROUPS + 1);
        assertThat(table.getColumns()).hasSize(1 + 6 + 1);
        assertThat(table.getItems().get(table.getItems().size() - 1).total()).isTrue();
        assertThat(CutText.in(tab.getTabPane())).isEmpty();
        Screenshots.save(robot, table.getScene(), "explore-groups-crosstab");

        Path file = dir.resolve("crosstab.csv");
        dialogs.filesToSave.add(file);
        robot.clickOn("#group-crosstab-export");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && executor.running().isEmpty());
        List<String> lines = Files.readAllLines(file);
        assertThat(dialogs.errors).isEmpty();
        assertThat(lines).hasSize(1 + GroupsViewModel.MAX_GROUPS + 1);
        assertThat(lines.get(0)).isEqualTo("[labels],edm,latin,pop,r&b,rap,rock,total");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.substring(line.lastIndexOf('"') + 1).split(",");
            double sum = 0;
            for (int i = cells.length - 7; i < cells.length - 1; i++) {
                sum += Double.parseDouble(cells[i]);
            }
            assertThat(sum).as(line).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    private static List<String> cellTexts(FxRobot robot, TableView<?> table) {
        List<String> texts = new ArrayList<>();
        robot.from(table).lookup(".table-cell").queryAllAs(Labeled.class).forEach(c -> texts.add(c.getText()));
        return texts;
    }
}
