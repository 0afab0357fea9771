package org.genreworkbench.ui.data.wizard;

import static org.genreworkbench.ui.data.wizard.WizardControls.column;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Step 2: the app's credentials, the connection test with what Spotify allows, and the fallbacks to use. */
final class ConnectPage extends VBox {

    ConnectPage(SpotifyWizardModel model) {
        super(10);
        ConnectStep step = model.connect();
        TextField id = new TextField();
        id.setId("wizard-client-id");
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
        table.getColumns().add(column("Capability", ConnectStep.CapabilityRow::capability, 200));
        table.getColumns().add(column("Spotify", ConnectStep.CapabilityRow::status, 250));
        table.getColumns().add(column("Fallback used", ConnectStep.CapabilityRow::fallback, 230));
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
        getChildren().addAll(new Label("Your Spotify app's credentials (from the Spotify developer dashboard)."),
                form, remember, test, table, recco, mb);
        VBox.setVgrow(table, Priority.ALWAYS);
    }
}
