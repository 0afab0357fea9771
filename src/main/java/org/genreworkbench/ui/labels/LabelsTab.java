package org.genreworkbench.ui.labels;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.genreworkbench.ui.WorkbenchContext;

/**
 * The Labels tab: cluster the artists' genre tags, drag the cut through the tree while the balance panel
 * follows, edit the clusters, and apply them as the workspace's label scheme. Only puts the parts together.
 */
public final class LabelsTab extends Tab {
    private final LabelsViewModel viewModel;

    public LabelsTab(WorkbenchContext context) {
        super("Labels");
        setClosable(false);
        this.viewModel = new LabelsViewModel(context);

        BorderPane tree = new BorderPane(new DendrogramView(viewModel));
        tree.setTop(new CutBar(viewModel));
        tree.setBottom(new SuggestionStrip(viewModel));
        SplitPane split = new SplitPane(tree, sidePanel(context));
        split.setDividerPositions(0.6);
        SplitPane.setResizableWithParent(split.getItems().get(1), false);

        Label status = new Label();
        status.setId("labels-status");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.textProperty().bind(viewModel.statusProperty());
        status.setPadding(new Insets(0, 8, 4, 8));
        BorderPane content = new BorderPane(split);
        content.setTop(new VBox(new TreeSettingsBar(context, viewModel), status));
        setContent(content);
    }

    public LabelsViewModel viewModel() {
        return viewModel;
    }

    private VBox sidePanel(WorkbenchContext context) {
        ClusterEditor editor = new ClusterEditor(viewModel, context.dialogs());
        VBox side = new VBox(4, new BalancePanel(viewModel), editor, new SchemeActions(viewModel, context.dialogs()));
        VBox.setVgrow(editor, Priority.ALWAYS);
        side.setPadding(new Insets(8));
        side.setMinWidth(420);
        return side;
    }
}
