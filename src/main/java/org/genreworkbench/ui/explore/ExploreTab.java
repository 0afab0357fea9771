package org.genreworkbench.ui.explore;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.genreworkbench.explore.ExploreData;
import org.genreworkbench.ui.WorkbenchContext;

/**
 * The Explore tab: summary statistics, histograms (one feature or all at once), the correlation heatmap with
 * its scatter plots, the genre tags' sparsity, and features summarised and counted by group, all from statistics computed in the background. Each view
 * is its own class; this one puts them together and hands them the data when it arrives.
 */
public final class ExploreTab extends Tab {
    private final ExploreViewModel viewModel;
    private final SummaryView summary;
    private final HistogramView histograms;
    private final CorrelationView correlations;
    private final TagsView tags;
    private final GroupsView groups;

    public ExploreTab(WorkbenchContext context) {
        super("Explore");
        setClosable(false);
        this.viewModel = new ExploreViewModel(context);
        ExportActions exports = new ExportActions(context);
        summary = new SummaryView(exports);
        histograms = new HistogramView(viewModel.histogram(), exports);
        correlations = new CorrelationView(viewModel, exports);
        tags = new TagsView(exports);
        groups = new GroupsView(viewModel.groups(), exports);
        TabPane views = new TabPane(summary, histograms, correlations, tags, groups);
        views.setId("explore-views");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setContent(views);
        viewModel.dataProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.dataProperty().get());
    }

    public ExploreViewModel viewModel() {
        return viewModel;
    }

    private void show(ExploreData data) {
        if (data == null) {
            return;
        }
        summary.show(data);
        histograms.show(data);
        correlations.show(data);
        tags.show(data.tags());
        groups.showFeatures();
    }
}
