package org.genreworkbench.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.genreworkbench.ingest.files.ImportMerge;
import org.genreworkbench.ingest.files.TableImporter;
import org.genreworkbench.labels.LabellingService;
import org.genreworkbench.labels.TagTree;
import org.genreworkbench.model.ClusteringSettings;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.model.Linkage;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.TagDistance;
import org.genreworkbench.task.TaskContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The benchmarks, kept out of the application: they are compiled with the tests and run on the test class
 * path, so they can use the tests' fakes. Each prints its figures as one JSON object on its last line.
 * {@code ./mvnw -q -Pbench test-compile exec:java -Dexec.args="train"} runs one (see the README's Benchmarks).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, version = "Genre Workbench benchmarks 0.1", description = "Runs a benchmark and prints its figures as JSON.",
        subcommands = {WorkspaceBenchmark.class, ClusterBenchmark.class, SplitBenchmark.class, ExploreBenchmark.class,
            TrainBenchmark.class, SparkBenchmark.class, LabelsBenchmark.class, IngestBenchmark.class, ImportBenchmark.class, DataTableBenchmark.class,
            MlpSweepBenchmark.class})
public final class Bench {
    /** Where the public tracks are: beside the project unless {@code -Dgenreworkbench.shared.dir} says otherwise. */
    static final String PUBLIC_TRACKS = "${sys:genreworkbench.shared.dir:-../shared}/data/spotify-tracks";

    /** Held so the level sticks: java.util.logging keeps loggers only weakly. */
    private static final Logger NETLIB = Logger.getLogger("com.github.fommil");

    public static void main(String[] args) {
        // netlib warns at start-up that no native BLAS is installed, then uses its pure-Java one: not news.
        NETLIB.setLevel(Level.SEVERE);
        System.exit(run(args));
    }

    /** Runs one benchmark's command line and returns its exit code, without exiting: for tests. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The public tracks with their artists' genre tags: spotify_songs.csv joined by artist name to data_w_genres.csv. */
    static Project publicTracks(Path folder) throws Exception {
        Project project = new Project();
        TableImporter importer = new TableImporter(Map.of());
        ImportMerge.apply(project, importer.read(List.of(folder.resolve("spotify_songs.csv")), TaskContext.silent()));
        ImportMerge.apply(project, importer.read(List.of(folder.resolve("data_w_genres.csv")), TaskContext.silent()));
        return project;
    }

    /** Tags on 5 artists or more clustered by Ward linkage, cut into {@code labels} labels, made the active scheme. */
    static void wardLabels(Project project, int labels) {
        TagTree tree = TagTree.build(project.artists().values(),
                new ClusteringSettings(5, TagDistance.JACCARD, Linkage.WARD));
        project.putLabelScheme(new LabellingService().scheme("ward" + labels, tree, labels,
                List.<LabelEdit>of()));
        project.setActiveLabelScheme("ward" + labels);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Bench());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + (ex.getMessage() == null ? ex : ex.getMessage()));
            return 1;
        });
        return cli;
    }
}
