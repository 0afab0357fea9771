package org.genreworkbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genreworkbench.charts.LabelCharts;
import org.genreworkbench.charts.LabelConfusion;
import org.genreworkbench.charts.LabelRates;
import org.genreworkbench.charts.PrCurves;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LabelCounts;

/**
 * Precision and recall of each label for every model, and the baseline's confusion counts and precision–recall
 * curves over all folds; a sentence instead for an experiment run before the counts were kept.
 */
final class PerLabelCountsSection {
    private PerLabelCountsSection() {
    }

    static void write(Html page, InlineSvg svg, Experiment e, String baseline) {
        page.section("precision-recall", "Precision and recall per label");
        if (!LabelConfusion.counted(e)) {
            page.element("p", LabelConfusion.NOT_KEPT);
            page.endSection();
            return;
        }
        LabelRates rates = LabelRates.of(e, e.results().stream().map(Experiment.ModelResult::model).toList())
                .orElseThrow();
        page.figure(svg.chart(LabelCharts.precisionRecall(rates), 1100,
                        140 + e.labels().size() * (8 + 20 * rates.models().size())),
                "Precision (dark) and recall (light) of each label, mean over folds.");
        LabelConfusion confusion = LabelConfusion.of(e, baseline, null).orElse(null);
        if (confusion == null) {
            page.endSection();
            return;
        }
        page.element("h3", "Confusion counts of " + baseline + ", " + confusion.foldName() + " summed");
        List<List<String>> rows = new ArrayList<>();
        for (int l = 0; l < e.labels().size(); l++) {
            LabelCounts c = confusion.counts().get(l);
            rows.add(List.of(Html.escape(e.labels().get(l)), count(c.tp()), count(c.fp()), count(c.fn()),
                    count(c.tn()), String.format(Locale.US, "%.4f", c.precision()),
                    String.format(Locale.US, "%.4f", c.recall())));
        }
        page.table("confusion-table", List.of("label", "TP", "FP", "FN", "TN", "precision", "recall"), rows);
        page.figure(svg.chart(LabelCharts.prCurves(PrCurves.of(confusion, null)), 900, 600),
                "Precision against recall of each label of " + baseline + " as the threshold on its score steps "
                        + "down from 0.95 to 0 by 0.05; dots: the model's own thresholds.");
        page.endSection();
    }

    private static String count(int n) {
        return String.format(Locale.US, "%,d", n);
    }
}
