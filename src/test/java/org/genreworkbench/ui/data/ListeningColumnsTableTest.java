package org.genreworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.genreworkbench.app.GenreWorkbenchApp;
import org.genreworkbench.ingest.spotify.ListenedTracks;
import org.genreworkbench.model.Listening;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.Track;
import org.genreworkbench.settings.AppSettings;
import org.genreworkbench.ui.CutText;
import org.genreworkbench.ui.MainWindow;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the 1280×800 window: tracks from a listener's own Spotify data show their plays and time played in the
 * Data table, whole and readable; other tracks leave both empty and sort after them. A track's length reads as
 * players show it.
 */
@ExtendWith(ApplicationExtension.class)
class ListeningColumnsTableTest {
    @TempDir
    static Path config;
    @TempDir
    Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = GenreWorkbenchApp.createWindow(stage, AppSettings.load(config), new ScriptedDialogs());
    }

    @Test
    void playsAndTimePlayedAreShownReadablyAndSort(FxRobot robot) throws Exception {
        Project project = ListenedTracks.imported(dir);
        project.putTracks(List.of(
                new Track("long", "Played For Hours", "An Album", null, null, null, null, List.of(), null, Source.FILE,
                        null, new Listening(1_234, 43_530_000, List.of("Streaming_History_Audio_2024.json"))),
                new Track("unplayed", "Never Played", "An Album", null, null, null, null, List.of(), null, Source.FILE,
                        null)));
        robot.interact(() -> window.commands().context().session().replace(project, null));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<TrackRow> table = robot.lookup("#tracks-table").queryTableView();
        assertThat(window.getScene().getWidth()).isEqualTo(1280);

        Map<String, String> plays = DataTableCells.shown(robot, table, "Plays");
        Map<String, String> time = DataTableCells.shown(robot, table, "Time played");
        assertThat(plays).containsEntry("Track 1", "2").containsEntry("Unlisted Song", "1")
                .containsEntry("Played For Hours", "1,234").containsEntry("Never Played", "");
        assertThat(time).containsEntry("Track 1", "2 min").containsEntry("Track 5", "10 min")
                .containsEntry("Played For Hours", "12 h 5 min").containsEntry("Never Played", "");
        assertThat(CutText.withoutTooltip(table)).isEmpty();
        Screenshots.save(robot, window.getScene(), "data-listening-columns");

        robot.clickOn(DataTableCells.header(robot, table, "Time played"));
        WaitForAsyncUtils.waitForFxEvents();
        List<Long> ms = table.getItems().stream().map(TrackRow::msPlayed).toList();
        assertThat(ms.subList(0, ms.size() - 1)).isSorted().doesNotContainNull();
        assertThat(ms.get(0)).isEqualTo(120_000L);
        assertThat(table.getItems()).extracting(TrackRow::name).endsWith("Played For Hours", "Never Played");
        robot.clickOn(DataTableCells.header(robot, table, "Plays"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems().get(table.getItems().size() - 2).name()).isEqualTo("Played For Hours");
        assertThat(table.getItems().get(0).name()).isEqualTo("Unlisted Song");
    }

    @Test
    void aTracksDurationIsShownAsMinutesAndSecondsAndSorts(FxRobot robot) throws Exception {
        Project project = new Project();
        project.putTracks(List.of(
                new Track("short", "Short One", null, null, 95_400, null, null, List.of(), null, Source.FILE, null),
                new Track("long", "Long One", null, null, 3_725_000, null, null, List.of(), null, Source.FILE, null),
                new Track("unknown", "Unknown Length", null, null, null, null, null, List.of(), null, Source.FILE,
                        null)));
        robot.interact(() -> window.commands().context().session().replace(project, null));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<TrackRow> table = robot.lookup("#tracks-table").queryTableView();

        assertThat(DataTableCells.shown(robot, table, "Duration")).containsEntry("Short One", "1:35")
                .containsEntry("Long One", "1:02:05").containsEntry("Unknown Length", "");
        assertThat(CutText.withoutTooltip(table)).isEmpty();
        robot.clickOn(DataTableCells.header(robot, table, "Duration"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(TrackRow::name).containsExactly("Short One", "Long One", "Unknown Length");
    }
}
