package org.genreworkbench.ui.data.wizard;

import static org.genreworkbench.ui.data.wizard.WizardControls.wrapped;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Step 4: the run's progress, current step, time left, waits and log, with Resume. */
final class RunPage extends VBox {

    RunPage(SpotifyWizardModel model) {
        super(8);
        RunStep step = model.run();
        Label intro = wrapped(step.introProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("wizard-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(step.progressProperty());
        Label playlist = wrapped(step.playlistLineProperty());
        playlist.setId("wizard-playlist");
        playlist.setStyle("-fx-font-weight: bold;");
        Label counters = wrapped(step.countersProperty());
        counters.setId("wizard-counters");
        Label now = wrapped(step.currentStepProperty());
        now.setId("wizard-step");
        Label left = wrapped(step.timeLeftProperty());
        left.setId("wizard-time-left");
        left.getStyleClass().add("text-muted");
        Label waiting = wrapped(step.waitingProperty());
        waiting.setId("wizard-waiting");
        waiting.getStyleClass().add("balance-warning");
        waiting.visibleProperty().bind(step.waitingProperty().isNotEmpty());
        waiting.managedProperty().bind(waiting.visibleProperty());
        // A wait's countdown moves on by itself between the reports of the run.
        Timeline countdown = new Timeline(new KeyFrame(Duration.millis(250), e -> step.tick(System.currentTimeMillis())));
        countdown.setCycleCount(Animation.INDEFINITE);
        countdown.play();
        Button resume = new Button("Resume");
        resume.setId("wizard-resume");
        resume.disableProperty().bind(model.status().busyProperty());
        resume.setOnAction(e -> {
            if (model.completingProperty().get() || step.pendingPlaylists() > 0) {
                model.resume();
            } else {
                model.status().say("Nothing to resume: no playlist is left from an earlier run.");
            }
        });
        ListView<String> log = log(step);
        getChildren().addAll(intro, bar, playlist, now, left, counters, waiting, resume, log);
        VBox.setVgrow(log, Priority.ALWAYS);
    }

    private static ListView<String> log(RunStep step) {
        ListView<String> log = new ListView<>(step.log());
        log.setId("wizard-log");
        log.setCellFactory(list -> new ListCell<>() {
            {
                // Long lines (a stop's message, a wait's reason) wrap rather than scroll sideways.
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        step.log().addListener((ListChangeListener<String>) c -> log.scrollTo(step.log().size() - 1));
        return log;
    }
}
