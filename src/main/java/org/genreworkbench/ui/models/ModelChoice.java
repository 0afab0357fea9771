package org.genreworkbench.ui.models;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genreworkbench.ml.ModelSpec;

/** The models of the next run, each with a name of its own, and the one selected for editing. */
final class ModelChoice {
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

    /** Adds a model with a name not yet taken and the usual options of its learner, and selects it. */
    ModelSpec add(String method, String base, Target target) {
        String m = target == Target.PLAYLIST_GENRE ? "WEKA" : method;
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

    /** The models as the target needs them: one added for the other kind of target follows the current one. */
    List<ModelSpec> forTarget(Target target) {
        boolean single = target == Target.PLAYLIST_GENRE;
        return models.stream().map(m -> single == m.method().equals("WEKA") ? m
                : new ModelSpec(m.name(), single ? "WEKA" : "BR", m.base(), single ? "" : m.methodOptions(),
                m.baseOptions(), m.threshold())).toList();
    }

    private boolean nameTaken(String candidate) {
        return models.stream().anyMatch(s -> s.name().equals(candidate));
    }
}
