package org.genreworkbench.labels;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.genreworkbench.ingest.files.ImportMerge;
import org.genreworkbench.ingest.files.TableImporter;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;

/**
 * The public tracks of ../shared/data joined to the artists' genre tags, imported as the {@code import}
 * command does; tests that call it are skipped where the files are not present.
 */
public final class PublicTracks {
    private static final Path DATA = Path.of(System.getProperty("genreworkbench.shared.dir", "../shared"),
            "data", "spotify-tracks");
    private static Project cached;

    private PublicTracks() {
    }

    /** A fresh copy of the imported project each call; the import itself runs once per test run. */
    public static synchronized Project load() throws Exception {
        Path songs = DATA.resolve("spotify_songs.csv");
        Path artists = DATA.resolve("data_w_genres.csv");
        assumeTrue(Files.exists(songs) && Files.exists(artists), "shared data not present");
        if (cached == null) {
            TableImporter importer = new TableImporter(Map.of());
            Project project = new Project();
            ImportMerge.apply(project, importer.read(List.of(songs), TaskContext.silent()));
            ImportMerge.apply(project, importer.read(List.of(artists), TaskContext.silent()));
            cached = project;
        }
        return cached.snapshot();
    }
}
