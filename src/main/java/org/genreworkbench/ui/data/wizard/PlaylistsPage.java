package org.genreworkbench.ui.data.wizard;

import static org.genreworkbench.ui.data.wizard.WizardControls.column;
import static org.genreworkbench.ui.data.wizard.WizardControls.wrapped;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Step 3: the genre queries and their options on the left, the playlists found to tick on the right. */
final class PlaylistsPage extends HBox {

    PlaylistsPage(SpotifyWizardModel model) {
        super(12);
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
        VBox left = new VBox(8, new Label("Genre queries, one a line"), queries, new Label("Playlists per query"), perQuery,
                new Label("Minimum tracks"), minTracks, search);
        VBox.setVgrow(queries, Priority.ALWAYS);
        // The query list and its options keep their words; the table takes what is left.
        left.setMinWidth(190);
        left.setPrefWidth(190);
        perQuery.setMaxWidth(Double.MAX_VALUE);
        minTracks.setMaxWidth(Double.MAX_VALUE);
        TableView<PlaylistStep.CandidateRow> table = candidates(step);
        Label totals = wrapped(step.totalsProperty());
        totals.setId("wizard-totals");
        Label shortfalls = wrapped(step.shortfallsProperty());
        shortfalls.setId("wizard-shortfalls");
        shortfalls.getStyleClass().add("text-muted");
        VBox right = new VBox(8, table, totals, shortfalls);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(left, right);
        HBox.setHgrow(right, Priority.ALWAYS);
    }

    private static TableView<PlaylistStep.CandidateRow> candidates(PlaylistStep step) {
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
        table.getColumns().add(column("Playlist", r -> r.candidate().name(), 250));
        table.getColumns().add(column("Owner", r -> r.candidate().owner(), 120));
        table.getColumns().add(column("Tracks", r -> Integer.toString(r.candidate().trackCount()), 70));
        table.getColumns().add(column("Query", r -> r.candidate().query(), 100));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }
}
