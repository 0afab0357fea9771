package org.genreworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Source;
import org.genreworkbench.model.Track;
import org.genreworkbench.task.CurrentThreadExecutor;
import org.genreworkbench.task.QueuedExecutor;
import org.genreworkbench.workspace.WorkspaceWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a workspace while a large one is open: two large ones may not fit in the memory the window has, so a
 * large one whose file holds all of it is let go of first, and read again from its file when the other fails.
 */
class OpeningOverALargeWorkspaceTest {
    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Integer> tracksShown = new ArrayList<>();
    private WorkspaceCommands commands;
    private Path large;

    @BeforeEach
    void openALargeWorkspace() throws Exception {
        large = dir.resolve("large.gwb");
        new WorkspaceWriter().save(tracks(LargeWorkspaces.TRACKS), large);
        WorkbenchContext context = TestWorkbench.context(new Project(), new CurrentThreadExecutor(), dialogs,
                dir.resolve("settings"));
        commands = new WorkspaceCommands(context);
        commands.load(large);
        assertThat(session().project().tracks()).hasSize(LargeWorkspaces.TRACKS);
        session().projectProperty().addListener((obs, old, now) -> tracksShown.add(now.tracks().size()));
    }

    @Test
    void aLargeSavedWorkspaceIsLetGoOfBeforeAnotherIsRead() throws Exception {
        Path small = dir.resolve("small.gwb");
        new WorkspaceWriter().save(tracks(3), small);

        commands.load(small);

        assertThat(tracksShown).containsExactly(0, 3);
        assertThat(session().file()).contains(small);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void whenTheOtherFailsToOpenTheLargeOneIsReadAgainFromItsFileAndTheErrorSaysSo() throws Exception {
        Path broken = dir.resolve("broken.gwb");
        Files.writeString(broken, "not a zip");

        commands.load(broken);

        assertThat(tracksShown).containsExactly(0, LargeWorkspaces.TRACKS);
        assertThat(session().file()).contains(large);
        assertThat(session().isDirty()).isFalse();
        assertThat(commands.busyProperty().get()).isFalse();
        assertThat(session().openingProperty().get()).isNull();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Could not open the workspace: ")
                .contains("broken.gwb").endsWith("\n\nlarge.gwb, open before, is read again from its file.");
    }

    @Test
    void theWindowStaysBusyWhileTheLargeOneIsReadAgain() throws Exception {
        QueuedExecutor worker = new QueuedExecutor();
        WorkbenchContext context = TestWorkbench.context(new Project(), worker, dialogs, dir.resolve("settings"));
        WorkspaceCommands later = new WorkspaceCommands(context);
        later.load(large);
        worker.runAll();
        Path broken = dir.resolve("broken.gwb");
        Files.writeString(broken, "not a zip");

        later.load(broken);
        worker.runNext();

        assertThat(later.busyProperty().get()).isTrue();
        assertThat(context.session().openingProperty().get()).isEqualTo(large);
        assertThat(context.session().titleProperty().get()).isEqualTo("Opening large.gwb — Genre Workbench");
        worker.runNext();
        assertThat(later.busyProperty().get()).isFalse();
        assertThat(context.session().openingProperty().get()).isNull();
        assertThat(context.session().project().tracks()).hasSize(LargeWorkspaces.TRACKS);
    }

    @Test
    void aLargeWorkspaceWithUnsavedChangesIsKeptWhileAnotherIsRead() throws Exception {
        session().project().putTracks(List.of(track("unsaved")));
        tracksShown.clear();
        Path broken = dir.resolve("broken.gwb");
        Files.writeString(broken, "not a zip");

        commands.load(broken);

        assertThat(tracksShown).isEmpty();
        assertThat(session().project().tracks()).containsKey("unsaved");
        assertThat(dialogs.errors).singleElement().asString().doesNotContain("open before");
    }

    private WorkspaceSession session() {
        return commands.context().session();
    }

    private static Project tracks(int count) {
        Project project = new Project();
        project.putArtists(List.of(new Artist("a1", "Nina Simone", List.of("soul"), 1L, 70, Source.FILE, Source.FILE)));
        List<Track> tracks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tracks.add(track("t" + i));
        }
        project.putTracks(tracks);
        return project;
    }

    private static Track track(String id) {
        return new Track(id, "Song " + id, null, null, null, null, null, List.of("a1"), null, Source.FILE, null);
    }
}
