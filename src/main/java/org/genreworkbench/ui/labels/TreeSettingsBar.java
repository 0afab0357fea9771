package org.genreworkbench.ui.labels;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Linkage;
import org.genreworkbench.model.TagDistance;
import org.genreworkbench.ui.Converters;
import org.genreworkbench.ui.WorkbenchContext;

/** What the tree is built from (minimum artists per tag, distance, linkage), Build tree, and the active scheme. */
final class TreeSettingsBar extends HBox {

    TreeSettingsBar(WorkbenchContext context, LabelsViewModel viewModel) {
        super(8);
        Spinner<Integer> minSupport = new Spinner<>(1, 1000, viewModel.minSupportProperty().get());
        minSupport.setId("labels-min-support");
        minSupport.setEditable(true);
        minSupport.setPrefWidth(90);
        minSupport.valueProperty().addListener((obs, old, now) -> viewModel.minSupportProperty().set(now));
        viewModel.minSupportProperty().addListener((obs, old, now) -> minSupport.getValueFactory().setValue(now.intValue()));
        minSupport.setTooltip(new Tooltip("Tags carried by fewer artists are set aside"));
        ChoiceBox<TagDistance> distance = new ChoiceBox<>();
        distance.setId("labels-distance");
        distance.getItems().setAll(TagDistance.values());
        distance.valueProperty().bindBidirectional(viewModel.distanceProperty());
        distance.setConverter(Converters.showing(d -> d == TagDistance.JACCARD ? "1 − Jaccard" : "cosine"));
        ChoiceBox<Linkage> linkage = new ChoiceBox<>();
        linkage.setId("labels-linkage");
        linkage.getItems().setAll(Linkage.values());
        linkage.setConverter(Converters.showing(Linkage::displayName));
        linkage.valueProperty().bindBidirectional(viewModel.linkageProperty());
        Button build = new Button("Build tree");
        build.setId("labels-build");
        build.getStyleClass().add("accent");
        build.disableProperty().bind(viewModel.busyProperty());
        build.setOnAction(e -> viewModel.buildTree());

        ChoiceBox<String> active = activeSchemeChoice(context, viewModel);
        getChildren().addAll(new Label("Min. artists per tag"), minSupport, new Label("Distance"), distance,
                new Label("Linkage"), linkage, build, new Separator(Orientation.VERTICAL), new Label("Active scheme"), active);
        for (var node : getChildren()) {
            if (node instanceof Control c) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 8, 4, 8));
    }

    /** The schemes kept in the workspace; choosing one makes it active and brings back its tree, cut and edits. */
    private static ChoiceBox<String> activeSchemeChoice(WorkbenchContext context, LabelsViewModel viewModel) {
        ChoiceBox<String> active = new ChoiceBox<>();
        active.setId("labels-active-scheme");
        active.setTooltip(new Tooltip("The label scheme the Models and Explore tabs use"));
        Runnable fill = () -> {
            var project = context.session().project();
            List<String> names = project.labelSchemes().stream().map(LabelScheme::name).toList();
            if (!active.getItems().equals(names)) {
                active.getItems().setAll(names);
            }
            active.setValue(project.activeLabelScheme());
        };
        context.session().revisionProperty().addListener((obs, old, now) -> fill.run());
        fill.run();
        active.setOnAction(e -> {
            var project = context.session().project();
            String chosen = active.getValue();
            if (chosen != null && !chosen.equals(project.activeLabelScheme())) {
                project.setActiveLabelScheme(chosen);
                viewModel.restoreActiveScheme();
            }
        });
        active.setPrefWidth(160);
        return active;
    }
}
