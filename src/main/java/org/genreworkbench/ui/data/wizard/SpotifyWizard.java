package org.genreworkbench.ui.data.wizard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.genreworkbench.ui.WorkbenchContext;

/**
 * The click-through wizard that builds a data set from Spotify: Connect, Playlists, Run, Summary. Each step is
 * a small view on one {@link SpotifyWizardModel}; Back and Next wait while a step is busy.
 */
public final class SpotifyWizard extends BorderPane {
    private static final List<String> TITLES = List.of("1 Source", "2 Connect", "3 Playlists", "4 Run", "5 Summary");
    static final int SOURCE = 0;
    static final int CONNECT = 1;
    static final int PLAYLISTS = 2;
    static final int RUN = 3;
    static final int SUMMARY = 4;

    private final javafx.scene.control.RadioButton fromFiles = new javafx.scene.control.RadioButton(
            "Files I already have: CSV, TSV or JSON exports (Kaggle, TidyTuesday, API-shaped tables)");

    private final SpotifyWizardModel model;
    private final Runnable importFiles;
    private final StackPane steps = new StackPane();

    /** @param importFiles what to do when the user picks files as the source: the Data tab's import */
    public SpotifyWizard(WorkbenchContext context, Runnable close, Runnable importFiles) {
        this.model = new SpotifyWizardModel(context);
        setId("spotify-wizard");
        setPadding(new Insets(12));
        this.importFiles = importFiles;
        steps.getChildren().addAll(source(), connect(), playlists(), run(), summary());
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
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Get data");
        SpotifyWizard wizard = new SpotifyWizard(context, stage::close, () -> {
            stage.close();
            importFiles.run();
        });
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
        back.setOnAction(e -> model.stepProperty().set(model.stepProperty().get() - 1));
        Button next = new Button("Next");
        next.setId("wizard-next");
        next.getStyleClass().add("accent");
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> model.status().busyProperty().get() || !model.canGoOn(),
                model.status().busyProperty(), model.stepProperty(), model.connect().connectedProperty(),
                model.playlists().chosenCountProperty()));
        next.setOnAction(e -> {
            int step = model.stepProperty().get();
            if (step == SOURCE && fromFiles.isSelected()) {
                importFiles.run();
                return;
            }
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

    private Node source() {
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.RadioButton spotify = new javafx.scene.control.RadioButton(
                "The Spotify Web API: search genre playlists and read their tracks, audio features and artists");
        spotify.setId("wizard-source-spotify");
        fromFiles.setId("wizard-source-files");
        spotify.setToggleGroup(group);
        fromFiles.setToggleGroup(group);
        spotify.setSelected(true);
        Label note = new Label("Where Spotify no longer lets an app read audio features or genre tags, ReccoBeats and "
                + "MusicBrainz stand in; the next step shows which.");
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        return new VBox(14, new Label("Where should the tracks come from?"), spotify, fromFiles, note);
    }

    private Node connect() {
        TextField id = new TextField();
        id.setId("wizard-client-id");
        ConnectStep step = model.connect();
        id.textProperty().bindBidirectional(step.clientIdProperty());
        PasswordField secret = new PasswordField();
        secret.setId("wizard-client-secret");
        secret.textProperty().bindBidirectional(step.clientSecretProperty());
        CheckBox remember = new CheckBox("Remember them on this computer (a file only you can read, never in the workspace)");
        remember.selectedProperty().bindBidirectional(step.rememberProperty());
        Button test = new Button("Test connection");
        test.setId("wizard-test");
        test.disableProperty().bind(model.status().busyProperty());
        test.setOnAction(e -> model.testConnection());
        TableView<ConnectStep.CapabilityRow> table = new TableView<>(step.capabilities());
        table.setId("wizard-capabilities");
        table.setPlaceholder(new Label("Test the connection to see what this app may do."));
        table.getColumns().add(col("Capability", ConnectStep.CapabilityRow::capability, 200));
        table.getColumns().add(col("Spotify", ConnectStep.CapabilityRow::status, 250));
        table.getColumns().add(col("Fallback used", ConnectStep.CapabilityRow::fallback, 230));
        // The columns share the width: no empty filler column after the last one.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        CheckBox recco = new CheckBox("Audio features from ReccoBeats where Spotify refuses them");
        recco.selectedProperty().bindBidirectional(step.useReccoBeatsProperty());
        CheckBox mb = new CheckBox("Genre tags from MusicBrainz where Spotify gives none (one request a second)");
        mb.selectedProperty().bindBidirectional(step.useMusicBrainzProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Client id"), id);
        form.addRow(1, new Label("Client secret"), secret);
        GridPane.setHgrow(id, Priority.ALWAYS);
        VBox box = new VBox(10, new Label("Your Spotify app's credentials (from the Spotify developer dashboard)."),
                form, remember, test, table, recco, mb);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Node playlists() {
        PlaylistStep step = model.playlists();
        TextArea queries = new TextArea();
        queries.setId("wizard-queries");
        queries.textProperty().bindBidirectional(step.queriesProperty());
        queries.setPrefColumnCount(16);
        Spinner<Integer> perQuery = new Spinner<>(1, 50, step.perQueryProperty().get());
        perQuery.setId("wizard-per-query");
        perQuery.setEditable(true);
        perQuery.valueProperty().addListener((o, a, b) -> step.perQueryProperty().set(b));
        step.perQueryProperty().addListener((o, a, b) -> perQuery.getValueFactory().setValue(b.intValue()));
        Spinner<Integer> minTracks = new Spinner<>(0, 10_000, step.minTracksProperty().get(), 10);
        minTracks.setId("wizard-min-tracks");
        minTracks.setEditable(true);
        minTracks.valueProperty().addListener((o, a, b) -> step.minTracksProperty().set(b));
        step.minTracksProperty().addListener((o, a, b) -> minTracks.getValueFactory().setValue(b.intValue()));
        Button search = new Button("Search");
        search.setId("wizard-search");
        search.disableProperty().bind(model.status().busyProperty());
        search.setOnAction(e -> step.search());
        TableView<PlaylistStep.CandidateRow> table = new TableView<>(step.candidates());
        table.setId("wizard-candidates");
        table.setEditable(true);
        table.setPlaceholder(new Label("Search to list the playlists of each query."));
        TableColumn<PlaylistStep.CandidateRow, Boolean> chosen = new TableColumn<>("Read");
        chosen.setCellValueFactory(c -> c.getValue().chosenProperty());
        chosen.setCellFactory(CheckBoxTableCell.forTableColumn(chosen));
        chosen.setEditable(true);
        chosen.setMinWidth(60);
        table.getColumns().add(chosen);
        table.getColumns().add(col("Playlist", r -> r.candidate().name(), 250));
        table.getColumns().add(col("Owner", r -> r.candidate().owner(), 120));
        table.getColumns().add(col("Tracks", r -> Integer.toString(r.candidate().trackCount()), 70));
        table.getColumns().add(col("Query", r -> r.candidate().query(), 100));
        VBox left = new VBox(8, new Label("Genre queries, one a line"), queries, new Label("Playlists per query"), perQuery,
                new Label("Minimum tracks"), minTracks, search);
        VBox.setVgrow(queries, Priority.ALWAYS);
        // The query list and its options keep their words; the table takes what is left.
        left.setMinWidth(190);
        left.setPrefWidth(190);
        perQuery.setMaxWidth(Double.MAX_VALUE);
        minTracks.setMaxWidth(Double.MAX_VALUE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label totals = wrapped(step.totalsProperty());
        totals.setId("wizard-totals");
        Label shortfalls = wrapped(step.shortfallsProperty());
        shortfalls.setId("wizard-shortfalls");
        shortfalls.getStyleClass().add("text-muted");
        VBox right = new VBox(8, table, totals, shortfalls);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox box = new HBox(12, left, right);
        HBox.setHgrow(right, Priority.ALWAYS);
        return box;
    }

    private Node run() {
        RunStep step = model.run();
        Label intro = new Label("Reading the chosen playlists. Stop keeps everything fetched so far; Resume asks only "
                + "for what is missing (also after a crash, from the recovered workspace).");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
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
        javafx.animation.Timeline countdown = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.millis(250), e -> step.tick(System.currentTimeMillis())));
        countdown.setCycleCount(javafx.animation.Animation.INDEFINITE);
        countdown.play();
        ListView<String> log = new ListView<>(step.log());
        log.setId("wizard-log");
        log.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
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
        step.log().addListener((javafx.collections.ListChangeListener<String>) c -> log.scrollTo(step.log().size() - 1));
        Button resume = new Button("Resume");
        resume.setId("wizard-resume");
        resume.disableProperty().bind(model.status().busyProperty());
        resume.setOnAction(e -> {
            if (step.pendingPlaylists() > 0) {
                model.resume();
            } else {
                model.status().say("Nothing to resume: no playlist is left from an earlier run.");
            }
        });
        VBox box = new VBox(8, intro, bar, playlist, now, left, counters, waiting, resume, log);
        VBox.setVgrow(log, Priority.ALWAYS);
        return box;
    }

    private static Label wrapped(javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private Node summary() {
        TextArea text = new TextArea();
        text.setId("wizard-summary");
        text.setEditable(false);
        text.setWrapText(true);
        text.textProperty().bind(model.run().summaryProperty());
        VBox box = new VBox(10, new Label("Done. The new tracks are in the Data table."), text);
        VBox.setVgrow(text, Priority.ALWAYS);
        return box;
    }

    private static <T> TableColumn<T, String> col(String title, java.util.function.Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        // Narrow columns keep their header when the table shares out its width.
        c.setMinWidth(Math.min(width, 90));
        return c;
    }

    static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
