package org.genreworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.genreworkbench.ml.Comparison;
import org.genreworkbench.ml.DatasetExport;
import org.genreworkbench.ml.ExperimentRunner;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.ml.engine.CellsFailedException;
import org.genreworkbench.ml.engine.EngineChoice;
import org.genreworkbench.ml.engine.ExperimentEngine;
import org.genreworkbench.ml.FeatureAblation;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Metric;
import org.genreworkbench.model.Project;
import org.genreworkbench.report.ExperimentReport;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.workspace.WorkspaceReader;
import org.genreworkbench.workspace.WorkspaceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code experiment WS.gwb --spec SPEC.json [--save] [--report FILE.html [--ablation MODEL]]}: runs an experiment and
 * prints the comparison.
 */
@Command(name = "experiment", description = "Runs the models of a spec on a workspace and compares them.")
final class ExperimentCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WS.gwb")
    Path workspace;

    @Option(names = "--spec", required = true, paramLabel = "SPEC.json", description = "the experiment definition")
    Path specFile;

    @Option(names = "--save", description = "keep the experiment in the workspace")
    boolean save;

    @Option(names = "--mlflow", paramLabel = "URL", description = "also log to this MLflow tracking server")
    String mlflow;

    @Option(names = "--export-dataset", paramLabel = "FILE.csv",
            description = "also write the rows, targets and folds trained on (see docs/dataset-export.md)")
    Path exportDataset;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "also write the experiment as one self-contained HTML page (charts inline)")
    Path report;

    @Option(names = "--ablation", paramLabel = "MODEL",
            description = "also run a feature ablation of this model of the spec; shown in the --report page")
    String ablationModel;

    @Option(names = "--engine", paramLabel = "local|spark", defaultValue = "local",
            description = "where the cells run: this computer (local, the default) or Apache Spark")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark's master URL (local[*] by default, local[N], spark://host:port, yarn, k8s://...); "
                    + "implies --engine spark; under spark-submit, the master it was given")
    String master;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExperimentSpec experimentSpec;
        try {
            experimentSpec = ExperimentSpec.fromJson(Files.readString(specFile));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(specFile.getFileName() + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"), e);
        }
        ModelSpec ablated = ablationModel == null ? null : experimentSpec.models().stream()
                .filter(m -> m.name().equals(ablationModel)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--ablation: the spec has no model '" + ablationModel
                        + "'; its models: " + experimentSpec.models().stream().map(ModelSpec::name).toList()));
        Project project = new WorkspaceReader().open(workspace);
        PrintWriter err = spec.commandLine().getErr();
        if (exportDataset != null) {
            int rows = DatasetExport.write(project, experimentSpec, exportDataset);
            err.println("wrote " + rows + " rows to " + exportDataset);
        }
        TaskContext progress = TaskContext.of(message -> {
            err.println(message);
            err.flush();
        }, () -> false);
        EngineChoice choice = master != null ? EngineChoice.spark(master)
                : new EngineChoice(EngineChoice.Kind.of(engine), null);
        Experiment experiment;
        try (ExperimentEngine cells = choice.open()) {
            experiment = new ExperimentRunner(cells).run(project, experimentSpec, progress);
        } catch (CellsFailedException e) {
            if (!e.completed().results().isEmpty()) {
                err.println("the models whose every fold trained:");
                printTable(err, e.completed(), experimentSpec);
            }
            throw e;
        }
        FeatureAblation.Result ablation = ablated == null ? null
                : FeatureAblation.run(project, experimentSpec, ablated, progress);
        PrintWriter out = spec.commandLine().getOut();
        printTable(out, experiment, experimentSpec);
        if (save) {
            project.putExperiment(experiment);
            new WorkspaceWriter().save(project, workspace);
        }
        if (report != null) {
            new ExperimentReport().write(project, experiment, new ExperimentReport.Extras(null, ablation), report);
            err.println("wrote the report to " + report.toAbsolutePath());
        }
        if (mlflow != null) {
            err.println(new org.genreworkbench.tracking.MlflowLogger(mlflow).log(experiment).message());
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        for (Experiment.ModelResult r : experiment.results()) {
            Map<String, Object> means = new LinkedHashMap<>();
            for (Metric metric : Comparison.metrics(experiment)) {
                double mean = mean(Comparison.values(r, metric));
                // times in seconds on the command line: train_ms becomes train_s
                means.put(metric.isTime() ? metric.key().replaceFirst("_ms$", "_s") : metric.key(),
                        metric.isTime() ? round(mean / 1000) : round(mean));
            }
            summary.put(r.model(), means);
        }
        JsonOut.print(out, summary);
        return 0;
    }

    private static void printTable(PrintWriter out, Experiment e, ExperimentSpec spec) {
        List<Metric> metrics = Comparison.metrics(e);
        String baseline = e.results().get(0).model();
        List<Comparison.Row> rows = Comparison.table(e, baseline, spec.split().testTrainRatio());
        StringBuilder header = new StringBuilder(String.format(Locale.US, "%-28s", "model"));
        for (Metric m : metrics) {
            header.append(String.format(Locale.US, " %17s", m.key()));
        }
        out.println(header.append("  W/T/L vs ").append(baseline));
        for (Comparison.Row row : rows) {
            StringBuilder line = new StringBuilder(String.format(Locale.US, "%-28s", row.model()));
            for (Metric m : metrics) {
                Comparison.Cell c = row.cells().get(m);
                String mark = switch (c.verdict()) {
                    case BETTER -> "+";
                    case WORSE -> "-";
                    default -> " ";
                };
                line.append(m.isTime()
                        ? String.format(Locale.US, " %10.0f±%5.0f%s", c.mean(), c.sd(), mark)
                        : String.format(Locale.US, " %9.4f±%6.4f%s", c.mean(), c.sd(), mark));
            }
            line.append(String.format("  %d/%d/%d", row.wins(), row.ties(), row.losses()));
            out.println(line);
        }
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
