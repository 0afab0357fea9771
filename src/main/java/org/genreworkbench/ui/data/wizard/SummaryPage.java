package org.genreworkbench.ui.data.wizard;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Step 5: what the run brought, field by field and service by service. */
final class SummaryPage extends VBox {

    SummaryPage(SpotifyWizardModel model) {
        super(10);
        TextArea text = new TextArea();
        text.setId("wizard-summary");
        text.setEditable(false);
        text.setWrapText(true);
        text.textProperty().bind(model.run().summaryProperty());
        getChildren().addAll(new Label("Done. The new tracks are in the Data table."), text);
        VBox.setVgrow(text, Priority.ALWAYS);
    }
}
