package org.genreworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.genreworkbench.ingest.files.ColumnPreview;
import org.genreworkbench.ingest.files.ImportReport;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.task.CurrentThreadExecutor;
import org.genreworkbench.ui.CutText;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.Screenshots;
import org.genreworkbench.ui.TestWorkbench;
import org.genreworkbench.ui.WorkbenchContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Data tab and the import's dialogs as shown in a 1280×800 window: nothing cut, nothing to scroll sideways. */
@ExtendWith(ApplicationExtension.class)
class ImportScreensTest {
    private static final Path DATA = Path.of(System.getProperty("genreworkbench.shared.dir", "../shared"),
            "data", "spotify-tracks");
    @TempDir
    static Path settings;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Dialog<?>> open = new ArrayList<>();
    private Stage stage;
    private DataTab tab;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Project project = SampleGenerator.generate(new SampleSpec(4, 3_000, 900, 200));
        tab = new DataTab(TestWorkbench.context(project, new CurrentThreadExecutor(), dialogs, settings));
        stage.setScene(TestWorkbench.styled(new Scene(new TabPane(tab), 1280, 800)));
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> open.forEach(d -> {
            d.setResult(null);
            d.close();
        }));
    }

    @Test
    void cutNamesArtistsAndGenreTagsShowWholeInATooltip(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#tracks-table").queryTableView();
        List<String> cut = CutText.in(table);
        assertThat(cut).as("the sample has names and tag lists longer than their columns").isNotEmpty();
        assertThat(CutText.withoutTooltip(table)).isEmpty();
        Screenshots.save(robot, table.getScene(), "data-table");
    }

    @Test
    void theMappingDialogShowsSampleValuesWhole(FxRobot robot) throws Exception {
        Path file = Path.of(ImportScreensTest.class.getResource("/imports/artists-quoted-genres.csv").toURI());
        List<ColumnPreview> columns = ColumnPreview.of(file, Map.of());
        Dialog<?> dialog = show(robot, () -> ColumnMappingDialog.create(stage, file.getFileName().toString(), columns));

        String genres = "\"childrens music\", nursery";
        assertThat(columns.get(0).samples()).contains(genres);
        assertThat(robot.from(dialog.getDialogPane()).lookup((Label l) -> l.getText().contains(genres)).tryQuery())
                .isPresent();
        assertFits(dialog);
        Screenshots.save(robot, dialog.getDialogPane().getScene(), "import-mapping");
    }

    @Test
    void theReportOfSkippedRowsNeedsNoSidewaysScrolling(FxRobot robot) throws Exception {
        Path songs = Path.of(ImportScreensTest.class.getResource("/imports/songs.csv").toURI());
        Path bad = Path.of(ImportScreensTest.class.getResource("/imports/bad-rows.csv").toURI());
        Path wordy = Path.of(ImportScreensTest.class.getResource("/imports/long-bad-value.csv").toURI());
        ImportReport report = importReport(List.of(songs, bad, wordy));
        assertThat(report.problems()).hasSize(3);
        assertThat(report.problems().get(2).message()).hasSizeGreaterThan(150);

        Dialog<?> dialog = show(robot, () -> ImportReportDialog.create(stage, report));
        TableView<?> problems = robot.from(dialog.getDialogPane()).lookup("#import-problems").queryTableView();
        assertThat(problems.getItems()).hasSize(3);
        assertFits(dialog);
        Screenshots.save(robot, dialog.getDialogPane().getScene(), "import-report");
    }

    @Test
    void theReportOfTheRealFilesFitsTheWindow(FxRobot robot) throws Exception {
        Path songs = DATA.resolve("spotify_songs.csv");
        Path artists = DATA.resolve("data_w_genres.csv");
        assumeTrue(Files.exists(songs) && Files.exists(artists), "shared data not present");
        ImportReport report = importReport(List.of(songs, artists));
        assertThat(report.summary()).contains("Columns not read");

        Dialog<?> dialog = show(robot, () -> ImportReportDialog.create(stage, report));
        assertFits(dialog);
        Screenshots.save(robot, dialog.getDialogPane().getScene(), "import-report-real");
    }

    private ImportReport importReport(List<Path> files) {
        WorkbenchContext context = TestWorkbench.context(new Project(), new CurrentThreadExecutor(), dialogs, settings);
        ImportReport[] report = new ImportReport[1];
        new ImportViewModel(context).importFiles(files, Map.of(), r -> report[0] = r);
        assertThat(report[0].ok()).as(report[0].summary()).isTrue();
        return report[0];
    }

    private Dialog<?> show(FxRobot robot, java.util.function.Supplier<Dialog<?>> create) {
        Dialog<?>[] dialog = new Dialog<?>[1];
        robot.interact(() -> {
            dialog[0] = create.get();
            open.add(dialog[0]);
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return dialog[0];
    }

    /** Within the 1280×800 screen, no text cut, no horizontal scroll bar showing. */
    private static void assertFits(Dialog<?> dialog) {
        var pane = dialog.getDialogPane();
        assertThat(pane.getWidth()).isLessThanOrEqualTo(1280);
        assertThat(pane.getHeight()).isLessThanOrEqualTo(800);
        assertThat(CutText.in(pane)).isEmpty();
        for (Node n : pane.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                assertThat(bar.isVisible()).as("a horizontal scroll bar").isFalse();
            }
        }
    }
}
