package org.genreworkbench.ui.data.wizard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.genreworkbench.ui.WorkbenchContext;

/**
 * The click-through wizard that builds a data set from Spotify: Source, Connect, Playlists, Run, Summary. Each
 * step is a page of its own ({@link SourcePage}, {@link ConnectPage}, …) on one {@link SpotifyWizardModel}; this
 * class puts them under the step titles and above Back, Next and Cancel, which wait while a step is busy.
 */
public final class SpotifyWizard extends BorderPane {
    private static final List<String> TITLES = List.of("1 Source", "2 Connect", "3 Playlists", "4 Run", "5 Summary");
    static final int SOURCE = 0;
    static final int CONNECT = 1;
    static final int PLAYLISTS = 2;
    static final int RUN = 3;
    static final int SUMMARY = 4;

    private final SpotifyWizardModel model;
    private final Runnable importFiles;
    private final StackPane steps = new StackPane();
    private final SourcePage source;

    /** @param importFiles what to do when the user picks files as the source: the Data tab's import */
    public SpotifyWizard(WorkbenchContext context, Runnable close, Runnable importFiles) {
        this.model = new SpotifyWizardModel(context);
        this.source = new SourcePage(model.completionOffer());
        setId("spotify-wizard");
        setPadding(new Insets(12));
        this.importFiles = importFiles;
        steps.getChildren().addAll(source, new ConnectPage(model), new PlaylistsPage(model), new RunPage(model),
                new SummaryPage(model));
        HBox header = new HBox(16);
        for (int i = 0; i < TITLES.size(); i++) {
            Label t = new Label(TITLES.get(i));
            int index = i;
            t.styleProperty().bind(Bindings.when(model.stepProperty().isEqualTo(index))
                    .then("-fx-font-weight: bold; -fx-text-fill: -color-accent-fg;").otherwise("-fx-text-fill: -color-fg-muted;"));
            header.getChildren().add(t);
        }
        header.setPadding(new Insets(0, 0, 10, 0));
        setTop(header);
        setCenter(steps);
        setBottom(buttons(close));
        model.stepProperty().addListener((obs, old, now) -> show(now.intValue()));
        show(0);
    }

    public SpotifyWizardModel model() {
        return model;
    }

    /** Opens the wizard in its own window. */
    public static Stage open(WorkbenchContext context, Window owner, Runnable importFiles) {
        return open(context, owner, importFiles, false);
    }

    /**
     * Opens the wizard in its own window; with {@code completeListening}, on the completion of the listened
     * tracks an import has just brought (the Source step with that choice made, for the user to confirm).
     */
    public static Stage open(WorkbenchContext context, Window owner, Runnable importFiles, boolean completeListening) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Get data");
        SpotifyWizard wizard = new SpotifyWizard(context, stage::close, () -> {
            stage.close();
            importFiles.run();
        });
        if (completeListening) {
            wizard.source.chooseCompletion();
        }
        Scene scene = new Scene(wizard, 820, 600);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> wizard.model.run().stop());
        stage.show();
        return stage;
    }

    private void show(int step) {
        for (int i = 0; i < steps.getChildren().size(); i++) {
            steps.getChildren().get(i).setVisible(i == step);
        }
    }

    private HBox buttons(Runnable close) {
        Button back = new Button("Back");
        back.setId("wizard-back");
        back.disableProperty().bind(model.status().busyProperty().or(model.stepProperty().isEqualTo(SOURCE))
                .or(model.stepProperty().isEqualTo(SUMMARY)));
        // A completion goes from Source straight to Run, and back the same way.
        back.setOnAction(e -> model.stepProperty().set(model.completingProperty().get() ? SOURCE
                : model.stepProperty().get() - 1));
        Button next = new Button("Next");
        next.setId("wizard-next");
        next.getStyleClass().add("accent");
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> model.status().busyProperty().get() || !model.canGoOn(),
                model.status().busyProperty(), model.stepProperty(), model.connect().connectedProperty(),
                model.playlists().chosenCountProperty()));
        next.setOnAction(e -> {
            int step = model.stepProperty().get();
            if (step == SOURCE && source.filesChosen()) {
                importFiles.run();
                return;
            }
            if (step == SOURCE && source.completionChosen()) {
                model.startCompletion();
                return;
            }
            model.completingProperty().set(false);
            model.stepProperty().set(step + 1);
            if (step == PLAYLISTS) {
                model.startRun();
            }
        });
        Button cancel = new Button("Cancel");
        cancel.setId("wizard-cancel");
        cancel.textProperty().bind(Bindings.when(model.stepProperty().isEqualTo(SUMMARY)).then("Close")
                .otherwise(Bindings.when(model.run().runningProperty()).then("Stop").otherwise("Cancel")));
        cancel.setOnAction(e -> {
            if (model.run().runningProperty().get()) {
                model.run().stop();
            } else {
                close.run();
            }
        });
        Label message = new Label();
        message.setId("wizard-message");
        message.setWrapText(true);
        message.textProperty().bind(model.status().messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinWidth(0);
        // A long message wraps; the buttons keep their words.
        for (Button b : List.of(back, next, cancel)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox box = new HBox(8, message, back, next, cancel);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }
}
