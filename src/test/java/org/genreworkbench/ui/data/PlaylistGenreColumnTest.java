package org.genreworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.genreworkbench.app.GenreWorkbenchApp;
import org.genreworkbench.model.Playlist;
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
 * In the 1280×800 window: the Data table shows each track's playlist genre (the Models tab's playlist-genre
 * target) beside its artists, the first playlist's with a genre when several hold it; the column is there only
 * when some playlist has a genre.
 */
@ExtendWith(ApplicationExtension.class)
class PlaylistGenreColumnTest {
    @TempDir
    static Path config;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = GenreWorkbenchApp.createWindow(stage, AppSettings.load(config), new ScriptedDialogs());
    }

    @Test
    void eachTracksPlaylistGenreIsShownAndSortsWithTracksInNoneLast(FxRobot robot) throws Exception {
        Project project = new Project();
        project.putTracks(List.of(track("t1", "Both Lists"), track("t2", "Pop Only"), track("t3", "In No List"),
                track("t4", "Untagged List")));
        project.putPlaylists(List.of(
                new Playlist("p1", "Guitars", null, "rock", null, List.of("t1"), List.of(), Source.FILE),
                new Playlist("p2", "Hits", null, "pop", null, List.of("t2", "t1"), List.of(), Source.FILE),
                new Playlist("p3", "Mixed", null, null, null, List.of("t4"), List.of(), Source.FILE)));
        robot.interact(() -> window.commands().context().session().replace(project, null));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<TrackRow> table = robot.lookup("#tracks-table").queryTableView();
        assertThat(window.getScene().getWidth()).isEqualTo(1280);

        assertThat(DataTableCells.shown(robot, table, "Playlist genre")).containsEntry("Both Lists", "rock")
                .containsEntry("Pop Only", "pop").containsEntry("In No List", "").containsEntry("Untagged List", "");
        assertThat(CutText.withoutTooltip(table)).isEmpty();
        Screenshots.save(robot, window.getScene(), "data-playlist-genre");
        robot.clickOn(DataTableCells.header(robot, table, "Playlist genre"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(TrackRow::playlistGenre).containsExactly("pop", "rock", null, null);

        // a workspace whose playlists have no genre has no such column
        Project untagged = new Project();
        untagged.putTracks(List.of(track("t4", "Untagged List")));
        untagged.putPlaylists(List.of(new Playlist("p3", "Mixed", null, null, null, List.of("t4"), List.of(),
                Source.FILE)));
        robot.interact(() -> window.commands().context().session().replace(untagged, null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getColumns().stream().filter(c -> c.getText().equals("Playlist genre"))
                .map(TableColumn::isVisible)).containsExactly(false);
    }

    private static Track track(String id, String name) {
        return new Track(id, name, null, null, null, null, null, List.of(), null, Source.FILE, null);
    }
}
