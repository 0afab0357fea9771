package org.genreworkbench.ui.models;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genreworkbench.ml.ModelSpec;

/** The models of the next run, each with a name of its own, and the one selected for editing. */
final class ModelChoice {
    /** The method of a single-label model: its base learner alone. */
    static final String SINGLE_LABEL = "WEKA";
    /** The network, which learns multi- and single-label targets alike. */
    static final String NETWORK = "MLP";
    private final ObservableList<ModelSpec> models = FXCollections.observableArrayList(
            new ModelSpec(null, "BR", "RandomForest", "", "-I 50", "PCut1"),
            new ModelSpec(null, "CC", "J48", "", "", "PCut1"));
    private final ObjectProperty<ModelSpec> selected = new SimpleObjectProperty<>();

    ObservableList<ModelSpec> models() {
        return models;
    }

    ObjectProperty<ModelSpec> selectedProperty() {
        return selected;
    }

    /**
     * The methods a model may use for the target: for the playlist genre (one label per track) the base learner
     * alone ("WEKA") or the network, which takes single-label targets too; for a label scheme every multi-label
     * method and the network.
     */
    static List<String> methodsFor(Target target) {
        return target == Target.PLAYLIST_GENRE ? List.of(SINGLE_LABEL, NETWORK)
                : ModelSpec.METHODS.stream().filter(m -> !m.equals(SINGLE_LABEL)).toList();
    }

    /** Adds a model with a name not yet taken and the usual options of its learner, and selects it. */
    ModelSpec add(String method, String base, Target target) {
        String m = methodsFor(target).contains(method) ? method : methodsFor(target).get(0);
        String baseName = ModelSpec.defaultName(m, base);
        String unique = baseName;
        for (int i = 2; nameTaken(unique); i++) {
            unique = baseName + " #" + i;
        }
        ModelSpec spec = new ModelSpec(unique, m, base, "", base.equals("RandomForest") ? "-I 50" : "", "PCut1");
        models.add(spec);
        selected.set(spec);
        return spec;
    }

    /** Puts {@code changed} where {@code old} was, keeping it selected. */
    void replace(ModelSpec old, ModelSpec changed) {
        int i = models.indexOf(old);
        if (i >= 0) {
            models.set(i, changed);
            selected.set(changed);
        }
    }

    void removeSelected() {
        models.remove(selected.get());
        selected.set(null);
    }

    /**
     * The models as the target needs them: one added for the other kind of target follows the current one (a
     * multi-label method becomes its base learner alone, and back to BR); a network fits either and stays.
     */
    List<ModelSpec> forTarget(Target target) {
        boolean single = target == Target.PLAYLIST_GENRE;
        return models.stream().map(m -> m.network() || single == m.method().equals(SINGLE_LABEL) ? m
                : new ModelSpec(m.name(), single ? SINGLE_LABEL : "BR", m.base(), single ? "" : m.methodOptions(),
                m.baseOptions(), m.threshold())).toList();
    }

    private boolean nameTaken(String candidate) {
        return models.stream().anyMatch(s -> s.name().equals(candidate));
    }
}
