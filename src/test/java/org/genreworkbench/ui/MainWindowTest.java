package org.genreworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.genreworkbench.app.GenreWorkbenchApp;
import org.genreworkbench.model.Project;
import org.genreworkbench.settings.AppSettings;
import org.genreworkbench.ui.data.TrackRow;
import org.genreworkbench.workspace.WorkspaceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: opens the sample workspace, shows its tracks, saves as and opens again. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final Path SAMPLE = Path.of("sample-data", "sample-workspace.gwb");

    @TempDir
    static Path configDir;
    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = GenreWorkbenchApp.createWindow(stage, AppSettings.load(configDir), dialogs);
    }

    @Test
    void opensTheSampleWorkspaceAndShowsItsTracks(FxRobot robot) throws Exception {
        robot.interact(() -> window.commands().load(SAMPLE));
        waitUntil(() -> session().file().isPresent());

        TableView<TrackRow> table = robot.lookup("#tracks-table").queryTableView();
        int expected = new WorkspaceReader().open(SAMPLE).tracks().size();
        assertThat(table.getItems()).hasSize(expected);
        assertThat(robot.lookup("#status-counts").queryLabeled().getText()).startsWith("5,000 tracks");
        assertThat(stage.getTitle()).isEqualTo("sample-workspace.gwb — Genre Workbench");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void typingInTheFilterNarrowsTheTable(FxRobot robot) throws Exception {
        robot.interact(() -> window.commands().load(SAMPLE));
        waitUntil(() -> session().file().isPresent());
        TableView<TrackRow> table = robot.lookup("#tracks-table").queryTableView();
        int all = table.getItems().size();

        robot.clickOn("#track-filter").write("classical");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems().size()).isBetween(1, all - 1);
        assertThat(table.getItems()).allMatch(row -> row.searchText().contains("classical"));
        assertThat(robot.lookup("#tracks-shown").queryLabeled().getText())
                .isEqualTo("Showing " + String.format(java.util.Locale.US, "%,d", table.getItems().size())
                        + " of 5,000 tracks");
    }

    @Test
    void theTablesSortOrderHoldsThroughAFilterThatLeavesFewRows(FxRobot robot) throws Exception {
        robot.interact(() -> window.commands().load(SAMPLE));
        waitUntil(() -> session().file().isPresent());
        TableView<TrackRow> table = robot.lookup("#tracks-table").queryTableView();
        robot.interact(() -> {
            var popularity = table.getColumns().stream().filter(c -> c.getText().equals("Popularity")).findFirst().orElseThrow();
            popularity.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(java.util.List.of(popularity));
        });

        // far fewer rows than before: the table gets a sorted list of its own, sorted as the table says
        robot.clickOn("#track-filter").write("classical");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems().size()).isBetween(1, 2_499);
        assertThat(table.getItems()).extracting(row -> row.popularity() == null ? -1 : row.popularity().intValue())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void saveAsThenOpenRestoresTheSameWorkspace(FxRobot robot) throws Exception {
        robot.interact(() -> window.commands().load(SAMPLE));
        waitUntil(() -> session().file().isPresent());
        Project original = session().project();
        Path copy = dir.resolve("copy.gwb");

        dialogs.filesToSave.add(copy);
        robot.clickOn("#menu-file").clickOn("#menu-save-as");
        waitUntil(() -> copy.equals(session().file().orElse(null)) && Files.exists(copy));

        robot.clickOn("#menu-file").clickOn("#menu-new");
        waitUntil(() -> session().project().tracks().isEmpty());
        assertThat(robot.lookup("#tracks-table").queryTableView().getItems()).isEmpty();
        assertThat(stage.getTitle()).isEqualTo("Untitled — Genre Workbench");

        dialogs.filesToOpen.add(copy);
        robot.clickOn("#menu-file").clickOn("#menu-open");
        waitUntil(() -> copy.equals(session().file().orElse(null)));

        Project reopened = session().project();
        assertThat(reopened.tracks()).isEqualTo(original.tracks());
        assertThat(reopened.artists()).isEqualTo(original.artists());
        assertThat(reopened.playlists()).isEqualTo(original.playlists());
        assertThat(robot.lookup("#tracks-table").queryTableView().getItems()).hasSize(original.tracks().size());
        assertThat(AppSettings.load(configDir).recentFiles()).contains(copy.toAbsolutePath().normalize());
    }

    @Test
    void unsavedChangesAreMarkedAndAskedAboutBeforeClosing(FxRobot robot) throws Exception {
        robot.interact(() -> window.commands().load(SAMPLE));
        waitUntil(() -> session().file().isPresent());
        robot.interact(() -> session().project().putTracks(java.util.List.of(new org.genreworkbench.model.Track(
                "new-track", "New", null, null, null, null, null, java.util.List.of(), null, null, null))));
        assertThat(stage.getTitle()).startsWith("• sample-workspace.gwb");

        dialogs.unsavedAnswers.add(Dialogs.UnsavedChoice.CANCEL);
        robot.clickOn("#menu-file").clickOn("#menu-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session().project().tracks()).containsKey("new-track");

        dialogs.unsavedAnswers.add(Dialogs.UnsavedChoice.DISCARD);
        robot.clickOn("#menu-file").clickOn("#menu-close");
        waitUntil(() -> session().project().tracks().isEmpty());
        assertThat(dialogs.questions).containsExactly("unsaved changes in sample-workspace.gwb",
                "unsaved changes in sample-workspace.gwb");
    }

    @Test
    void aClosedWorkspaceIsLetGoOfByTheWindow(FxRobot robot) throws Exception {
        robot.interact(() -> window.commands().load(SAMPLE));
        waitUntil(() -> session().file().isPresent());
        java.lang.ref.WeakReference<org.genreworkbench.model.Track> track = new java.lang.ref.WeakReference<>(
                session().project().tracks().values().iterator().next());
        for (String tab : java.util.List.of("Explore", "Labels", "Models", "Data")) {
            robot.clickOn(tab);
        }

        robot.clickOn("#menu-file").clickOn("#menu-close");
        waitUntil(() -> session().project().tracks().isEmpty());

        // Whatever still shows or works on the closed workspace lets go of it within seconds: the memory it held is
        // there for the next one (a million tracks take half of a 2 GB window's).
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (track.get() != null && System.nanoTime() < until) {
            System.gc();
            Thread.sleep(100);
        }
        assertThat(track.get()).as("a track of the closed workspace, 20 s after closing").isNull();
    }

    @Test
    void aDamagedFileIsReportedAndTheOpenWorkspaceIsKept(FxRobot robot) throws Exception {
        robot.interact(() -> window.commands().load(SAMPLE));
        waitUntil(() -> session().file().isPresent());
        Path broken = dir.resolve("broken.gwb");
        Files.writeString(broken, "not a zip");

        dialogs.filesToOpen.add(broken);
        robot.clickOn("#menu-file").clickOn("#menu-open");
        waitUntil(() -> !dialogs.errors.isEmpty());

        assertThat(dialogs.errors.get(0)).contains("broken.gwb").contains("not a workspace file");
        assertThat(session().file()).contains(SAMPLE);
        assertThat(session().project().tracks()).hasSize(5_000);
    }

    @Test
    void unsavedWorkIsAutosavedAndOfferedBackAfterACrash(FxRobot robot) throws Exception {
        Path mine = dir.resolve("mine.gwb");
        Files.copy(SAMPLE, mine);
        Files.setLastModifiedTime(mine, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        robot.interact(() -> window.commands().load(mine));
        waitUntil(() -> session().file().isPresent());
        robot.interact(() -> session().project().putTracks(java.util.List.of(new org.genreworkbench.model.Track(
                "only-in-memory", "Unsaved", null, null, null, null, null, java.util.List.of(), null, null, null))));

        robot.interact(() -> window.commands().autosaveNow());
        // As if the app had crashed: the session forgets everything without any question.
        waitUntil(() -> !robot.lookup(".status-bar").query().isDisabled() && autosaved(mine));
        robot.interact(() -> session().replace(new Project(), null));

        dialogs.confirmAnswers.add(true);
        robot.interact(() -> window.commands().load(mine));
        waitUntil(() -> session().project().tracks().containsKey("only-in-memory"));
        assertThat(session().isDirty()).isTrue();
        assertThat(session().file()).contains(mine);
        assertThat(dialogs.questions).contains("Recover unsaved changes?");
    }

    @Test
    void importingAFileFromTheDataTabFillsTheTableAndReports(FxRobot robot) throws Exception {
        Path songs = Path.of(MainWindowTest.class.getResource("/imports/songs.csv").toURI());
        Path bad = Path.of(MainWindowTest.class.getResource("/imports/bad-rows.csv").toURI());
        dialogs.filesToOpen.add(songs);
        dialogs.filesToOpen.add(bad);
        dialogs.confirmAnswers.add(false);
        robot.clickOn("#import-files");
        waitUntil(() -> !dialogs.infos.isEmpty());

        assertThat(robot.lookup("#tracks-table").queryTableView().getItems()).hasSize(5);
        assertThat(dialogs.infos.get(0)).contains("8 rows read: 5 new tracks").contains("2 rows skipped")
                .contains("bad-rows.csv line 3, column energy");
        assertThat(session().isDirty()).isTrue();
    }

    @Test
    void unknownColumnsGoThroughTheMappingStep(FxRobot robot) throws Exception {
        Path odd = Path.of(MainWindowTest.class.getResource("/imports/odd-headers.csv").toURI());
        dialogs.filesToOpen.add(odd);
        dialogs.mappings.add(java.util.Map.of("Song Code", org.genreworkbench.ingest.files.Field.TRACK_ID,
                "Song Title", org.genreworkbench.ingest.files.Field.TRACK_NAME,
                "Pace", org.genreworkbench.ingest.files.Field.TEMPO));
        robot.clickOn("#import-files");
        waitUntil(() -> !dialogs.infos.isEmpty());

        assertThat(dialogs.previews.get(0)).extracting(org.genreworkbench.ingest.files.ColumnPreview::header)
                .containsExactly("Song Code", "Song Title", "Pace");
        assertThat(dialogs.previews.get(0).get(1).samples()).containsExactly("Odd One");
        assertThat(session().project().track("o1").features().get(org.genreworkbench.model.AudioFeature.TEMPO))
                .hasValue(101.5);
    }

    private static boolean autosaved(Path file) {
        try (var files = Files.list(configDir.resolve("autosave"))) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith(file.getFileName() + "-"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void aFailedTaskStaysInTheStatusBarAndItsLinkShowsTheErrorAndTheLogFile(FxRobot robot) throws Exception {
        robot.interact(() -> org.genreworkbench.task.BackgroundTask.of("Logging to MLflow", ctx -> {
            throw new IllegalStateException("connection refused: localhost:5000");
        }).executeWith(window.commands().context().executor()));
        waitUntil(() -> robot.lookup("#status-failure").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));

        assertThat(robot.lookup("#status-failure").queryLabeled().getText()).isEqualTo("⚠ Logging to MLflow failed");
        robot.clickOn("#status-failure");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).containsExactly("Logging to MLflow failed: connection "
                + "refused: localhost:5000\n\nThe details, with the stack trace, are in " + configDir.resolve("errors.log") + ".");
        assertThat(Files.readString(configDir.resolve("errors.log"))).contains("Logging to MLflow failed")
                .contains("java.lang.IllegalStateException: connection refused: localhost:5000");

        robot.clickOn("#status-failure-dismiss");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-failure").query().isVisible()).isFalse();
    }

    @Test
    void aFullStatusBarShortensItsOwnTextsAndNeverWidensTheWindow(FxRobot robot) throws Exception {
        robot.interact(() -> window.commands().load(SAMPLE));
        waitUntil(() -> session().file().isPresent());
        String longTitle = "Testing the Spotify connection through https://accounts.example.org/api/token and "
                + "https://api.example.org/v1 with the proxy of this computer";
        robot.interact(() -> org.genreworkbench.task.BackgroundTask.of(longTitle, ctx -> {
            throw new IllegalStateException("no route to host");
        }).executeWith(window.commands().context().executor()));
        waitUntil(() -> robot.lookup("#status-failure").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));

        double sceneWidth = stage.getScene().getWidth();
        javafx.scene.Node bar = robot.lookup(".status-bar").query();
        javafx.scene.Node export = robot.lookup("#data-export").query();
        assertThat(bar.localToScene(bar.getBoundsInLocal()).getMaxX()).isLessThanOrEqualTo(sceneWidth);
        assertThat(export.localToScene(export.getBoundsInLocal()).getMaxX()).isLessThanOrEqualTo(sceneWidth);
        // the counts stay whole; the failure gives way, its whole text a click away
        assertThat(CutText.in((javafx.scene.Parent) bar)).singleElement().asString().startsWith("Hyperlink '⚠ Testing");
    }

    private WorkspaceSession session() {
        return window.commands().context().session();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
