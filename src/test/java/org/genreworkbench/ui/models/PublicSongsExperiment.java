package org.genreworkbench.ui.models;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.genreworkbench.ingest.files.ImportMerge;
import org.genreworkbench.ingest.files.TableImporter;
import org.genreworkbench.model.spec.DatasetSpec;
import org.genreworkbench.ml.ExperimentRunner;
import org.genreworkbench.model.spec.ExperimentSpec;
import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.model.spec.Split;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;

/**
 * The public tracks of spotify_songs.csv with a 3-fold comparison of two Weka learners on the playlist genre, kept in
 * the workspace: what the Models screen tests show. Null where ../shared is absent (the tests skip themselves).
 */
record PublicSongsExperiment(Project project, Experiment experiment) {
    private static final Path SONGS = Path.of(System.getProperty("genreworkbench.shared.dir", "../shared"),
            "data", "spotify-tracks", "spotify_songs.csv");

    static PublicSongsExperiment of(ModelSpec first, ModelSpec second) throws Exception {
        Project project = tracks();
        if (project == null) {
            return null;
        }
        ExperimentSpec spec = new ExperimentSpec("spotify_songs.csv playlist genres", new DatasetSpec("playlistGenre",
                null, null, true, true, false, false), Split.kfold(3), List.of(first, second), 1);
        Experiment experiment = new ExperimentRunner().run(project, spec, TaskContext.silent());
        project.putExperiment(experiment);
        return new PublicSongsExperiment(project, experiment);
    }

    /** The public tracks alone, no experiment yet; null where ../shared is absent. */
    static Project tracks() throws Exception {
        if (!Files.isRegularFile(SONGS)) {
            return null;
        }
        Project project = new Project();
        ImportMerge.apply(project, new TableImporter(Map.of()).read(List.of(SONGS), TaskContext.silent()));
        return project;
    }
}
