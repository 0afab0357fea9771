package org.genreworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.genreworkbench.model.Project;
import org.genreworkbench.workspace.WorkspaceFormat;
import org.genreworkbench.workspace.WorkspaceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code info WS.gwb}: what a workspace holds, as one JSON object. */
@Command(name = "info", description = "Prints what a workspace holds as one JSON object.")
final class InfoCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WS.gwb", description = "the workspace file")
    Path workspace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Project project = new WorkspaceReader().open(workspace);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("file", workspace.toString());
        info.put("formatVersion", WorkspaceFormat.CURRENT_VERSION);
        info.put("tracks", project.tracks().size());
        info.put("artists", project.artists().size());
        info.put("tags", project.genreTags().size());
        info.put("playlists", project.playlists().size());
        info.put("labelSchemes", project.labelSchemes().size());
        info.put("activeLabelScheme", project.activeLabelScheme());
        info.put("experiments", project.experiments().size());
        info.put("tracksWithFeatures", project.tracks().values().stream()
                .filter(t -> !t.features().isEmpty()).count());
        info.put("artistsWithTags", project.artists().values().stream()
                .filter(a -> !a.genres().isEmpty()).count());
        JsonOut.print(spec.commandLine().getOut(), info);
        return 0;
    }
}
