package org.genreworkbench.cli;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.genreworkbench.ingest.files.ImportMerge;
import org.genreworkbench.ingest.files.ImportResult;
import org.genreworkbench.ingest.files.TableImporter;
import org.genreworkbench.model.Project;
import org.genreworkbench.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench import [FILE]}: imports a table file (by default ../shared/data/spotify-tracks/spotify_songs.csv),
 * or with {@code --generate N} a generated CSV of N rows in the same shape, and reports time and heap.
 */
@Command(name = "import", description = "Times the import of a CSV file.")
final class ImportBenchmark implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE")
    Path file;

    @Option(names = "--generate", description = "generate a CSV of this many rows and import it instead")
    Integer generate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path input = file != null ? file : Path.of("../shared/data/spotify-tracks/spotify_songs.csv");
        Path generated = null;
        if (generate != null) {
            generated = Files.createTempFile("gwb-import-bench", ".csv");
            write(generated, generate);
            input = generated;
        }
        try {
            long t0 = System.nanoTime();
            ImportResult result = new TableImporter(Map.of()).read(List.of(input), TaskContext.silent());
            Project project = new Project();
            ImportMerge.apply(project, result);
            double wall = (System.nanoTime() - t0) / 1e9;
            Runtime rt = Runtime.getRuntime();
            long heap = rt.totalMemory() - rt.freeMemory();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", input.getFileName().toString());
            out.put("rows", result.rows());
            out.put("tracks", project.tracks().size());
            out.put("skipped", result.skipped());
            out.put("wall_s", Math.round(wall * 100) / 100.0);
            out.put("heap_mb", Math.round(heap / 1e6));
            out.put("max_heap_mb", Math.round(rt.maxMemory() / 1e6));
            JsonOut.print(spec.commandLine().getOut(), out);
            return 0;
        } finally {
            if (generated != null) {
                Files.deleteIfExists(generated);
            }
        }
    }

    /** Rows in the TidyTuesday shape, every track distinct, from a fixed seed. */
    static void write(Path target, int rows) throws Exception {
        Random r = new Random(5);
        String[] genres = {"pop", "rock", "rap", "r&b", "latin", "edm"};
        try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write("track_id,track_name,track_artist,track_popularity,track_album_name,track_album_release_date,"
                    + "playlist_name,playlist_id,playlist_genre,playlist_subgenre,danceability,energy,key,loudness,mode,"
                    + "speechiness,acousticness,instrumentalness,liveness,valence,tempo,duration_ms\n");
            for (int i = 0; i < rows; i++) {
                String genre = genres[i % genres.length];
                w.write(String.format(Locale.ROOT, "id%07d,Track %d,Artist %d,%d,Album %d,20%02d-0%d-1%d,%s mix %d,pl%d,%s,%s sub,"
                                + "%.3f,%.3f,%d,%.3f,%d,%.4f,%.4f,%.5f,%.4f,%.3f,%.3f,%d%n",
                        i, i, i % 50_000, r.nextInt(100), i % 90_000, r.nextInt(24), 1 + r.nextInt(9), r.nextInt(9),
                        genre, i % 500, i % 500, genre, genre, r.nextDouble(), r.nextDouble(), r.nextInt(12),
                        -20 + 18 * r.nextDouble(), r.nextInt(2), r.nextDouble() * 0.4, r.nextDouble(), r.nextDouble() * 0.2,
                        r.nextDouble() * 0.5, r.nextDouble(), 60 + 140 * r.nextDouble(), 120_000 + r.nextInt(200_000)));
            }
        }
    }
}
