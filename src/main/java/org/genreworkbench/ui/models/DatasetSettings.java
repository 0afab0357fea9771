package org.genreworkbench.ui.models;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genreworkbench.model.spec.DatasetSpec;
import org.genreworkbench.model.spec.Target;
import org.genreworkbench.ml.FeatureCoverage;
import org.genreworkbench.ml.Features;
import org.genreworkbench.model.spec.Split;
import org.genreworkbench.model.Project;

/**
 * The data set and split of the next run: target, features, transforms, split and seed. Follows the open
 * workspace: the target it can offer, and which features its tracks have at all.
 */
final class DatasetSettings {
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(Target.LABEL_SCHEME);
    private final ObservableList<String> features = FXCollections.observableArrayList(Features.AUDIO);
    private final BooleanProperty standardise = new SimpleBooleanProperty(true);
    private final BooleanProperty logSkewed = new SimpleBooleanProperty(true);
    private final BooleanProperty oneHot = new SimpleBooleanProperty(false);
    private final BooleanProperty dropMissing = new SimpleBooleanProperty(false);
    private final BooleanProperty kfold = new SimpleBooleanProperty(true);
    private final IntegerProperty folds = new SimpleIntegerProperty(5);
    private final IntegerProperty testPercent = new SimpleIntegerProperty(20);
    private final BooleanProperty secondOrder = new SimpleBooleanProperty(false);
    private final LongProperty seed = new SimpleLongProperty(1);
    private final ReadOnlyObjectWrapper<FeatureCoverage> coverage = new ReadOnlyObjectWrapper<>(
            new FeatureCoverage(0, java.util.Map.of()));
    private final ReadOnlyStringWrapper featureNote = new ReadOnlyStringWrapper("");
    /** Features unticked here because the workspace has no values for them, not by the user. */
    private final Set<String> untickedForLackOfValues = new LinkedHashSet<>();

    ObjectProperty<Target> targetProperty() {
        return target;
    }

    /** The ticked features, in any order: runs take them in the order of {@link Features#ALL}. */
    ObservableList<String> features() {
        return features;
    }

    BooleanProperty standardiseProperty() {
        return standardise;
    }

    BooleanProperty logSkewedProperty() {
        return logSkewed;
    }

    BooleanProperty oneHotProperty() {
        return oneHot;
    }

    BooleanProperty dropMissingProperty() {
        return dropMissing;
    }

    BooleanProperty kfoldProperty() {
        return kfold;
    }

    IntegerProperty foldsProperty() {
        return folds;
    }

    /** The share of tracks a hold-out keeps for testing, in percent. */
    IntegerProperty testPercentProperty() {
        return testPercent;
    }

    BooleanProperty secondOrderProperty() {
        return secondOrder;
    }

    LongProperty seedProperty() {
        return seed;
    }

    /** How many tracks of the workspace have each feature. */
    ReadOnlyObjectProperty<FeatureCoverage> coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    /** Why features were left unticked, or empty. */
    ReadOnlyStringProperty featureNoteProperty() {
        return featureNote.getReadOnlyProperty();
    }

    /** Picks the target the workspace can offer: the playlist genre when it has no label scheme but playlists. */
    void pickTarget(Project project) {
        target.set(project.activeLabelScheme() == null && !project.playlists().isEmpty()
                ? Target.PLAYLIST_GENRE : Target.LABEL_SCHEME);
    }

    /**
     * Looks at which features the workspace's tracks have. A feature no track has is unticked and the note says
     * why; one unticked that way earlier is ticked again once tracks have it. Features the user set are kept.
     */
    void followCoverage(FeatureCoverage now) {
        coverage.set(now);
        List<String> absent = now.absent();
        for (String f : List.copyOf(untickedForLackOfValues)) {
            if (!absent.contains(f)) {
                untickedForLackOfValues.remove(f);
                if (!features.contains(f)) {
                    features.add(f);
                }
            }
        }
        List<String> unticked = new ArrayList<>();
        for (String f : absent) {
            if (features.remove(f)) {
                untickedForLackOfValues.add(f);
                unticked.add(f);
            }
        }
        List<String> shown = absent.stream().filter(untickedForLackOfValues::contains).toList();
        featureNote.set(shown.isEmpty() ? "" : String.format(Locale.US,
                "Left out: no track of the %,d here has a value for %s.", now.tracks(), String.join(" or ", shown)));
    }

    /** The data set for {@code project}; throws with a message for the user when the settings make none. */
    DatasetSpec dataset(Project project) {
        if (features.isEmpty()) {
            throw new IllegalArgumentException("Tick at least one feature.");
        }
        // Features go to the model in the list's order, whatever order they were ticked in.
        List<String> ordered = Features.ALL.stream().filter(features::contains).toList();
        return new DatasetSpec(target.get(),
                target.get() == Target.LABEL_SCHEME ? project.activeLabelScheme() : null, ordered,
                standardise.get(), logSkewed.get(), oneHot.get(), dropMissing.get());
    }

    Split split() {
        return kfold.get() ? new Split.KFold(folds.get(), secondOrder.get())
                : new Split.HoldOut(testPercent.get() / 100.0, secondOrder.get());
    }
}
