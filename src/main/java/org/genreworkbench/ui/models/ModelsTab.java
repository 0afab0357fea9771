package org.genreworkbench.ui.models;

import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import org.genreworkbench.ui.WorkbenchContext;

/**
 * The Models tab: define the data set and the split, pick models and their settings, run them on the same
 * folds, and compare them side by side against a baseline. The left panel sets up the run, the right shows
 * the comparison; the state and the work are in {@link ModelsViewModel}.
 */
public final class ModelsTab extends Tab {
    private final ModelsViewModel viewModel;

    public ModelsTab(WorkbenchContext context) {
        this(context, new ModelsViewModel(context));
    }

    /** The tab over a given view model (tests hand in one whose network engine is known not to load). */
    ModelsTab(WorkbenchContext context, ModelsViewModel viewModel) {
        super("Models");
        setClosable(false);
        this.viewModel = viewModel;
        SetupPanel setup = new SetupPanel(viewModel, context.session());
        ResultsPanel results = new ResultsPanel(viewModel);
        SplitPane split = new SplitPane(setup, results);
        split.setDividerPositions(0.32);
        SplitPane.setResizableWithParent(setup, false);
        setContent(split);
        context.session().revisionProperty().addListener((obs, old, now) -> results.refreshPast());
        results.refreshPast();
    }

    public ModelsViewModel viewModel() {
        return viewModel;
    }
}
