package org.genreworkbench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genreworkbench.charts.FoldScores;
import org.genreworkbench.charts.ScoreCharts;
import org.genreworkbench.ml.Comparison;
import org.genreworkbench.ml.FeatureAblation;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Metric;

/** The scores: the comparison with its significance marks, F1 per label, every fold, and an ablation if run. */
final class ResultSections {
    private ResultSections() {
    }

    static void comparison(Html page, Experiment e, String baseline, double testTrainRatio) {
        page.section("comparison", "Comparison");
        List<Metric> metrics = Comparison.metrics(e);
        List<Comparison.Row> rows = Comparison.table(e, baseline, testTrainRatio);
        boolean folds = e.foldTrackIds().size() > 1;
        Map<Metric, Double> best = new LinkedHashMap<>();
        for (Metric m : metrics) {
            best.put(m, rows.stream().mapToDouble(r -> r.cells().get(m).mean()).filter(v -> !Double.isNaN(v))
                    .reduce(m.lowerIsBetter() ? Math::min : Math::max).orElse(Double.NaN));
        }
        List<String> header = new ArrayList<>(List.of("model"));
        metrics.forEach(m -> header.add(heading(m)));
        header.add("wins / ties / losses vs " + baseline);
        List<List<String>> body = new ArrayList<>();
        for (Comparison.Row row : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(Html.escape(row.model()) + (row.model().equals(baseline) ? " <small>(baseline)</small>" : ""));
            for (Metric m : metrics) {
                Comparison.Cell c = row.cells().get(m);
                String text = value(m, c.mean()) + (folds ? " ± " + value(m, c.sd()) : "") + mark(c.verdict());
                cells.add(c.mean() == best.get(m) ? "<b>" + text + "</b>" : text);
            }
            cells.add(row.model().equals(baseline) || !folds ? "—" : row.wins() + " / " + row.ties() + " / " + row.losses());
            body.add(cells);
        }
        page.table("comparison-table", header, body);
        page.element("p", (folds ? "Mean ± standard deviation over " + e.foldTrackIds().size() + " folds. " : "One split. ")
                + "Bold: the best value of each column. ▲/▼: significantly better/worse than the baseline ("
                + baseline + ") by the corrected resampled t-test (Nadeau and Bengio), α = " + Comparison.ALPHA
                + "; times in seconds.");
        page.endSection();
    }

    static void perLabel(Html page, InlineSvg svg, Experiment e) {
        page.section("per-label", "F1 per label");
        Map<String, double[]> f1 = new LinkedHashMap<>();
        e.results().forEach(r -> f1.put(r.model(), Comparison.perLabelF1(e, r.model())));
        List<String> header = new ArrayList<>(List.of("label"));
        header.addAll(f1.keySet());
        List<List<String>> rows = new ArrayList<>();
        for (int l = 0; l < e.labels().size(); l++) {
            List<String> row = new ArrayList<>(List.of(Html.escape(e.labels().get(l))));
            for (double[] v : f1.values()) {
                row.add(String.format(Locale.US, "%.4f", v[l]));
            }
            rows.add(row);
        }
        page.table("per-label-table", header, rows);
        page.figure(svg.chart(ScoreCharts.perLabelF1(e.labels(), f1), 1100,
                140 + Math.max(1, e.labels().size()) * (8 + 10 * f1.size())), "F1 of each label, mean over folds.");
        page.endSection();
    }

    static void perFold(Html page, InlineSvg svg, Experiment e) {
        page.section("per-fold", "Scores on each fold");
        List<Metric> metrics = Comparison.metrics(e);
        for (Experiment.ModelResult r : e.results()) {
            page.element("h3", r.model());
            List<String> header = new ArrayList<>(List.of("fold"));
            metrics.forEach(m -> header.add(heading(m)));
            List<double[]> byMetric = metrics.stream().map(m -> Comparison.values(r, m)).toList();
            List<List<String>> rows = new ArrayList<>();
            for (int f = 0; f < r.folds().size(); f++) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(r.folds().get(f).fold() + 1)));
                for (int m = 0; m < metrics.size(); m++) {
                    row.add(value(metrics.get(m), byMetric.get(m)[f]));
                }
                rows.add(row);
            }
            page.table("per-fold-" + (e.results().indexOf(r) + 1), header, rows);
        }
        if (e.foldTrackIds().size() > 1) {
            page.raw("<div class=\"grid\">\n");
            for (Metric m : FoldScores.metrics(e)) {
                page.figure(svg.chart(ScoreCharts.perFold(FoldScores.of(e, m)), 540, 340), m.label() + " on each fold, per model.");
            }
            page.raw("</div>\n");
        }
        page.endSection();
    }

    static void ablation(Html page, InlineSvg svg, FeatureAblation.Result a) {
        page.section("ablation", "Feature ablation of " + a.model());
        page.element("p", String.format(Locale.US, "%s with all features: %.4f. Each row: the model run again on the "
                + "same folds without one feature.", a.metric().label(), a.allFeatures()));
        List<List<String>> rows = new ArrayList<>();
        for (FeatureAblation.Row r : a.rows()) {
            rows.add(List.of(Html.escape(r.leftOut()), String.format(Locale.US, "%.4f", r.score()),
                    String.format(Locale.US, "%+.4f", r.change()), String.format(Locale.US, "%.4f", r.changeSd())));
        }
        page.table("ablation-table", List.of("left out", a.metric().label(), "change", "sd of the change over folds"), rows);
        page.figure(svg.chart(ScoreCharts.ablation(a), 1100, 120 + 26 * a.rows().size()),
                "The change of " + a.metric().label() + " without each feature, with its standard deviation over folds.");
        page.endSection();
    }

    private static String mark(Comparison.Verdict v) {
        return switch (v) {
            case BETTER -> " <span class=\"better\" title=\"significantly better than the baseline\">▲</span>";
            case WORSE -> " <span class=\"worse\" title=\"significantly worse than the baseline\">▼</span>";
            default -> "";
        };
    }

    private static String value(Metric metric, double v) {
        return metric.isTime() ? String.format(Locale.US, "%.2f", v / 1000) : String.format(Locale.US, "%.4f", v);
    }

    /** The column of a metric: its name as the window shows it, times in seconds ("Train s"). */
    private static String heading(Metric metric) {
        return metric.isTime() ? metric.label().replace(" ms", " s") : metric.label();
    }
}
