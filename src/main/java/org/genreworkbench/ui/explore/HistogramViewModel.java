package org.genreworkbench.ui.explore;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.genreworkbench.explore.ExploreData;
import org.genreworkbench.explore.Grouping;
import org.genreworkbench.explore.Histogram;
import org.genreworkbench.explore.HistogramPlot;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.TrackFeature;
import org.genreworkbench.task.BackgroundTask;
import org.genreworkbench.task.TaskExecutor;
import org.genreworkbench.task.TaskHandle;
import org.genreworkbench.ui.WorkspaceSession;

/**
 * What the histogram shows: the feature, its bins, the scale, the density curve, proportions, the grouping,
 * and one feature or all of them. The bins are the Freedman–Diaconis number of the data shown, until the user
 * moves the slider: that choice is kept per feature for this workspace only, so neither an empty workspace's
 * single bin nor another workspace's choice comes back. The groups and the bars and curves of what is shown are
 * counted in the background on every change ({@link #shownProperty()}); a change made meanwhile wins.
 */
public final class HistogramViewModel {
    /** The most groups drawn at once: more overlaid bars and curves cannot be told apart. */
    static final int MAX_GROUPS = 6;

    /**
     * What the view draws: the groups (for the legend) and one plot, or one per feature for all features.
     *
     * @param largest the groups drawn, the largest of how many the grouping has
     * @param kind    the grouping
     */
    public record Shown(Grouping.Largest largest, Grouping.Kind kind, List<HistogramPlot> plots, boolean allFeatures) {
        /** The groups drawn, for the legend. */
        public Map<String, int[]> groups() {
            return largest.groups();
        }

        /** Says which groups are drawn when some are left out ("The 6 largest of 12 labels"); empty otherwise. */
        public String groupsNote() {
            if (largest.total() <= largest.groups().size()) {
                return "";
            }
            String what = switch (kind) {
                case PLAYLIST_GENRE -> "playlist genres";
                case LABEL_SCHEME -> "labels";
                case TOP_TAGS -> "genre tags";
                case NONE -> "groups";
            };
            return String.format(java.util.Locale.ROOT, "The %d largest of %,d %s", largest.groups().size(), largest.total(),
                    what);
        }
    }

    private final WorkspaceSession session;
    private final TaskExecutor executor;
    private final ReadOnlyObjectProperty<ExploreData> data;
    private final StringProperty feature = new SimpleStringProperty("danceability");
    private final ReadOnlyIntegerWrapper bins = new ReadOnlyIntegerWrapper(30);
    private final BooleanProperty logScale = new SimpleBooleanProperty();
    private final BooleanProperty density = new SimpleBooleanProperty(true);
    private final BooleanProperty proportions = new SimpleBooleanProperty();
    private final ObjectProperty<Grouping.Kind> grouping = new SimpleObjectProperty<>(Grouping.Kind.NONE);
    private final BooleanProperty allFeatures = new SimpleBooleanProperty();
    private final Map<String, Integer> chosenBins = new HashMap<>();
    private final Map<Grouping.Kind, Grouping.Largest> groups = new EnumMap<>(Grouping.Kind.class);
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper();
    /** Counts the requests, so that only the newest one's result is shown. */
    private long request;
    /** The count under way, cancelled when a newer one starts: one change of feature moves bins and scale too. */
    private TaskHandle countingJob;

    HistogramViewModel(WorkspaceSession session, ReadOnlyObjectProperty<ExploreData> data, TaskExecutor executor) {
        this.session = session;
        this.data = data;
        this.executor = executor;
        session.projectProperty().addListener((obs, old, now) -> chosenBins.clear());
        feature.addListener((obs, old, now) -> {
            if (now != null) {
                logScale.set(logByDefault(now));
                showBinsOf(now);
            }
        });
        data.addListener((obs, old, now) -> {
            groups.clear();
            showBinsOf(feature.get());
        });
        showBinsOf(feature.get());
        for (ObservableValue<?> p : List.of(feature, bins, logScale, density, proportions, grouping, allFeatures, data)) {
            p.addListener((obs, old, now) -> count());
        }
        count();
    }

    /** Long-tailed features in absolute units read better on a log scale from the start. */
    static boolean logByDefault(String feature) {
        TrackFeature f = TrackFeature.byFieldName(feature);
        return f != null && f.logAxisByDefault();
    }

    public StringProperty featureProperty() {
        return feature;
    }

    /** Bins of the current feature. */
    public ReadOnlyIntegerProperty binsProperty() {
        return bins.getReadOnlyProperty();
    }

    /** The user's choice of bins for the current feature, kept while this workspace is open. */
    public void chooseBins(int count) {
        int b = Math.max(1, Math.min(200, count));
        if (b != bins.get()) {
            chosenBins.put(feature.get(), b);
            bins.set(b);
        }
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

    public BooleanProperty allFeaturesProperty() {
        return allFeatures;
    }

    /** The Freedman–Diaconis bins of a feature in the data shown, or 30 before there is data. */
    public int defaultBins(String name) {
        ExploreData d = data.get();
        return d == null || !d.sorted().containsKey(name) ? 30 : Histogram.freedmanDiaconisBins(d.sorted().get(name));
    }

    /** Why the current feature's chart is empty, or empty when it has something to show. */
    public Optional<String> whyEmpty() {
        ExploreData d = data.get();
        return d == null || feature.get() == null ? Optional.empty() : d.whyEmpty(feature.get());
    }

    /** The groups and plots last counted; null before there is data. */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Whether the background is counting what to show next. */
    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    /** The groups of the current grouping as last counted: empty without a grouping or before the count. */
    public Map<String, int[]> groups() {
        Grouping.Largest known = grouping.get() == Grouping.Kind.NONE ? null : groups.get(grouping.get());
        return known == null ? Map.of() : known.groups();
    }

    /**
     * Counts the groups (once per data and kind: grouping by top tags walks every track's artists' tags) and the
     * bars and density curves of the feature shown, or of every feature, in the background.
     */
    private void count() {
        ExploreData d = data.get();
        String name = feature.get();
        if (d == null || name == null || !d.sorted().containsKey(name)) {
            return;
        }
        long asked = ++request;
        Grouping.Kind kind = grouping.get();
        Grouping.Largest known = kind == Grouping.Kind.NONE ? new Grouping.Largest(Map.of(), 0) : groups.get(kind);
        Project project = known == null ? session.project().snapshot() : null;
        boolean all = allFeatures.get();
        int chosenBins = bins.get();
        boolean log = logScale.get();
        boolean curves = density.get();
        boolean shares = proportions.get();
        Map<String, Integer> binsOf = new HashMap<>();
        if (all) {
            d.columns().numericNames().forEach(n -> binsOf.put(n, defaultBins(n)));
        }
        counting.set(true);
        if (countingJob != null) {
            countingJob.cancel();
        }
        countingJob = BackgroundTask.of("Counting the histogram of " + name, ctx -> {
                    Grouping.Largest largest = known != null ? known
                            : Grouping.largest(project, d.columns().trackIds(), kind, MAX_GROUPS);
                    Map<String, int[]> g = largest.groups();
                    List<HistogramPlot> plots = new java.util.ArrayList<>();
                    for (String n : all ? d.columns().numericNames() : List.of(name)) {
                        ctx.checkCancelled();
                        plots.add(all ? HistogramPlot.of(d, n, binsOf.get(n), logByDefault(n), curves, shares, g)
                                : HistogramPlot.of(d, n, chosenBins, log, curves, shares, g));
                    }
                    return new Shown(largest, kind, List.copyOf(plots), all);
                })
                .onSuccess(result -> {
                    if (data.get() == d && kind != Grouping.Kind.NONE) {
                        groups.putIfAbsent(kind, result.largest());
                    }
                    if (asked == request) {
                        shown.set(result);
                    }
                })
                .andFinally(() -> {
                    if (asked == request) {
                        counting.set(false);
                    }
                })
                .executeWith(executor);
    }

    private void showBinsOf(String name) {
        if (name != null) {
            bins.set(chosenBins.getOrDefault(name, defaultBins(name)));
        }
    }
}
