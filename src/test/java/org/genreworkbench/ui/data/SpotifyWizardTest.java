package org.genreworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import okhttp3.mockwebserver.MockWebServer;
import org.genreworkbench.app.GenreWorkbenchApp;
import org.genreworkbench.ingest.spotify.FakeServices;
import org.genreworkbench.model.Source;
import org.genreworkbench.settings.AppSettings;
import org.genreworkbench.ui.MainWindow;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.Screenshots;
import org.genreworkbench.ui.data.wizard.SpotifyWizard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Clicks through the Spotify wizard against a local server and sees the tracks arrive in the Data table. */
@ExtendWith(ApplicationExtension.class)
class SpotifyWizardTest {
    @TempDir
    static Path config;
    private final MockWebServer server = new MockWebServer();
    private final FakeServices fake = new FakeServices();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        server.setDispatcher(fake);
        server.start();
        String base = server.url("/").toString();
        fake.base(base);
        fake.audioFeaturesClosed = true;
        AppSettings settings = AppSettings.load(config);
        for (String key : new String[] {"service.spotifyApi", "service.spotifyAccounts", "service.reccobeats",
            "service.musicbrainz"}) {
            settings.put(key, base);
        }
        window = GenreWorkbenchApp.createWindow(stage, settings, new ScriptedDialogs());
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void resumeGoesOnWithThePlaylistsAnEarlierRunLeft(FxRobot robot) throws Exception {
        var project = window.commands().context().session().project();
        robot.interact(() -> {
            project.putPlaylists(java.util.List.of(new org.genreworkbench.model.Playlist("pj1", "Jazz Hour", "jazz", "jazz",
                    null, java.util.List.of(), java.util.List.of(), Source.SPOTIFY)));
            project.setIngestState(new org.genreworkbench.model.IngestState(java.util.List.of("pj1"), java.util.Map.of()));
        });
        robot.clickOn("#get-spotify");
        WaitForAsyncUtils.waitForFxEvents();
        SpotifyWizard wizard = robot.lookup("#spotify-wizard").query();
        robot.interact(() -> {
            wizard.model().connect().clientIdProperty().set("my-app");
            wizard.model().connect().clientSecretProperty().set("my-secret");
            wizard.model().stepProperty().set(3);
        });
        robot.clickOn("#wizard-resume");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wizard.model().stepProperty().get() == 4);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(project.tracks()).containsOnlyKeys("t5", "t1");
        assertThat(project.ingestState().pendingPlaylistIds()).isEmpty();
        assertThat(fake.hits("/v1/search")).isZero();
        robot.clickOn("#wizard-cancel");
    }

    @Test
    void aLongErrorMessageLeavesTheButtonsAndTheRunPageTheirWords(FxRobot robot) throws Exception {
        robot.clickOn("#get-spotify");
        WaitForAsyncUtils.waitForFxEvents();
        SpotifyWizard wizard = robot.lookup("#spotify-wizard").query();
        robot.interact(() -> {
            wizard.model().stepProperty().set(3);
            wizard.model().status().messageProperty().set("Spotify accounts at accounts.spotify.com could not be reached: "
                    + "the name does not resolve (no network, or a wrong address), 5 attempts; check the network connection "
                    + "and the address. Its address https://accounts.spotify.com comes from the built-in default.");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, wizard.getScene(), "wizard-run-long-message");
        for (String id : new String[] {"#wizard-back", "#wizard-next", "#wizard-cancel", "#wizard-resume"}) {
            javafx.scene.control.Labeled button = robot.lookup(id).queryLabeled();
            assertThat(shownText(button)).as(id).isEqualTo(normalised(button.getText()));
        }
        assertNothingCut(robot, wizard);
        robot.clickOn("#wizard-cancel");
    }

    /** Every label, button and column header the wizard shows reads in full. */
    private static void assertNothingCut(FxRobot robot, SpotifyWizard wizard) {
        robot.from(wizard).lookup((java.util.function.Predicate<javafx.scene.Node>) n -> n instanceof javafx.scene.control.Labeled).queryAllAs(javafx.scene.control.Labeled.class)
                .stream().filter(SpotifyWizardTest::shown).filter(l -> l.getText() != null && !l.getText().isEmpty())
                .forEach(l -> assertThat(shownText(l)).as("'%s'", l.getText()).isEqualTo(normalised(l.getText())));
    }

    /** The text a control shows on screen: its own, or cut with an ellipsis when it does not fit. */
    private static String shownText(javafx.scene.control.Labeled labeled) {
        return labeled.lookupAll(".text").stream().filter(n -> n instanceof javafx.scene.text.Text)
                .map(n -> normalised(((javafx.scene.text.Text) n).getText())).findFirst().orElse("");
    }

    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void clickingThroughTheWizardBringsTracksIntoTheDataTable(FxRobot robot) throws Exception {
        robot.clickOn("#get-spotify");
        WaitForAsyncUtils.waitForFxEvents();
        SpotifyWizard wizard = robot.lookup("#spotify-wizard").query();
        robot.clickOn("#wizard-next");

        robot.clickOn("#wizard-client-id").write("my-app");
        robot.clickOn("#wizard-client-secret").write("my-secret");
        robot.clickOn("#wizard-test");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !wizard.model().connect().capabilities().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.model().connect().capabilities()).anyMatch(r -> r.capability().equals("Audio features")
                && r.status().equals("refused (403)") && r.fallback().equals("ReccoBeats"));
        TableView<?> capabilities = robot.lookup("#wizard-capabilities").queryTableView();
        assertThat(capabilities.getColumns()).hasSize(3);
        double columns = capabilities.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        assertThat(columns).as("the three columns fill the table: no empty fourth column")
                .isGreaterThan(capabilities.getWidth() - 20);
        Screenshots.save(robot, wizard.getScene(), "wizard-connect");
        assertNothingCut(robot, wizard);

        robot.clickOn("#wizard-next");
        TextArea queries = robot.lookup("#wizard-queries").query();
        robot.interact(() -> queries.setText("rock\njazz"));
        robot.interact(() -> wizard.model().playlists().minTracksProperty().set(2));
        robot.clickOn("#wizard-search");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> wizard.model().playlists().candidates().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#wizard-totals").queryLabeled().getText()).isEqualTo("3 of 3 playlists chosen, 7 tracks to read.");
        assertThat(robot.lookup("#wizard-shortfalls").queryLabeled().getText()).startsWith("Fewer than asked: 'rock': 2 of 5");
        Screenshots.save(robot, wizard.getScene(), "wizard-playlists");
        assertNothingCut(robot, wizard);

        robot.clickOn("#wizard-next");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wizard.model().stepProperty().get() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, wizard.getScene(), "wizard-summary");

        assertThat(wizard.model().run().summaryProperty().get())
                .contains("3 playlists read: 5 new tracks, 2 in more than one playlist, 0 already in the workspace; "
                        + "2 playlist entries skipped")
                .contains("tempo: 80 % of 5 (ReccoBeats 80 %)")
                .contains("time signature: none — ReccoBeats does not give it")
                .doesNotContain("RECCOBEATS");
        // The same coverage as a chart: a stacked bar per field, the ReccoBeats share of tempo beside the missing one.
        org.jfree.chart.fx.ChartViewer coverage = robot.lookup("#wizard-coverage-chart").query();
        var bars = (org.jfree.data.category.CategoryDataset) ((org.jfree.chart.plot.CategoryPlot) coverage.getChart()
                .getPlot()).getDataset();
        assertThat(bars.getValue("ReccoBeats", "tempo").doubleValue()).isEqualTo(0.8);
        assertThat(bars.getValue("missing", "tempo").doubleValue()).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(bars.getValue("missing", "time signature").doubleValue()).isEqualTo(1.0);
        assertThat(wizard.model().run().countersProperty().get())
                .startsWith("Tracks read 7: 5 new, 2 in more than one playlist").endsWith("errors 0");
        assertThat(wizard.model().status().messageProperty().get()).isEmpty();
        var project = window.commands().context().session().project();
        assertThat(project.tracks()).hasSize(5);
        assertThat(project.track("t1").featuresSource()).isEqualTo(Source.RECCOBEATS);
        TableView<?> table = robot.lookup("#tracks-table").queryTableView();
        assertThat(table.getItems()).hasSize(5);
        assertThat(window.commands().context().session().isDirty()).isTrue();
        robot.clickOn("#wizard-cancel");
    }
}
