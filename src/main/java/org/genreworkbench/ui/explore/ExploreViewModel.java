package org.genreworkbench.ui.explore;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genreworkbench.explore.ExploreData;
import org.genreworkbench.explore.FeatureColumns;
import org.genreworkbench.explore.Grouping;
import org.genreworkbench.explore.Histogram;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.ui.WorkbenchContext;

/**
 * The Explore tab's state. The statistics are recomputed in the background whenever the workspace changes
 * (at most one computation at a time; a change during one asks for one more); switching the feature, the
 * bins or the scale only reads what is already computed.
 */
public final class ExploreViewModel {
    private final WorkbenchContext context;
    private final ReadOnlyObjectWrapper<ExploreData> data = new ReadOnlyObjectWrapper<>();
    private final StringProperty feature = new SimpleStringProperty("danceability");
    private final IntegerProperty bins = new SimpleIntegerProperty();
    private final BooleanProperty logScale = new SimpleBooleanProperty();
    private final BooleanProperty density = new SimpleBooleanProperty(true);
    private final BooleanProperty proportions = new SimpleBooleanProperty();
    private final ObjectProperty<Grouping.Kind> grouping = new SimpleObjectProperty<>(Grouping.Kind.NONE);
    private final BooleanProperty spearman = new SimpleBooleanProperty();
    private final BooleanProperty reorder = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<String[]> scatterPair = new ReadOnlyObjectWrapper<>();
    private final Map<String, Integer> binsByFeature = new HashMap<>();
    private final Map<Grouping.Kind, Map<String, int[]>> groups = new HashMap<>();
    private boolean computing;
    private boolean again;

    public ExploreViewModel(WorkbenchContext context) {
        this.context = context;
        context.session().revisionProperty().addListener((obs, old, now) -> recompute());
        feature.addListener((obs, old, now) -> {
            if (now == null) {
                return;
            }
            bins.set(binsByFeature.getOrDefault(now, defaultBins(now)));
            logScale.set(FeatureColumns.LOG_FRIENDLY.contains(now) && now.endsWith("_ms") || "artist_followers".equals(now));
        });
        bins.addListener((obs, old, now) -> binsByFeature.put(feature.get(), now.intValue()));
        data.addListener((obs, old, now) -> {
            groups.clear();
            if (!binsByFeature.containsKey(feature.get())) {
                bins.set(defaultBins(feature.get()));
            }
        });
        recompute();
    }

    public ReadOnlyObjectProperty<ExploreData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public StringProperty featureProperty() {
        return feature;
    }

    /** Bins of the current feature; each feature keeps its own. */
    public IntegerProperty binsProperty() {
        return bins;
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    public BooleanProperty densityProperty() {
        return density;
    }

    public BooleanProperty proportionsProperty() {
        return proportions;
    }

    public ObjectProperty<Grouping.Kind> groupingProperty() {
        return grouping;
    }

    public BooleanProperty spearmanProperty() {
        return spearman;
    }

    public BooleanProperty reorderProperty() {
        return reorder;
    }

    /** The two features whose scatter plot is open, or null. */
    public ReadOnlyObjectProperty<String[]> scatterPairProperty() {
        return scatterPair.getReadOnlyProperty();
    }

    public void openScatter(String x, String y) {
        scatterPair.set(new String[] {x, y});
    }

    /** The Freedman–Diaconis bins of a feature, or 30 before the data is there. */
    public int defaultBins(String name) {
        ExploreData d = data.get();
        return d == null || !d.sorted().containsKey(name) ? 30 : Histogram.freedmanDiaconisBins(d.sorted().get(name));
    }

    /** The groups of the current grouping, computed once per data. */
    public Map<String, int[]> groups() {
        ExploreData d = data.get();
        if (d == null || grouping.get() == Grouping.Kind.NONE) {
            return Map.of();
        }
        return groups.computeIfAbsent(grouping.get(),
                k -> Grouping.of(context.session().project(), d.columns().trackIds(), k, 6));
    }

    private void recompute() {
        if (computing) {
            again = true;
            return;
        }
        computing = true;
        Project snapshot = context.session().project().snapshot();
        BackgroundTask.of("Computing statistics", ctx -> {
                    ctx.message("Computing statistics of " + snapshot.tracks().size() + " tracks");
                    return ExploreData.of(snapshot);
                })
                .onSuccess(data::set)
                .andFinally(() -> {
                    computing = false;
                    if (again) {
                        again = false;
                        recompute();
                    }
                })
                .executeWith(context.executor());
    }
}
