package org.genreworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.workspace.WorkspaceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code generate-sample OUT.gwb}: writes a synthetic workspace (the bundled sample is made this way). */
@Command(name = "generate-sample", description = "Writes a synthetic sample workspace (deterministic for a seed).")
final class GenerateSampleCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUT.gwb")
    Path out;

    @Option(names = "--seed", description = "random seed (default: the bundled sample's)")
    Long seed;

    @Option(names = "--tracks", description = "number of tracks (default: ${DEFAULT-VALUE})", defaultValue = "5000")
    int tracks;

    @Option(names = "--artists", description = "number of artists (default: ${DEFAULT-VALUE})", defaultValue = "1500")
    int artists;

    @Option(names = "--tags", description = "number of genre tags (default: ${DEFAULT-VALUE})", defaultValue = "420")
    int tags;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long s = seed == null ? SampleSpec.bundled().seed() : seed;
        Project project = SampleGenerator.generate(new SampleSpec(s, tracks, artists, tags));
        new WorkspaceWriter().save(project, out);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", out.toString());
        result.put("tracks", project.tracks().size());
        result.put("artists", project.artists().size());
        result.put("tags", project.genreTags().size());
        JsonOut.print(spec.commandLine().getOut(), result);
        return 0;
    }
}
