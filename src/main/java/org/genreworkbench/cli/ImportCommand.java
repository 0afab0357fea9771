package org.genreworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.genreworkbench.ingest.Coverage;
import org.genreworkbench.ingest.files.Field;
import org.genreworkbench.ingest.files.ImportMerge;
import org.genreworkbench.ingest.files.ImportResult;
import org.genreworkbench.ingest.files.ListeningSummary;
import org.genreworkbench.ingest.files.Problem;
import org.genreworkbench.ingest.files.TableImporter;
import org.genreworkbench.ingest.files.UnrecognisedFilesException;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.workspace.WorkspaceReader;
import org.genreworkbench.workspace.WorkspaceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import FILE... --into WS.gwb}: reads table files into a workspace (made if absent), merging by id. */
@Command(name = "import", description = "Imports CSV, TSV or JSON tables of tracks, artists and playlists, and a listener's own "
        + "Spotify data (Streaming_History_Audio_*.json, StreamingHistory*.json, YourLibrary.json, or the export's zip).")
final class ImportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--into", required = true, paramLabel = "WS.gwb", description = "the workspace to import into")
    Path workspace;

    @Option(names = "--map", paramLabel = "COLUMN=FIELD", description = "read a column as a field, e.g. --map 'Song Title=track_name'")
    Map<String, String> map = new HashMap<>();

    @Option(names = "--skip-unrecognised", description = "import the other files when one cannot be recognised "
            + "(by default nothing is imported then)")
    boolean skipUnrecognised;

    @Option(names = "--report", paramLabel = "FILE", description = "write every skipped row (file, line, column, problem) here")
    Path report;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, Field> overrides = new HashMap<>();
        map.forEach((column, field) -> overrides.put(column, Field.parse(field)));
        Project project = Files.exists(workspace) ? new WorkspaceReader().open(workspace) : new Project();
        ImportResult result;
        try {
            result = new TableImporter(overrides, Map.of(), skipUnrecognised).read(files, TaskContext.silent());
        } catch (UnrecognisedFilesException e) {
            throw new UnrecognisedFilesException(List.of(String.join(" ", e.refusals())
                    + " Give --map COLUMN=FIELD, or --skip-unrecognised to import the other files without "
                    + (e.refusals().size() == 1 ? "it." : "them.")));
        }
        ImportMerge.Counts counts = ImportMerge.apply(project, result);
        new WorkspaceWriter().save(project, workspace);

        PrintWriter err = spec.commandLine().getErr();
        result.unrecognisedFiles().forEach(f -> err.println("left out: " + f));
        result.problems().stream().limit(20).forEach(p -> err.println("skipped: " + p));
        if (result.skipped() > 20) {
            err.println("… and " + (result.skipped() - 20) + " more skipped rows" + (report == null ? " (see --report)" : ""));
        }
        if (report != null) {
            Files.write(report, result.problems().stream().map(Problem::toString).toList());
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("tracks", project.tracks().size());
        summary.put("artists", project.artists().size());
        summary.put("playlists", project.playlists().size());
        summary.put("rows", result.rows());
        summary.put("new_tracks", counts.newTracks());
        summary.put("updated_tracks", counts.updatedTracks());
        summary.put("skipped", result.skipped());
        summary.put("errors", 0);
        summary.put("requests", 0);
        if (!Double.isNaN(counts.artistMatchRate())) {
            summary.put("artist_name_match_rate", Math.round(counts.artistMatchRate() * 10_000) / 10_000.0);
        }
        summary.put("unmapped_columns", result.unmappedColumns());
        summary.put("unrecognised_files", result.unrecognisedFiles().size());
        summary.put("album_joins", result.albumJoins());
        if (result.listening().any()) {
            ListeningSummary l = result.listening();
            Map<String, Object> listening = new LinkedHashMap<>();
            listening.put("files", l.files());
            listening.put("plays", l.plays());
            listening.put("keyed_by_name", l.keyedByName());
            listening.put("podcasts_set_aside", l.podcasts());
            listening.put("audiobooks_set_aside", l.audiobooks());
            listening.put("entries_without_track", l.withoutTrack());
            listening.put("zip_entries_left_unread", l.leftOutEntries());
            summary.put("listening", listening);
        }
        summary.put("coverage", Coverage.of(project));
        JsonOut.print(spec.commandLine().getOut(), summary);
        return 0;
    }
}
