package org.genreworkbench.ui.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genreworkbench.ml.Comparison;
import org.genreworkbench.model.spec.ModelGrid;
import org.genreworkbench.model.Metric;

/**
 * The models of a comparison grouped by family: a grid's models (from the property sheet or a spec file) under
 * the model they vary, each family's rows together in run order, and the best of each family by one metric.
 * A model outside any grid is a family of one and is not marked.
 */
final class ModelFamilies {
    private final Map<String, List<Comparison.Row>> byFamily = new LinkedHashMap<>();
    private final List<String> familyOrder = new ArrayList<>();
    private final Map<String, Integer> runOrder = new LinkedHashMap<>();
    private final Set<String> best = new HashSet<>();
    private final Metric by;

    private ModelFamilies(List<Comparison.Row> rows, Metric by) {
        this.by = by;
        for (Comparison.Row row : rows) {
            runOrder.put(row.model(), runOrder.size());
            String family = ModelGrid.family(row.model());
            if (!byFamily.containsKey(family)) {
                familyOrder.add(family);
            }
            byFamily.computeIfAbsent(family, f -> new ArrayList<>()).add(row);
        }
        if (by == null) {
            return;
        }
        Comparator<Comparison.Row> better = Comparator.comparingDouble(r -> r.cells().get(by).mean());
        for (List<Comparison.Row> members : byFamily.values()) {
            if (members.size() > 1) {
                members.stream().filter(r -> !Double.isNaN(r.cells().get(by).mean()))
                        .reduce((a, b) -> (by.lowerIsBetter() ? better.compare(b, a) < 0 : better.compare(b, a) > 0) ? b : a)
                        .ifPresent(r -> best.add(r.model()));
            }
        }
    }

    /** The families of {@code rows}, the best of each judged by the first of accuracy, F1 micro or the first score. */
    static ModelFamilies of(List<Comparison.Row> rows, List<Metric> metrics) {
        List<Metric> scores = metrics.stream().filter(m -> !m.isTime()).toList();
        Metric by = scores.contains(Metric.ACCURACY) ? Metric.ACCURACY
                : scores.contains(Metric.F1_MICRO) ? Metric.F1_MICRO : scores.isEmpty() ? null : scores.get(0);
        return new ModelFamilies(rows, by);
    }

    /** True when some family has more than one model: only then is the table grouped. */
    boolean grouped() {
        return byFamily.values().stream().anyMatch(m -> m.size() > 1);
    }

    /** The metric that picks the best of a family. */
    Metric by() {
        return by;
    }

    String family(String model) {
        return ModelGrid.family(model);
    }

    /** True for the best model of a family of several. */
    boolean best(String model) {
        return best.contains(model);
    }

    /** The rows with each family's together, families in the order their first model ran. */
    List<Comparison.Row> ordered() {
        return byFamily.values().stream().flatMap(List::stream).toList();
    }

    /**
     * Families first, in run order; within a family {@code within} (a sorted column's order), else run order:
     * sorting a column sorts each family's models and keeps the families together.
     */
    Comparator<Comparison.Row> order(Comparator<Comparison.Row> within) {
        Comparator<Comparison.Row> families = Comparator.comparingInt(r -> familyOrder.indexOf(family(r.model())));
        return families.thenComparing(within != null ? within
                : Comparator.comparingInt(r -> runOrder.getOrDefault(r.model(), Integer.MAX_VALUE)));
    }
}
