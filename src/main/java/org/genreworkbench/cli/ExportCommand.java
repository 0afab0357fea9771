package org.genreworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.genreworkbench.export.DataTableCsv;
import org.genreworkbench.ml.ArffExport;
import org.genreworkbench.model.spec.DatasetSpec;
import org.genreworkbench.model.Project;
import org.genreworkbench.workspace.WorkspaceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export WS.gwb --arff FILE} or {@code --csv FILE}: the data set as ARFF for MEKA (a label scheme) or
 * Weka (the playlist genre), or the Data table's tracks as CSV, filtered as the table filters.
 */
@Command(name = "export", description = "Exports the data set as MEKA/Weka ARFF, or the tracks as CSV.")
final class ExportCommand implements Callable<Integer> {
    /** What the ARFF's target is. */
    enum Target { LABELS, GENRE }

    @Parameters(index = "0", paramLabel = "WS.gwb", description = "the workspace file")
    Path workspace;

    @Option(names = "--arff", paramLabel = "FILE.arff", description = "write the data set as ARFF")
    Path arff;

    @Option(names = "--target", paramLabel = "LABELS|GENRE", defaultValue = "LABELS",
            description = "LABELS: the label scheme, MEKA's multi-label ARFF; GENRE: the playlist genre, Weka's (default: ${DEFAULT-VALUE})")
    Target target;

    @Option(names = "--scheme", paramLabel = "NAME", description = "the label scheme (default: the active one)")
    String scheme;

    @Option(names = "--features", split = ",", paramLabel = "NAME", description = "the features (default: the 12 audio features)")
    List<String> features = List.of();

    @Option(names = "--csv", paramLabel = "FILE.csv", description = "write the tracks as the Data table shows them, as CSV")
    Path csv;

    @Option(names = "--filter", paramLabel = "WORDS", description = "only the tracks the Data table's filter shows for these words")
    String filter;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if ((arff == null) == (csv == null)) {
            throw new ParameterException(spec.commandLine(), "give one of --arff FILE or --csv FILE");
        }
        Project project = new WorkspaceReader().open(workspace);
        Map<String, Object> summary = new LinkedHashMap<>();
        if (arff != null) {
            DatasetSpec data;
            try {
                data = new DatasetSpec(target == Target.LABELS ? "labelScheme" : "playlistGenre", scheme, features,
                        false, false, false, false);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--features: " + e.getMessage());
            }
            String name = target == Target.LABELS
                    ? (scheme != null ? scheme : project.activeLabelScheme() != null ? project.activeLabelScheme() : "labels")
                    : "playlist-genre";
            ArffExport.Written w = ArffExport.write(project, data, name, arff);
            summary.put("file", arff.toString());
            summary.put("format", w.multiLabel() ? "meka" : "weka");
            summary.put("rows", w.rows());
            summary.put("features", w.features());
            summary.put("labels", w.labels());
        } else {
            int rows = DataTableCsv.write(project, DataTableCsv.filtered(project, filter), csv);
            summary.put("file", csv.toString());
            summary.put("format", "csv");
            summary.put("rows", rows);
        }
        JsonOut.print(spec.commandLine().getOut(), summary);
        return 0;
    }
}
