package org.genreworkbench.ui.models;

import static org.genreworkbench.ui.models.FormRows.row;

import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.genreworkbench.ml.Learners;
import org.genreworkbench.model.spec.BaseLearner;
import org.genreworkbench.model.spec.Method;
import org.genreworkbench.model.spec.ModelSpec;

/** The models of the next run: the list, adding a method over a base learner, and the selected one's options. */
final class ModelListEditor extends VBox {
    private final Label complaint;
    private final ModelChoice choice;

    ModelListEditor(ModelChoice choice, DatasetSettings dataset, ObservableStringValue network) {
        super(6);
        this.choice = choice;
        ListView<ModelSpec> models = new ListView<>(choice.models());
        models.setId("models-list");
        models.setPrefHeight(130);
        models.setMinWidth(0);
        models.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ModelSpec item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : GridLabels.listed(item, choice.tuning(item)));
            }
        });
        models.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> choice.selectedProperty().set(now));
        choice.selectedProperty().addListener((obs, old, now) -> {
            if (now != models.getSelectionModel().getSelectedItem()) {
                models.getSelectionModel().select(now);
            }
        });

        ChoiceBox<Method> method = new ChoiceBox<>();
        method.setId("models-method");
        method.getItems().setAll(Method.forTarget(dataset.targetProperty().get()));
        method.setValue(method.getItems().get(0));
        method.setMinWidth(Region.USE_PREF_SIZE);
        // The playlist genre is one label per track: the base learner alone or the network, no multi-label method.
        dataset.targetProperty().addListener((obs, old, now) -> {
            Method was = method.getValue();
            method.getItems().setAll(Method.forTarget(now));
            method.setValue(method.getItems().contains(was) ? was : method.getItems().get(0));
        });
        ChoiceBox<BaseLearner> base = new ChoiceBox<>();
        base.setId("models-base");
        base.getItems().setAll(BaseLearner.values());
        base.setValue(ModelChoice.firstLearner());
        base.setConverter(new BaseLearnerLabels());
        base.setMinWidth(Region.USE_PREF_SIZE);
        // BPNN, DBPNN, MLkNN and the network learn on their own: a base learner would be ignored.
        base.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> method.getValue() != null && method.getValue().standalone(), method.valueProperty()));
        Button add = new Button("Add");
        add.setId("models-add");
        add.setOnAction(e -> Learners.unavailableReason(base.getValue())
                .filter(reason -> !method.getValue().standalone()).ifPresentOrElse(
                reason -> complain(base.getValue().specName() + " is unavailable on this machine: " + reason),
                () -> choice.add(method.getValue(), base.getValue(), dataset.targetProperty().get())));
        Label networkReason = NetworkAvailability.offer(method, add, network);
        Button remove = new Button("Remove");
        remove.setId("models-remove");
        remove.disableProperty().bind(choice.selectedProperty().isNull());
        remove.setOnAction(e -> choice.removeSelected());

        PropertySheet sheet = new PropertySheet();
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(PropertyEditors.factory());
        // Tall enough for the model's fields and a few of its learner's options; the sheet scrolls for the rest,
        // and narrow panels shrink its fields rather than clip the panel.
        sheet.setPrefHeight(420);
        sheet.setMinWidth(0);
        WholeOptionNames.keep(sheet);
        complaint = new Label();
        complaint.getStyleClass().add("balance-warning");
        complaint.setWrapText(true);
        complaint.setMinHeight(Region.USE_PREF_SIZE);
        complaint.setVisible(false);
        complaint.managedProperty().bind(complaint.visibleProperty());
        choice.selectedProperty().addListener((obs, old, now) -> {
            complaint.setVisible(false);
            showOptions(sheet, now);
        });
        GridPane learner = new GridPane();
        learner.setHgap(6);
        learner.setVgap(6);
        Label methodLabel = new Label("Method");
        Label baseLabel = new Label("Base learner");
        methodLabel.setMinWidth(Region.USE_PREF_SIZE);
        baseLabel.setMinWidth(Region.USE_PREF_SIZE);
        learner.addRow(0, methodLabel, method);
        learner.addRow(1, baseLabel, base);
        // Both choices as wide as the column: a ChoiceBox sized to its first value cuts a longer one shown later.
        method.setMaxWidth(Double.MAX_VALUE);
        base.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(method, javafx.scene.layout.Priority.ALWAYS);
        GridPane.setHgrow(base, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(models, learner, networkReason, row(add, remove), sheet, complaint);
    }

    /**
     * The model's rows in the sheet. A refused edit says why under the sheet and shows the model's rows again: its
     * editor would otherwise go on showing the refused value as if the model had it.
     */
    private void showOptions(PropertySheet sheet, ModelSpec spec) {
        sheet.getItems().setAll(spec == null ? List.of() : ModelProperties.of(spec, choice, message -> {
            complain(message);
            javafx.application.Platform.runLater(() -> showOptions(sheet, choice.selectedProperty().get()));
        }));
    }

    /** Shows why an edit or an addition was refused, under the property sheet. */
    private void complain(String message) {
        complaint.setText(message);
        complaint.setVisible(true);
    }
}
