package org.genreworkbench.ui.models;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;

/** The comparison's actions on predictions: Predict, then (in the Export menu) export them or keep them as a label scheme. */
final class PredictionButtons {
    private PredictionButtons() {
    }

    /** Predict: the selected model, trained on every labelled track, labels the tracks that have none. */
    static Button predict(ModelsViewModel viewModel) {
        PredictionViewModel predictions = viewModel.predictions();
        Button predict = ResultsPanel.button("Predict unlabelled…", "models-predict",
                "The model selected in the table, trained on every labelled track, predicts the labels of the tracks "
                        + "that have none; they show in the Data table");
        predict.disableProperty().bind(viewModel.runningProperty().or(viewModel.shown().chosenProperty().isNull()));
        predict.setOnAction(e -> predictions.predict());
        return predict;
    }

    /** The predictions' exports, for the Export menu: as CSV, or kept as a label scheme marked as predicted. */
    static List<MenuItem> menuItems(ModelsViewModel viewModel) {
        PredictionViewModel predictions = viewModel.predictions();
        MenuItem export = new MenuItem("Predictions as CSV…");
        export.setId("models-export-predictions");
        export.disableProperty().bind(predictions.hasPredictions().not());
        export.setOnAction(e -> predictions.exportCsv());
        MenuItem save = new MenuItem("Predictions as a label scheme…");
        save.setId("models-save-predictions");
        save.disableProperty().bind(predictions.hasPredictions().not());
        save.setOnAction(e -> predictions.saveAsScheme());
        return List.of(export, save);
    }
}
