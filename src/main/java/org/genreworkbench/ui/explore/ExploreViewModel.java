package org.genreworkbench.ui.explore;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.genreworkbench.explore.DensityGrid;
import org.genreworkbench.explore.ExploreData;
import org.genreworkbench.explore.FeatureColumns;
import org.genreworkbench.explore.TagStatistics;
import org.genreworkbench.model.Counted;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.task.Handover;
import org.genreworkbench.task.TaskHandle;
import org.genreworkbench.ui.WorkbenchContext;

/**
 * The Explore tab's state. The statistics are recomputed in the background whenever the workspace changes
 * (at most one computation at a time; a change during one asks for one more); switching the feature, the
 * bins or the scale only reads what is already computed. A scatter plot's grid is counted in the background
 * too. Work runs on the context's executor, whose callbacks come back on the UI thread in the app and on
 * the calling thread in tests.
 */
public final class ExploreViewModel {
    /** An open scatter plot: its two features, their density grid, and why it is empty if it is. */
    public record Scatter(String x, String y, DensityGrid grid, Optional<String> whyEmpty) {
    }

    static final int SCATTER_CELLS = 80;

    private final WorkbenchContext context;
    private final ReadOnlyObjectWrapper<ExploreData> data = new ReadOnlyObjectWrapper<>();
    private final HistogramViewModel histogram;
    private final GroupsViewModel groups;
    private final BooleanProperty spearman = new SimpleBooleanProperty();
    private final BooleanProperty reorder = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<String[]> scatterPair = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Scatter> scatter = new ReadOnlyObjectWrapper<>();
    private boolean computing;
    private boolean again;
    /** The statistics being computed. */
    private TaskHandle statistics;

    public ExploreViewModel(WorkbenchContext context) {
        this.context = context;
        this.histogram = new HistogramViewModel(context.session(), data.getReadOnlyProperty(), context.executor());
        this.groups = new GroupsViewModel(context.session(), data.getReadOnlyProperty(), context.executor());
        context.session().revisionProperty().addListener((obs, old, now) -> recompute());
        context.session().projectProperty().addListener((obs, old, now) -> {
            // another workspace: the statistics of the last one are of no use, and computing them holds it
            if (statistics != null && !statistics.isDone()) {
                statistics.cancel();
            }
        });
        data.addListener((obs, old, now) -> {
            String[] pair = scatterPair.get();
            if (pair != null) {
                openScatter(pair[0], pair[1]);
            }
        });
        recompute();
    }

    public ReadOnlyObjectProperty<ExploreData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public HistogramViewModel histogram() {
        return histogram;
    }

    public GroupsViewModel groups() {
        return groups;
    }

    public BooleanProperty spearmanProperty() {
        return spearman;
    }

    public BooleanProperty reorderProperty() {
        return reorder;
    }

    /** The two features whose scatter plot was asked for, or null. */
    public ReadOnlyObjectProperty<String[]> scatterPairProperty() {
        return scatterPair.getReadOnlyProperty();
    }

    /** The scatter plot once its grid is counted, or null. */
    public ReadOnlyObjectProperty<Scatter> scatterProperty() {
        return scatter.getReadOnlyProperty();
    }

    /** Asks for the scatter plot of two features; its grid is counted off the UI thread. */
    public void openScatter(String x, String y) {
        scatterPair.set(new String[] {x, y});
        ExploreData d = data.get();
        if (d == null) {
            return;
        }
        double[] xs = d.columns().column(x);
        double[] ys = d.columns().column(y);
        BackgroundTask.of("Plotting " + y + " against " + x, ctx -> DensityGrid.of(xs, ys, SCATTER_CELLS))
                .onSuccess(grid -> {
                    String[] asked = scatterPair.get();
                    // A later click wins: a grid that arrives for an older pair is not shown.
                    if (asked != null && asked[0].equals(x) && asked[1].equals(y)) {
                        scatter.set(new Scatter(x, y, grid, d.whyNoPairs(x, y, grid)));
                    }
                })
                .executeWith(context.executor());
    }

    private void recompute() {
        if (computing) {
            again = true;
            return;
        }
        computing = true;
        Handover<Project> snapshot = new Handover<>(context.session().project().snapshot());
        statistics = BackgroundTask.of("Computing statistics", ctx -> {
                    Project project = snapshot.take();
                    ctx.message("Computing statistics of " + Counted.of(project.tracks().size(), "track"));
                    FeatureColumns columns = FeatureColumns.of(project);
                    ctx.checkCancelled();
                    TagStatistics tags = TagStatistics.of(project);
                    project = null; // the rest needs only the columns and tags: the workspace may be let go of
                    return ExploreData.of(columns, tags);
                })
                .onSuccess(data::set)
                .andFinally(() -> {
                    statistics = null;
                    computing = false;
                    if (again) {
                        again = false;
                        recompute();
                    }
                })
                .executeWith(context.executor());
    }
}
