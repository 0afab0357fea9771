package org.genreworkbench.bench;

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
import org.genreworkbench.cli.JsonOut;
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
 * or with {@code --generate N} a generated CSV of N rows in the same shape, or with {@code --generate-mb M} one
 * of M megabytes whose rows repeat {@code --distinct} tracks (as a playlist export does), and reports time,
 * heap and the peak heap seen while importing. {@code --cancel-after-s S} cancels the import after S seconds and
 * reports how long it took to stop.
 */
@Command(name = "import", description = "Times the import of a CSV file.")
final class ImportBenchmark implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = Bench.PUBLIC_TRACKS + "/spotify_songs.csv")
    Path file;

    @Option(names = "--generate", description = "generate a CSV of this many rows and import it instead")
    Integer generate;

    @Option(names = "--generate-mb", description = "generate a CSV of about this many megabytes and import it instead")
    Integer generateMb;

    @Option(names = "--distinct", defaultValue = "200000", description = "distinct tracks in a --generate-mb file")
    int distinct;

    @Option(names = "--cancel-after-s", description = "cancel the import after this many seconds")
    Double cancelAfter;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path input = file;
        Path generated = null;
        if (generate != null || generateMb != null) {
            generated = Files.createTempFile("gwb-import-bench", ".csv");
            if (generateMb != null) {
                write(generated, Long.MAX_VALUE, distinct, generateMb * 1_000_000L);
            } else {
                write(generated, generate, generate, Long.MAX_VALUE);
            }
            input = generated;
        }
        HeapWatch heapWatch = new HeapWatch();
        try {
            long t0 = System.nanoTime();
            long[] cancelledAt = {0};
            TaskContext context = cancelAfter == null ? TaskContext.silent() : TaskContext.of(m -> { }, () -> {
                boolean now = System.nanoTime() - t0 > cancelAfter * 1e9;
                if (now && cancelledAt[0] == 0) {
                    cancelledAt[0] = System.nanoTime();
                }
                return now;
            });
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", input.getFileName().toString());
            out.put("file_mb", Math.round(Files.size(input) / 1e5) / 10.0);
            ImportResult result;
            try {
                result = new TableImporter(Map.of()).read(List.of(input), context);
            } catch (java.util.concurrent.CancellationException e) {
                out.put("cancelled_after_s", Math.round((cancelledAt[0] - t0) / 1e7) / 100.0);
                out.put("cancel_ms", Math.round((System.nanoTime() - cancelledAt[0]) / 1e5) / 10.0);
                out.put("peak_heap_mb", Math.round(heapWatch.stop() / 1e6));
                out.put("max_heap_mb", Math.round(Runtime.getRuntime().maxMemory() / 1e6));
                JsonOut.print(spec.commandLine().getOut(), out);
                return 0;
            }
            Project project = new Project();
            ImportMerge.apply(project, result);
            double wall = (System.nanoTime() - t0) / 1e9;
            Runtime rt = Runtime.getRuntime();
            long heap = rt.totalMemory() - rt.freeMemory();
            out.put("peak_heap_mb", Math.round(heapWatch.stop() / 1e6));
            out.put("rows", result.rows());
            out.put("tracks", project.tracks().size());
            out.put("skipped", result.skipped());
            out.put("wall_s", Math.round(wall * 100) / 100.0);
            out.put("heap_mb", Math.round(heap / 1e6));
            out.put("max_heap_mb", Math.round(rt.maxMemory() / 1e6));
            JsonOut.print(spec.commandLine().getOut(), out);
            return 0;
        } finally {
            heapWatch.stop();
            if (generated != null) {
                Files.deleteIfExists(generated);
            }
        }
    }

    /** Samples the heap in use every 20 ms: the peak of a run, which the end figure alone would hide. */
    private static final class HeapWatch {
        private volatile boolean running = true;
        private volatile long peak;
        private final Thread thread = new Thread(() -> {
            Runtime rt = Runtime.getRuntime();
            while (running) {
                peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");

        HeapWatch() {
            thread.setDaemon(true);
            thread.start();
        }

        long stop() {
            running = false;
            return peak;
        }
    }

    /**
     * Rows in the TidyTuesday shape from a fixed seed, until {@code rows} rows or {@code bytes} bytes; track ids
     * repeat after {@code distinct} rows.
     */
    static void write(Path target, long rows, int distinct, long bytes) throws Exception {
        Random r = new Random(5);
        String[] genres = {"pop", "rock", "rap", "r&b", "latin", "edm"};
        try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write("track_id,track_name,track_artist,track_popularity,track_album_name,track_album_release_date,"
                    + "playlist_name,playlist_id,playlist_genre,playlist_subgenre,danceability,energy,key,loudness,mode,"
                    + "speechiness,acousticness,instrumentalness,liveness,valence,tempo,duration_ms\n");
            long written = 0;
            for (long row = 0; row < rows && written < bytes; row++) {
                int i = (int) (row % distinct);
                String genre = genres[i % genres.length];
                String line = String.format(Locale.ROOT, "id%07d,Track %d,Artist %d,%d,Album %d,20%02d-0%d-1%d,%s mix %d,pl%d,%s,%s sub,"
                                + "%.3f,%.3f,%d,%.3f,%d,%.4f,%.4f,%.5f,%.4f,%.3f,%.3f,%d%n",
                        i, i, i % 50_000, r.nextInt(100), i % 90_000, r.nextInt(24), 1 + r.nextInt(9), r.nextInt(9),
                        genre, i % 500, i % 500, genre, genre, r.nextDouble(), r.nextDouble(), r.nextInt(12),
                        -20 + 18 * r.nextDouble(), r.nextInt(2), r.nextDouble() * 0.4, r.nextDouble(), r.nextDouble() * 0.2,
                        r.nextDouble() * 0.5, r.nextDouble(), 60 + 140 * r.nextDouble(), 120_000 + r.nextInt(200_000));
                w.write(line);
                written += line.length();
            }
        }
    }
}
