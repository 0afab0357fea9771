package org.genreworkbench.ui.data;

import atlantafx.base.theme.Styles;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.ui.text.FeatureText;
import org.genreworkbench.ui.WorkbenchContext;
import org.genreworkbench.ui.data.wizard.SpotifyWizard;

/** The Data tab: every track of the workspace in a sortable, filterable table. */
public final class DataTab extends Tab {
    private final DataViewModel viewModel;
    private final HBox toolbar = new HBox(8);
    private final TableView<TrackRow> table = new TableView<>();
    /** The most rows the table's sorted list has held. */
    private int sortedPeak;

    public DataTab(WorkbenchContext context) {
        super("Data");
        setClosable(false);
        this.viewModel = new DataViewModel(context.session(), context.executor());

        TextField filter = new TextField();
        filter.setId("track-filter");
        filter.setPromptText("Filter by name, artist, genre tag or album");
        filter.setPrefColumnCount(32);
        viewModel.filterProperty().bind(filter.textProperty());
        Label shown = new Label();
        shown.setId("tracks-shown");
        shown.textProperty().bind(viewModel.shownProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(8));
        javafx.scene.control.Button importFiles = new javafx.scene.control.Button("Import files…");
        importFiles.setId("import-files");
        ImportViewModel importer = new ImportViewModel(context);
        importFiles.disableProperty().bind(importer.runningProperty());
        javafx.scene.control.Button spotify = new javafx.scene.control.Button("Get data…");
        Runnable[] importFlow = new Runnable[1];
        java.util.function.Consumer<Boolean> wizard = completeListening -> SpotifyWizard.open(context,
                spotify.getScene() == null ? null : spotify.getScene().getWindow(), importFlow[0], completeListening);
        importFlow[0] = () -> {
            var files = context.dialogs().chooseFilesToOpen("Import tables (CSV, TSV, JSON) or your Spotify data (JSON, zip)",
                    java.util.List.of("csv", "tsv", "txt", "json", "zip"));
            importer.importWithMapping(files, report -> {
                importer.tell(report);
                // A listening history brings names and play counts only: offer the features and tags next.
                if (importer.offerCompletion()) {
                    wizard.accept(true);
                }
            });
        };
        importFiles.setOnAction(e -> importFlow[0].run());
        spotify.setId("get-spotify");
        spotify.getStyleClass().add("accent");
        spotify.setOnAction(e -> wizard.accept(false));
        DataExports exports = new DataExports(context);
        javafx.scene.control.MenuItem csv = new javafx.scene.control.MenuItem("Table as CSV…");
        // The rows as the table shows them: filtered, in the order of its sort.
        csv.setOnAction(e -> exports.exportCsv(table.getItems().stream().map(r -> r.track().id()).toList()));
        javafx.scene.control.MenuItem arff = new javafx.scene.control.MenuItem("Data set as ARFF (MEKA/Weka)…");
        arff.setOnAction(e -> exports.exportArff());
        javafx.scene.control.MenuButton export = new javafx.scene.control.MenuButton("Export", null, csv, arff);
        export.setId("data-export");
        toolbar.getChildren().addAll(filter, shown, spacer, spotify, importFiles, export);

        table.setId("tracks-table");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        Label emptyTable = new Label();
        emptyTable.setId("tracks-table-placeholder");
        emptyTable.textProperty().bind(viewModel.emptyTableTextProperty());
        table.setPlaceholder(emptyTable);
        table.getColumns().add(textColumn("Name", TrackRow::name, 220));
        table.getColumns().add(textColumn("Artists", TrackRow::artists, 180));
        // The playlist-genre target of the Models tab, where the workspace has playlists with genres.
        TableColumn<TrackRow, String> playlistGenre = textColumn("Playlist genre", TrackRow::playlistGenre, 140);
        playlistGenre.visibleProperty().bind(viewModel.anyPlaylistGenreProperty());
        viewModel.genresFoundProperty().addListener((obs, was, now) -> table.refresh());
        table.getColumns().add(playlistGenre);
        table.getColumns().add(numberColumn("Popularity", TrackRow::popularity, String::valueOf));
        table.getColumns().add(numberColumn("Duration", TrackRow::durationMs, ms -> FeatureText.duration(ms.longValue())));
        // From the listener's own Spotify data: empty for tracks it does not speak of, which sort last.
        table.getColumns().add(numberColumn("Plays", TrackRow::plays, n -> FeatureText.count(n.longValue())));
        table.getColumns().add(numberColumn("Time played", TrackRow::msPlayed, ms -> FeatureText.timePlayed(ms.longValue())));
        for (AudioFeature f : AudioFeature.values()) {
            table.getColumns().add(numberColumn(f.displayName(), row -> row.feature(f), FeatureText.formatter(f)));
        }
        table.getColumns().add(textColumn("Genre tags", TrackRow::genreTags, 320));
        PredictionColumn.addTo(table, context.session().held());
        sortRows(table);
        viewModel.rows().addListener((ListChangeListener<TrackRow>) change -> {
            // JavaFX's SortedList keeps the rows it no longer shows in its array: a table left with far fewer rows
            // (another workspace, or none) gets a sorted list of its own, so that the rows before can be let go.
            int now = viewModel.rows().size();
            if (now < sortedPeak / 2) {
                sortRows(table);
                // The rows' cells hold the rows they showed (and through them the workspace) until the table is laid
                // out; at once rather than at the next frame, so that a workspace read next finds the memory free.
                table.layout();
            } else {
                sortedPeak = Math.max(sortedPeak, now);
            }
        });

        BorderPane content = new BorderPane(table);
        content.setTop(toolbar);
        setContent(content);
    }

    private void sortRows(TableView<TrackRow> table) {
        if (table.getItems() instanceof SortedList<TrackRow> before) {
            before.comparatorProperty().unbind();
        }
        SortedList<TrackRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        sortedPeak = sorted.size();
        table.setItems(sorted);
    }

    /** The bar above the table, where data actions (ingest, import) add their buttons. */
    public HBox toolbar() {
        return toolbar;
    }

    public DataViewModel viewModel() {
        return viewModel;
    }

    private static TableColumn<TrackRow, String> textColumn(String title, Function<TrackRow, String> value, double width) {
        TableColumn<TrackRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setComparator(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        column.setPrefWidth(width);
        column.setCellFactory(col -> new WholeTextCell());
        return column;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <N extends Number & Comparable<N>> TableColumn<TrackRow, N> numberColumn(
            String title, Function<TrackRow, N> value, Function<Number, String> format) {
        TableColumn<TrackRow, N> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        // Missing values sort last in both directions' natural reading: they are unknown, not small.
        column.setComparator((Comparator) Comparator.nullsLast(Comparator.naturalOrder()));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(N item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        // Wide enough for the whole header, and for the arrow it draws beside it when sorted: a truncated
        // "Dancea..." or "Speechin..." helps nobody.
        column.setPrefWidth(Math.max(72, title.length() * 8.5 + 46));
        return column;
    }

    /** A text cell that shows its whole text in a tooltip: long names and tag lists do not fit a column. */
    static final class WholeTextCell extends TableCell<TrackRow, String> {
        private final Tooltip whole = new Tooltip();

        WholeTextCell() {
            whole.setWrapText(true);
            whole.setMaxWidth(600);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null || item.isEmpty();
            setText(blank ? null : item);
            whole.setText(blank ? "" : item);
            setTooltip(blank ? null : whole);
        }
    }
}
