package org.genreworkbench.ui;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.genreworkbench.ml.KeptModels;
import org.genreworkbench.model.Predictions;

/**
 * What the window holds of one experiment beyond the workspace: its trained models (per fold from a run on this
 * computer, and refits made on demand) and the predictions made with one of them. Held for one experiment at a
 * time: released when another takes its place, when the experiment leaves the view, or when the workspace is
 * closed or replaced. Changed on the UI thread only; the models themselves may be read from background work.
 */
public final class HeldModels {
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Predictions> predictions = new ReadOnlyObjectWrapper<>();
    private KeptModels kept;
    private String experimentId;

    /** Holds the models of experiment {@code id}, letting go of those held before. */
    public void hold(String id, KeptModels models) {
        if (kept != null && kept != models) {
            kept.close();
        }
        if (!java.util.Objects.equals(id, experimentId)) {
            predictions.set(null);
        }
        kept = models;
        experimentId = id;
        refresh();
    }

    /** The models held for experiment {@code id}; an empty store is held for it first if another's were held. */
    public KeptModels modelsFor(String id) {
        if (kept == null || !id.equals(experimentId)) {
            hold(id, new KeptModels());
        }
        return kept;
    }

    /** Whether the models of experiment {@code id} are the ones held. */
    public boolean holds(String id) {
        return kept != null && id != null && id.equals(experimentId);
    }

    /** The held store, if any. */
    public Optional<KeptModels> held() {
        return Optional.ofNullable(kept);
    }

    /** Lets go of every model and of the predictions. */
    public void release() {
        if (kept != null) {
            kept.close();
        }
        kept = null;
        experimentId = null;
        predictions.set(null);
        refresh();
    }

    /** Shows predictions made with a held model (in the Data table). */
    public void showPredictions(Predictions made) {
        predictions.set(made);
    }

    /** The predictions of the held experiment's model; null when none were made. */
    public ReadOnlyObjectProperty<Predictions> predictionsProperty() {
        return predictions.getReadOnlyProperty();
    }

    /** "models held: 9 × 5 folds + 1 refit, ~12 MB"; empty when none are held. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Brings the summary up to date after models were kept by background work. */
    public void refresh() {
        summary.set(kept == null || kept.isEmpty() ? "" : "models held: " + kept.describe());
    }
}
