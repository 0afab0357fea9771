package org.genreworkbench.ui.labels;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.control.Control;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import org.genreworkbench.labels.LabellingService;
import org.genreworkbench.ui.Dialogs;

/** Saving the labels as the active scheme under a name, and exporting them as CSV. */
final class SchemeActions extends HBox {

    SchemeActions(LabelsViewModel viewModel, Dialogs dialogs) {
        TextField name = new TextField();
        name.setId("labels-scheme-name");
        name.setPromptText("scheme name");
        name.textProperty().bindBidirectional(viewModel.schemeNameProperty());
        Button apply = new Button("Apply as labels");
        apply.setId("labels-apply");
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(viewModel.treeProperty().isNull());
        apply.setOnAction(e -> viewModel.apply());
        MenuItem exportTags = new MenuItem("Tag labels as CSV…");
        exportTags.setOnAction(e -> dialogs.chooseFileToSave("Export tag labels", "tag-labels.csv", List.of("csv"))
                .ifPresent(file -> viewModel.export(LabellingService.Export.TAG_LABELS, file)));
        MenuItem exportTracks = new MenuItem("Track labels as CSV…");
        exportTracks.setOnAction(e -> dialogs.chooseFileToSave("Export track labels", "track-labels.csv", List.of("csv"))
                .ifPresent(file -> viewModel.export(LabellingService.Export.TRACK_LABELS, file)));
        MenuButton export = new MenuButton("Export", null, exportTags, exportTracks);
        export.setId("labels-export");
        export.disableProperty().bind(viewModel.treeProperty().isNull());
        for (Control c : List.of(apply, export)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(name, Priority.ALWAYS);
        setSpacing(6);
        getChildren().addAll(name, apply, export);
    }
}
