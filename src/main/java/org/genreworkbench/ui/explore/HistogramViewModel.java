package org.genreworkbench.ui.explore;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genreworkbench.explore.ExploreData;
import org.genreworkbench.explore.Grouping;
import org.genreworkbench.explore.Histogram;
import org.genreworkbench.ui.WorkspaceSession;

/**
 * What the histogram shows: the feature, its bins, the scale, the density curve, proportions, the grouping,
 * and one feature or all of them. The bins are the Freedman–Diaconis number of the data shown, until the user
 * moves the slider: that choice is kept per feature for this workspace only, so neither an empty workspace's
 * single bin nor another workspace's choice comes back.
 */
public final class HistogramViewModel {
    private final WorkspaceSession session;
    private final ReadOnlyObjectProperty<ExploreData> data;
    private final StringProperty feature = new SimpleStringProperty("danceability");
    private final ReadOnlyIntegerWrapper bins = new ReadOnlyIntegerWrapper(30);
    private final BooleanProperty logScale = new SimpleBooleanProperty();
    private final BooleanProperty density = new SimpleBooleanProperty(true);
    private final BooleanProperty proportions = new SimpleBooleanProperty();
    private final ObjectProperty<Grouping.Kind> grouping = new SimpleObjectProperty<>(Grouping.Kind.NONE);
    private final BooleanProperty allFeatures = new SimpleBooleanProperty();
    private final Map<String, Integer> chosenBins = new HashMap<>();
    private final Map<Grouping.Kind, Map<String, int[]>> groups = new EnumMap<>(Grouping.Kind.class);

    HistogramViewModel(WorkspaceSession session, ReadOnlyObjectProperty<ExploreData> data) {
        this.session = session;
        this.data = data;
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
    }

    /** Long-tailed features in absolute units read better on a log scale from the start. */
    static boolean logByDefault(String feature) {
        return "duration_ms".equals(feature) || "artist_followers".equals(feature);
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

    /** The groups of the current grouping, computed once per data. */
    public Map<String, int[]> groups() {
        ExploreData d = data.get();
        if (d == null || grouping.get() == Grouping.Kind.NONE) {
            return Map.of();
        }
        return groups.computeIfAbsent(grouping.get(),
                k -> Grouping.of(session.project(), d.columns().trackIds(), k, 6));
    }

    private void showBinsOf(String name) {
        if (name != null) {
            bins.set(chosenBins.getOrDefault(name, defaultBins(name)));
        }
    }
}
