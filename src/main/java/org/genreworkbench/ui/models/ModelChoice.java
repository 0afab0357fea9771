package org.genreworkbench.ui.models;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genreworkbench.model.spec.BaseLearner;
import org.genreworkbench.model.spec.Method;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.ml.Learners;
import org.genreworkbench.ml.OptionTuning;
import org.genreworkbench.model.spec.Target;
import org.genreworkbench.model.spec.Threshold;

/**
 * The models of the next run, each with a name of its own, the options of each that vary (a grid, expanded when
 * the run is made), and the one selected for editing.
 */
final class ModelChoice implements OptionItems.Tuner {
    /** What tells two models of one default name apart: "J48", "J48 #2". */
    private static final String NUMBERED = " #";
    private final ObservableList<ModelSpec> models = FXCollections.observableArrayList(starting(
            firstLearner() == BaseLearner.LIGHTGBM));
    private final ObjectProperty<ModelSpec> selected = new SimpleObjectProperty<>();
    private final java.util.Map<ModelSpec, OptionTuning> tunings = new java.util.HashMap<>();

    /**
     * The models a new setup starts with: BR over LightGBM and over FastForest, the quick and strong learners the
     * README says to try first; where LightGBM cannot load, BR over a 50-tree random forest and CC over J48. Two
     * learners, not two methods over one: for the playlist genre each runs as its learner alone, and two methods
     * over one learner would be the same model twice.
     */
    static List<ModelSpec> starting(boolean lightGbm) {
        return lightGbm
                ? List.of(usual(null, Method.BR, BaseLearner.LIGHTGBM), usual(null, Method.BR, BaseLearner.FAST_FOREST))
                : List.of(usual(null, Method.BR, BaseLearner.RANDOM_FOREST), usual(null, Method.CC, BaseLearner.J48));
    }

    /** The learner offered first, to start with and to add: LightGBM where it loads, a random forest elsewhere. */
    static BaseLearner firstLearner() {
        return Learners.unavailableReason(BaseLearner.LIGHTGBM).isEmpty() ? BaseLearner.LIGHTGBM
                : BaseLearner.RANDOM_FOREST;
    }

    /**
     * A model with its learner's usual options (a forest of 50 trees); named by its method and learner when
     * {@code name} is null.
     */
    private static ModelSpec usual(String name, Method method, BaseLearner base) {
        return new ModelSpec(name, method, base, "", base == BaseLearner.RANDOM_FOREST ? "-I 50" : "", Threshold.PCUT1);
    }

    ObservableList<ModelSpec> models() {
        return models;
    }

    ObjectProperty<ModelSpec> selectedProperty() {
        return selected;
    }

    /** Adds a model with a name not yet taken and the usual options of its learner, and selects it. */
    ModelSpec add(Method method, BaseLearner base, Target target) {
        Method m = method.fits(target) ? method : Method.forTarget(target).get(0);
        String unique = firstFree(ModelSpec.defaultName(m, base), this::nameTaken);
        ModelSpec spec = usual(unique, m, base);
        models.add(spec);
        selected.set(spec);
        return spec;
    }

    /** Puts {@code changed} where {@code old} was, keeping it selected and the options that vary in it. */
    void replace(ModelSpec old, ModelSpec changed) {
        replace(old, changed, tuning(old));
    }

    /** Puts {@code changed} where {@code old} was with {@code tuning} as the options that vary, keeping it selected. */
    @Override
    public void replace(ModelSpec old, ModelSpec changed, OptionTuning tuning) {
        int i = models.indexOf(old);
        if (i >= 0) {
            tunings.remove(old);
            if (!tuning.isEmptyFor(changed)) {
                tunings.put(changed, tuning.of(changed));
            }
            models.set(i, changed);
            selected.set(changed);
        }
    }

    /** The options of {@code model} that take several values; none for a model outside any grid. */
    @Override
    public OptionTuning tuning(ModelSpec model) {
        return tunings.getOrDefault(model, OptionTuning.NONE).of(model);
    }

    void removeSelected() {
        tunings.remove(selected.get());
        models.remove(selected.get());
        selected.set(null);
    }

    /**
     * The models as the target needs them, a model whose options vary expanded into its grid as a spec file's
     * grid is: one added for the other kind of target follows the current one (a multi-label method becomes its
     * base learner alone, and back to BR); a network fits either and stays.
     */
    List<ModelSpec> forTarget(Target target) {
        boolean single = target == Target.PLAYLIST_GENRE;
        Method method = single ? Method.WEKA : Method.BR;
        Set<String> taken = new HashSet<>();
        models.stream().filter(m -> m.method().fits(target)).forEach(m -> taken.add(m.name()));
        List<ModelSpec> fitted = new ArrayList<>();
        for (ModelSpec m : models) {
            fitted.addAll(tuning(m).expand(m.method().fits(target) ? m : new ModelSpec(followingName(m, method, taken),
                    method, m.base(), single ? "" : m.methodOptions(), m.baseOptions(), m.threshold())));
        }
        return fitted;
    }

    /**
     * The name of a model turned into {@code method}: a name the user gave stays; a name the model got from its
     * method and learner ("CC + J48", "CC + J48 #2") follows what runs ("J48"), made unique among {@code taken}.
     */
    private static String followingName(ModelSpec m, Method method, Set<String> taken) {
        String name = isFormOf(m.name(), ModelSpec.defaultName(m.method(), m.base()))
                ? firstFree(ModelSpec.defaultName(method, m.base()), taken::contains) : m.name();
        taken.add(name);
        return name;
    }

    /** {@code base} itself, or the first of "base #2", "base #3", … that {@code taken} does not hold. */
    private static String firstFree(String base, Predicate<String> taken) {
        String name = base;
        for (int i = 2; taken.test(name); i++) {
            name = base + NUMBERED + i;
        }
        return name;
    }

    /** Whether {@code name} is {@code base} or one of the numbered names {@link #firstFree} makes of it. */
    private static boolean isFormOf(String name, String base) {
        return name.equals(base) || name.matches(Pattern.quote(base + NUMBERED) + "\\d+");
    }

    /** How many models Run trains, each of a grid counted; a model the target cannot take counts once. */
    int count(Target target) {
        try {
            return forTarget(target).size();
        } catch (IllegalArgumentException e) {
            return models.size(); // Run itself says what is wrong
        }
    }

    private boolean nameTaken(String candidate) {
        return models.stream().anyMatch(s -> s.name().equals(candidate));
    }
}
