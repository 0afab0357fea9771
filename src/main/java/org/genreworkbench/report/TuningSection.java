package org.genreworkbench.report;

import java.util.List;
import org.genreworkbench.charts.FoldScores;
import org.genreworkbench.charts.TuningCharts;
import org.genreworkbench.charts.TuningCurves;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Metric;
import org.genreworkbench.model.spec.ExperimentSpec;

/**
 * What the experiment's grids found: for every numeric option a grid varied, the usual score against the option's
 * values, as the Models tab's Tuning chart draws it.
 */
final class TuningSection {
    private TuningSection() {
    }

    /** The options a grid varied, when the experiment has scores to draw against them; none otherwise. */
    static List<TuningCurves.Parameter> parameters(Experiment e, ExperimentSpec spec) {
        return TuningCurves.usualMetric(FoldScores.metrics(e)) == null ? List.of() : TuningCurves.parameters(spec);
    }

    static void write(Html page, InlineSvg svg, Experiment e, ExperimentSpec spec) {
        Metric metric = TuningCurves.usualMetric(FoldScores.metrics(e));
        page.section("tuning", "Tuning");
        page.element("p", "Each chart: " + metric.label() + " against an option a grid varied, mean ± standard "
                + "deviation over the folds; a line for each value of the family's other varied options.");
        for (TuningCurves.Parameter parameter : parameters(e, spec)) {
            TuningCurves curves = TuningCurves.of(e, spec, parameter, metric);
            if (!curves.curves().isEmpty()) {
                page.figure(svg.chart(TuningCharts.curves(curves), 1100, 440), parameter.label());
            }
        }
        page.endSection();
    }
}
