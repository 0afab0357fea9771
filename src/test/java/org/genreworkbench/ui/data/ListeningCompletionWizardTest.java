package org.genreworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import okhttp3.mockwebserver.MockWebServer;
import org.genreworkbench.app.GenreWorkbenchApp;
import org.genreworkbench.ingest.spotify.FakeServices;
import org.genreworkbench.ingest.spotify.ListenedTracks;
import org.genreworkbench.model.Source;
import org.genreworkbench.settings.AppSettings;
import org.genreworkbench.ui.CutText;
import org.genreworkbench.ui.MainWindow;
import org.genreworkbench.ui.Screenshots;
import org.genreworkbench.ui.ScriptedDialogs;
import org.genreworkbench.ui.data.wizard.SpotifyWizard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the 1280×800 window: importing a listening history offers to complete it, the wizard opens on that choice,
 * and Next runs it against a local ReccoBeats and MusicBrainz until the Summary shows the coverage.
 */
@ExtendWith(ApplicationExtension.class)
class ListeningCompletionWizardTest {
    @TempDir
    static Path config;
    @TempDir
    Path dir;
    private final MockWebServer server = new MockWebServer();
    private final FakeServices fake = new FakeServices();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        String base = fake.serveOn(server);
        AppSettings settings = AppSettings.load(config);
        settings.put("service.reccobeats", base);
        settings.put("service.musicbrainz", base);
        settings.put("service.spotifyApi", base + "never");
        window = GenreWorkbenchApp.createWindow(stage, settings, dialogs);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void importingAListeningHistoryOffersToCompleteItAndTheWizardDoes(FxRobot robot) throws Exception {
        dialogs.filesToOpen.add(ListenedTracks.write(dir));
        dialogs.confirmAnswers.add(false); // the import report: not saved
        dialogs.confirmAnswers.add(true);  // complete the listened tracks
        robot.clickOn("#import-files");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#spotify-wizard").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.questions).contains("Complete the listened tracks?");
        assertThat(dialogs.confirmMessages.get(dialogs.confirmMessages.size() - 1))
                .contains("audio features from ReccoBeats for 5 tracks", "genre tags from MusicBrainz for 4 artists",
                        "1 tracks known only by name");
        SpotifyWizard wizard = robot.lookup("#spotify-wizard").query();
        RadioButton choice = robot.lookup("#wizard-source-listening").query();
        assertThat(choice.isSelected()).isTrue();
        assertThat(choice.isDisabled()).isFalse();
        assertThat(CutText.in(wizard)).isEmpty();
        Screenshots.save(robot, wizard.getScene(), "listening-completion-source");
        assertThat(window.getScene().getWidth()).isEqualTo(1280);

        fake.musicBrainzDelayMillis = 3_000; // time to press Stop while MusicBrainz is asked
        robot.clickOn("#wizard-next");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> wizard.model().run().runningProperty().get()
                && wizard.model().run().currentStepProperty().get().startsWith("MusicBrainz"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.model().stepProperty().get()).isEqualTo(3);
        assertThat(wizard.model().run().timeLeftProperty().get()).startsWith("About");

        robot.clickOn("#wizard-cancel"); // Stop, while MusicBrainz is asked
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !wizard.model().run().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.model().status().messageProperty().get()).as("step %s, log %s", wizard.model().stepProperty().get(),
                wizard.model().run().log()).startsWith("Stopped. Kept every answer so far: "
                + "audio features for 4 tracks");
        assertThat(CutText.in(wizard)).isEmpty();
        Screenshots.save(robot, wizard.getScene(), "listening-completion-stopped");
        fake.paths.clear();
        fake.musicBrainzDelayMillis = 0;

        robot.clickOn("#wizard-resume");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wizard.model().stepProperty().get() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        var project = window.commands().context().session().project();
        assertThat(project.tracks().get("t1").featuresSource()).isEqualTo(Source.RECCOBEATS);
        assertThat(project.artists().get("name:artist 3").genres()).contains("bebop");
        TextArea summary = robot.lookup("#wizard-summary").query();
        assertThat(summary.getText()).as("the resumed run's summary").contains(
                "No listened track was left to ask ReccoBeats about in this run", "; 1 track known only by name",
                "Genre tags from MusicBrainz for 1 of", "danceability: 67 % of 6 (ReccoBeats 67 %)");
        assertThat(fake.paths).as("the resumed run asks only MusicBrainz, about the artists left")
                .isNotEmpty().allMatch(p -> p.startsWith("/ws/2/")).noneMatch(p -> p.contains("Artist+1%22"));
        Screenshots.save(robot, wizard.getScene(), "listening-completion-summary");
        robot.clickOn("#wizard-cancel");
    }
}
