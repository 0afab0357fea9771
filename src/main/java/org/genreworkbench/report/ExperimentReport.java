package org.genreworkbench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.genreworkbench.export.WholeFiles;
import org.genreworkbench.ml.Dataset;
import org.genreworkbench.ml.DatasetBuilder;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.ml.FeatureAblation;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;

/**
 * An experiment as one HTML file to hand to someone who does not run the workbench: the data set, the label
 * scheme, the settings, the comparison with its significance marks, F1 per label, every fold and, where run, the
 * grids' tuning charts and a feature ablation. Self-contained: styles inline, charts as inline SVG, no script,
 * nothing fetched. The window's Export report… and the {@code experiment --report} command both write it here.
 */
public final class ExperimentReport {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:2em auto;
            max-width:1240px;padding:0 1em;color:#222;line-height:1.4}
            h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
            nav a{margin-right:1em}
            table{border-collapse:collapse;margin:.8em 0;font-size:.92em}
            th,td{border:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}
            thead th{background:#f3f3f3}td{font-variant-numeric:tabular-nums;white-space:nowrap}
            .scroll{overflow-x:auto}
            table.facts th{background:#f8f8f8;font-weight:600;white-space:nowrap}
            .better{color:#1a7f37}.worse{color:#c62828}
            figure{margin:1em 0}figcaption{color:#555;font-size:.9em}
            svg.chart{width:100%;height:auto;display:block}
            .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:1em}
            """;

    /** What the report holds beyond the experiment itself. */
    public record Extras(String baseline, FeatureAblation.Result ablation) {
        public static Extras none() {
            return new Extras(null, null);
        }
    }

    /**
     * The page. The label scheme's tree is rebuilt from its settings, which takes as long as in the Labels tab.
     *
     * @throws IllegalArgumentException when the experiment's definition cannot be read
     */
    public String html(Project project, Experiment experiment, Extras extras) {
        ExperimentSpec spec = experiment.spec();
        String baseline = extras.baseline() != null ? extras.baseline()
                : experiment.results().isEmpty() ? null : experiment.results().get(0).model();
        Dataset data = dataset(project, spec);
        boolean tuning = !experiment.results().isEmpty() && !TuningSection.parameters(experiment, spec).isEmpty();
        Html page = new Html();
        InlineSvg svg = new InlineSvg();
        page.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>" + Html.escape("Experiment " + experiment.name()) + "</title>\n")
                .raw("<style>" + STYLE + "</style>\n</head>\n<body>\n");
        page.element("h1", "Experiment " + experiment.name());
        page.element("p", String.format(Locale.US, "Run %s: %d models, %d %s, %d labels. Made with Genre Workbench.",
                experiment.createdText() + " UTC", experiment.results().size(),
                experiment.foldTrackIds().size(), experiment.foldTrackIds().size() == 1 ? "split" : "folds",
                experiment.labels().size()));
        page.raw("<nav><a href=\"#data\">Data set</a><a href=\"#labels\">Labels</a><a href=\"#settings\">Settings</a>"
                + "<a href=\"#comparison\">Comparison</a><a href=\"#per-label\">Per label</a>"
                + "<a href=\"#precision-recall\">Precision and recall</a>"
                + "<a href=\"#per-fold\">Per fold</a>" + (tuning ? "<a href=\"#tuning\">Tuning</a>" : "")
                + (extras.ablation() != null ? "<a href=\"#ablation\">Ablation</a>" : "")
                + "</nav>\n");
        DataSection.write(page, svg, project, data);
        LabelSection.write(page, svg, project, spec, data);
        SettingsSection.write(page, spec, experiment);
        if (!experiment.results().isEmpty()) {
            ResultSections.comparison(page, experiment, baseline, spec.split().testTrainRatio());
            ResultSections.perLabel(page, svg, experiment);
            PerLabelCountsSection.write(page, svg, experiment, baseline);
            ResultSections.perFold(page, svg, experiment);
        }
        if (tuning) {
            TuningSection.write(page, svg, experiment, spec);
        }
        if (extras.ablation() != null) {
            ResultSections.ablation(page, svg, extras.ablation());
        }
        page.raw("</body>\n</html>\n");
        return page.toString();
    }

    /** Writes the page to {@code file} whole (beside it first, then renamed), so a failure leaves no half page. */
    public void write(Project project, Experiment experiment, Extras extras, Path file) throws IOException {
        WholeFiles.writeString(file, html(project, experiment, extras));
    }

    /** The rows the experiment ran on, as the workspace gives them now; null when it no longer can. */
    private static Dataset dataset(Project project, ExperimentSpec spec) {
        try {
            return DatasetBuilder.build(project, spec.dataset());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
