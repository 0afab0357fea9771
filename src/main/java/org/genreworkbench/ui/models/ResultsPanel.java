package org.genreworkbench.ui.models;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genreworkbench.ml.Comparison;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LossCurve;
import org.genreworkbench.ui.Converters;

/**
 * The right of the tab: which experiment and baseline, the actions on it, the comparison table and the per-label
 * chart of the models selected in the table.
 */
final class ResultsPanel extends BorderPane {
    private final ModelsViewModel viewModel;
    private final ComparisonTable table = new ComparisonTable();
    private final PerLabelChart chart = new PerLabelChart();
    private final LossCurvePane losses = new LossCurvePane();
    private final ComboBox<Experiment> past = new ComboBox<>();

    ResultsPanel(ModelsViewModel viewModel) {
        this.viewModel = viewModel;
        ShownExperiment shown = viewModel.shown();
        past.setId("models-past");
        past.setPromptText("Experiments kept in this workspace");
        past.setConverter(Converters.showing(e -> e.name() + " — " + e.createdText() + " (" + e.results().size() + (e.results().size() == 1 ? " model)" : " models)")));
        past.setOnAction(e -> {
            if (past.getValue() != null && past.getValue() != shown.experiment()) {
                viewModel.show(past.getValue());
            }
        });
        // A combo box shows its prompt again once its value goes back to none only with a cell that says it: after
        // a workspace was closed or opened it stood blank.
        past.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Experiment item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? past.getPromptText() : past.getConverter().toString(item));
            }
        });
        past.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(past, Priority.ALWAYS);
        ChoiceBox<String> baseline = new ChoiceBox<>(shown.models());
        baseline.setId("models-baseline");
        baseline.valueProperty().bindBidirectional(shown.baselineProperty());
        Label experimentLabel = new Label("Experiment");
        Label baselineLabel = new Label("Baseline");
        WideChoices.fitLongest(baseline, name -> name, baselineLabel);
        experimentLabel.setMinWidth(Region.USE_PREF_SIZE);
        baselineLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox chooser = new HBox(8, experimentLabel, past, baselineLabel, baseline);
        chooser.setAlignment(Pos.CENTER_LEFT);

        Button folds = button("Fold balance…", "models-fold-balance", "Each label's share in every fold beside its share overall");
        folds.disableProperty().bind(shown.experimentProperty().isNull());
        folds.setOnAction(e -> viewModel.foldBalance());
        Button ablation = button("Feature ablation…", "models-ablation",
                "Runs the model selected in the table without each feature in turn, on the same folds");
        ablation.disableProperty().bind(viewModel.runningProperty().or(shown.chosenProperty().isNull()));
        ablation.setOnAction(e -> viewModel.ablation());
        // The exports share one menu, so the actions stay on one line and leave the charts their height.
        MenuItem exportModel = item("Model file…", "models-export-model", shown.chosenProperty().isNull(),
                () -> viewModel.exports().exportModel());
        MenuItem exportCsv = item("Scores as CSV…", "models-export-csv", shown.experimentProperty().isNull(),
                () -> viewModel.exports().exportCsv());
        MenuItem exportReport = item("Report as HTML…", "models-export-report", shown.experimentProperty().isNull(),
                () -> viewModel.exports().exportReport());
        MenuButton export = new MenuButton("Export");
        export.setId("models-export");
        export.setTooltip(new Tooltip("The selected model trained on every labelled track (Weka/MEKA model file; a "
                + "network: DJL parameters), every score of every fold as CSV, the experiment as one HTML page to "
                + "share, and the predictions of unlabelled tracks as CSV or as a label scheme"));
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.getItems().addAll(exportModel, exportCsv, exportReport, new SeparatorMenuItem());
        export.getItems().addAll(PredictionButtons.menuItems(viewModel));
        export.disableProperty().bind(shown.experimentProperty().isNull());
        FlowPane actions = new FlowPane(8, 6, folds, ablation, PredictionButtons.predict(viewModel), export);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox top = new VBox(6, chooser, actions);
        top.setPadding(new Insets(8));

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                shown.chosenProperty().set(row == null ? null : row.model()));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Comparison.Row>) c -> showChart());
        // Per-fold scores on demand: a double click on a model's row.
        table.setRowFactory(t -> {
            TableRow<Comparison.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && shown.experiment() != null) {
                    viewModel.charts().showPerFold();
                }
            });
            return row;
        });
        ResultChartsPane resultCharts = new ResultChartsPane(viewModel.charts(), chart, viewModel.exports());
        resultCharts.getTabs().addAll(new LabelChartTabs(viewModel.labelCharts(), viewModel.exports()).tabs());
        // The chosen network's loss per epoch: a tab of its own while a network is chosen (beside the charts it
        // took 40 % of their width and cut four of them).
        Tab lossTab = new Tab("Loss", losses);
        lossTab.setId("models-loss-tab");
        lossTab.setClosable(false);
        losses.show(null, List.of());
        table.setMinHeight(150);
        SplitPane center = new SplitPane(table, resultCharts);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.4);
        SplitPane.setResizableWithParent(table, false);
        setTop(top);
        setCenter(center);

        shown.experimentProperty().addListener((obs, old, now) -> showExperiment(now));
        shown.baselineProperty().addListener((obs, old, now) -> showTable());
        shown.chosenProperty().addListener((obs, old, now) -> {
            List<LossCurve> curves = LossCurvePane.curvesOf(shown.experiment(), now);
            losses.show(now, curves);
            if (curves.isEmpty()) {
                resultCharts.getTabs().remove(lossTab);
            } else if (!resultCharts.getTabs().contains(lossTab)) {
                resultCharts.getTabs().add(lossTab);
            }
        });
    }

    private static MenuItem item(String text, String id, javafx.beans.value.ObservableBooleanValue disabled,
                                 Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.disableProperty().bind(disabled);
        item.setOnAction(e -> action.run());
        return item;
    }

    static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** Keeps the list of past experiments in step with the workspace. */
    void refreshPast() {
        List<Experiment> all = viewModel.pastExperiments();
        if (!past.getItems().equals(all)) {
            Experiment selected = past.getValue();
            past.getItems().setAll(all);
            past.setValue(all.contains(selected) ? selected : null);
        }
    }

    private void showExperiment(Experiment experiment) {
        refreshPast();
        past.setValue(experiment);
        showTable();
    }

    private void showTable() {
        ShownExperiment shown = viewModel.shown();
        if (shown.experiment() == null) {
            table.clear();
            chart.show(List.of());
            return;
        }
        table.show(shown.metrics(), shown.rows(), shown.singleSplit(), shown.baselineProperty().get());
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().selectRange(0, Math.min(3, table.getItems().size()));
        }
    }

    private void showChart() {
        List<String> selected = table.getSelectionModel().getSelectedItems().stream()
                .filter(java.util.Objects::nonNull).map(Comparison.Row::model).toList();
        viewModel.charts().selectedModels().setAll(selected);
        chart.show(viewModel.shown().perLabel(selected));
    }
}
