package org.genreworkbench.ui.models;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** The comparison's actions on predictions: Predict, then export them or keep them as a label scheme. */
final class PredictionButtons {
    private PredictionButtons() {
    }

    static List<Button> of(ModelsViewModel viewModel) {
        PredictionViewModel predictions = viewModel.predictions();
        ShownExperiment shown = viewModel.shown();
        Button predict = button("Predict unlabelled…", "models-predict",
                "The model selected in the table, trained on every labelled track, predicts the labels of the tracks "
                        + "that have none; they show in the Data table");
        predict.disableProperty().bind(viewModel.runningProperty().or(shown.chosenProperty().isNull()));
        predict.setOnAction(e -> predictions.predict());
        Button export = button("Export predictions…", "models-export-predictions",
                "Each predicted track with its labels and the probability of every label, as CSV");
        export.disableProperty().bind(predictions.hasPredictions().not());
        export.setOnAction(e -> predictions.exportCsv());
        Button save = button("Save as scheme…", "models-save-predictions",
                "Keeps the predicted labels as a label scheme marked as predicted (never an experiment's target)");
        save.disableProperty().bind(predictions.hasPredictions().not());
        save.setOnAction(e -> predictions.saveAsScheme());
        return List.of(predict, export, save);
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
