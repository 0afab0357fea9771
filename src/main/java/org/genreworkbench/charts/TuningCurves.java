package org.genreworkbench.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genreworkbench.ml.Comparison;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.LearnerOption;
import org.genreworkbench.model.spec.ModelGrid;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.OptionLine;
import org.genreworkbench.model.spec.OptionSchema;
import org.genreworkbench.ml.OptionTuning;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Metric;

/**
 * A metric against one option a grid varied: one curve per family (and per value of any other option the family
 * varied), a point per model at the option's value, with the metric's mean over folds and its standard deviation.
 * What the Tuning chart draws.
 */
public record TuningCurves(Parameter parameter, Metric metric, List<Curve> curves) {

    /** A numeric option whose value differs between the models of a family. */
    public record Parameter(String family, OptionTuning.Part part, String owner, LearnerOption option) {
        /** "J48: Rows per leaf (-M)". */
        public String label() {
            return family + ": " + option.label() + " (" + option.dashed() + ")";
        }
    }

    /** One model's score at the option's value. */
    public record Point(String model, double value, double mean, double sd) {
    }

    /** Models of a family that differ only in the option drawn, by its value. */
    public record Curve(String name, List<Point> points) {
    }

    /**
     * The score a Tuning chart draws unless asked for another: accuracy where the experiment has it (a single-label
     * target), else F1 micro, else its first score; null for an experiment without scores.
     */
    public static Metric usualMetric(List<Metric> scores) {
        return scores.contains(Metric.ACCURACY) ? Metric.ACCURACY : scores.contains(Metric.F1_MICRO) ? Metric.F1_MICRO
                : scores.isEmpty() ? null : scores.get(0);
    }

    /** The varied numeric options of every family of more than one model, families in run order. */
    public static List<Parameter> parameters(ExperimentSpec spec) {
        List<Parameter> out = new ArrayList<>();
        families(spec).forEach((family, models) -> {
            if (models.size() < 2) {
                return;
            }
            for (OptionTuning.Part part : OptionTuning.Part.values()) {
                OptionSchema owner = owner(models.get(0), part);
                if (models.stream().anyMatch(m -> owner(m, part) != owner)
                        || (part == OptionTuning.Part.BASE && models.get(0).standalone())) {
                    continue;
                }
                for (LearnerOption option : owner.schema()) {
                    if (option.kind().numeric() && models.stream().map(m -> value(m, part, owner, option))
                            .distinct().count() > 1) {
                        out.add(new Parameter(family, part, owner.specName(), option));
                    }
                }
            }
        });
        return out;
    }

    /** The curves of {@code metric} against {@code parameter} in {@code experiment}, points in the option's order. */
    public static TuningCurves of(Experiment experiment, ExperimentSpec spec, Parameter parameter, Metric metric) {
        List<ModelSpec> members = families(spec).getOrDefault(parameter.family(), List.of());
        List<Parameter> others = parameters(spec).stream()
                .filter(p -> p.family().equals(parameter.family()) && !p.equals(parameter)).toList();
        Map<String, List<Point>> curves = new LinkedHashMap<>();
        for (ModelSpec model : members) {
            Optional<Experiment.ModelResult> result = experiment.results().stream()
                    .filter(r -> r.model().equals(model.name())).findFirst();
            Double x = number(value(model, parameter.part(), owner(model, parameter.part()), parameter.option()));
            if (result.isEmpty() || x == null) {
                continue;
            }
            double[] folds = Arrays.stream(Comparison.values(result.get(), metric)).filter(v -> !Double.isNaN(v)).toArray();
            if (folds.length == 0) {
                continue;
            }
            StringBuilder name = new StringBuilder(parameter.family());
            for (Parameter other : others) {
                name.append(", ").append(other.option().dashed()).append(' ')
                        .append(value(model, other.part(), owner(model, other.part()), other.option()));
            }
            curves.computeIfAbsent(name.toString(), n -> new ArrayList<>())
                    .add(new Point(model.name(), x, Comparison.mean(folds), Comparison.sd(folds)));
        }
        List<Curve> out = new ArrayList<>();
        curves.forEach((name, points) -> {
            List<Point> sorted = new ArrayList<>(points);
            sorted.sort((a, b) -> Double.compare(a.value(), b.value()));
            out.add(new Curve(name, sorted));
        });
        return new TuningCurves(parameter, metric, out);
    }

    private static Map<String, List<ModelSpec>> families(ExperimentSpec spec) {
        Map<String, List<ModelSpec>> out = new LinkedHashMap<>();
        for (ModelSpec m : spec.models()) {
            out.computeIfAbsent(ModelGrid.family(m.name()), f -> new ArrayList<>()).add(m);
        }
        return out;
    }

    private static OptionSchema owner(ModelSpec model, OptionTuning.Part part) {
        return part == OptionTuning.Part.METHOD ? model.method() : model.base();
    }

    /** The option's value as the model ran: from its line, else the learner's or method's default. */
    private static String value(ModelSpec model, OptionTuning.Part part, OptionSchema owner, LearnerOption option) {
        String line = part == OptionTuning.Part.METHOD ? model.methodOptions() : model.baseOptions();
        return OptionLine.value(line, option).orElse(org.genreworkbench.ml.Learners.defaultValue(owner, option));
    }

    private static Double number(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
