package org.genreworkbench.ml;

import org.genreworkbench.model.spec.LearnerOption;
import org.genreworkbench.model.spec.ModelGrid;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.OptionLine;
import org.genreworkbench.model.spec.OptionSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options of one model that take several values, as the property sheet holds them until Run: each a list
 * or a range of a method or base-learner option. Run turns them into the same {@link ModelGrid} a spec file's
 * {@code grids} entry makes, so the window and spec files expand a grid one way.
 */
public record OptionTuning(Map<Key, OptionValues> varied) {
    /** Which of a model's option lines an option is in. */
    public enum Part {
        METHOD, BASE
    }

    /** One option of the method or of the base learner. */
    public record Key(Part part, LearnerOption option) {
    }

    /** No option varies. */
    public static final OptionTuning NONE = new OptionTuning(Map.of());

    public OptionTuning {
        varied = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(varied));
    }

    /** The values of {@code option}, if it varies. */
    public Optional<OptionValues> values(Part part, LearnerOption option) {
        return Optional.ofNullable(varied.get(new Key(part, option)));
    }

    /** A copy with {@code values} for the option, or without it when they are a single value. */
    public OptionTuning with(Part part, LearnerOption option, OptionValues values) {
        Map<Key, OptionValues> next = new LinkedHashMap<>(varied);
        if (values == null || !values.varies()) {
            next.remove(new Key(part, option));
        } else {
            next.put(new Key(part, option), values);
        }
        return new OptionTuning(next);
    }

    /** The varied options that {@code model} still has (a changed learner or method drops the others). */
    public OptionTuning of(ModelSpec model) {
        Map<Key, OptionValues> kept = new LinkedHashMap<>();
        varied.forEach((key, values) -> {
            if (schema(model, key.part()).schema().contains(key.option())
                    && (key.part() == Part.METHOD || !model.standalone())) {
                kept.put(key, values);
            }
        });
        return new OptionTuning(kept);
    }

    /** True when no option of {@code model} varies. */
    public boolean isEmptyFor(ModelSpec model) {
        return of(model).varied.isEmpty();
    }

    /** How many models the grid of {@code model} holds. */
    public int size(ModelSpec model) {
        return of(model).varied.values().stream().mapToInt(v -> v.values().size()).reduce(1, (a, b) -> a * b);
    }

    /** The grid of {@code model}: every combination of the varied values, each option line otherwise as it is. */
    public ModelGrid grid(ModelSpec model) {
        OptionTuning mine = of(model);
        return new ModelGrid(model, mine.lines(model.baseOptions(), Part.BASE),
                mine.lines(model.methodOptions(), Part.METHOD), null);
    }

    /** The models {@code model} stands for: itself when nothing varies, else its grid expanded. */
    public List<ModelSpec> expand(ModelSpec model) {
        return isEmptyFor(model) ? List.of(model) : grid(model).expand();
    }

    private List<String> lines(String line, Part part) {
        List<String> lines = new ArrayList<>(List.of(line));
        varied.forEach((key, values) -> {
            if (key.part() != part) {
                return;
            }
            List<String> next = new ArrayList<>();
            for (String l : lines) {
                for (String v : values.values()) {
                    next.add(OptionLine.with(l, key.option(), v));
                }
            }
            lines.clear();
            lines.addAll(next);
        });
        return lines;
    }

    private static OptionSchema schema(ModelSpec model, Part part) {
        return part == Part.METHOD ? model.method() : model.base();
    }
}
