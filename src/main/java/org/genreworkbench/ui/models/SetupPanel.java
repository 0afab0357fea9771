package org.genreworkbench.ui.models;

import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.genreworkbench.ui.WorkspaceSession;

/**
 * The left of the tab: the data set and the models in a panel that scrolls up and down (never sideways: its
 * texts wrap), with Run, Cancel and the status below, always in view.
 */
final class SetupPanel extends BorderPane {
    /** Wide enough for the widest row that cannot wrap (the method and base learner choices). */
    static final double MIN_WIDTH = 380;

    SetupPanel(ModelsViewModel viewModel, WorkspaceSession session) {
        TitledPane dataset = new TitledPane("Data set and split", new DatasetForm(viewModel.dataset(), session));
        TitledPane models = new TitledPane("Models", new ModelListEditor(viewModel.models(), viewModel.dataset(),
                viewModel.networkUnavailableProperty()));
        VBox panes = new VBox(8, dataset, models);
        panes.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(panes);
        scroll.setId("models-setup-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        setBottom(new RunBar(viewModel));
        setMinWidth(MIN_WIDTH);
    }
}
