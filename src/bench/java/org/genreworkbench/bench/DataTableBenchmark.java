package org.genreworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.genreworkbench.cli.JsonOut;
import org.genreworkbench.model.AudioFeature;
import org.genreworkbench.model.Project;
import org.genreworkbench.sample.SampleGenerator;
import org.genreworkbench.sample.SampleSpec;
import org.genreworkbench.ui.WorkspaceSession;
import org.genreworkbench.ui.data.DataViewModel;
import org.genreworkbench.ui.data.TrackRow;
import org.genreworkbench.workspace.WorkspaceReader;
import org.genreworkbench.workspace.WorkspaceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench datatable}: opens a large generated workspace the way the window does (read the file, make it
 * the session's project, build the Data table's rows: {@code open_s}, until the table shows them; then make their
 * search texts: {@code search_ready_s}) and then filters and pages through the table's rows. Run with the heap a user has, e.g. {@code MAVEN_OPTS=-Xmx2g}. Goals: open at most 5 s, a filter at most
 * 200 ms. {@code --file} opens a given workspace (made there first when it does not exist), so that runs compare
 * on the same file. Paging reads the rows and cells a screenful of the table shows; drawing them is the table's own work
 * and not measured here.
 */
@Command(name = "datatable", description = "Times opening a large workspace into the Data table, filtering and paging it.")
final class DataTableBenchmark implements Callable<Integer> {
    /** The titles the Data table's tasks start with: making the rows, then their search texts. */
    private static final String TABLE_TASK = "Preparing the table";
    private static final String SEARCH_TASK = "Preparing the search";
    private static final List<String> FILTERS = List.of("rock", "track 4711", "pop dance", "no-such-word", "a");

    @Option(names = "--tracks", defaultValue = "1000000", description = "tracks to generate (default: ${DEFAULT-VALUE})")
    int tracks;

    @Option(names = "--file", description = "a workspace to open instead of a generated one; generated and kept there when it does not exist yet")
    Path given;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path dir = given == null ? Files.createTempDirectory("gwb-data-bench") : null;
        Path file = given == null ? dir.resolve("large.gwb") : given;
        if (!Files.exists(file)) {
            new WorkspaceWriter().save(SampleGenerator.generate(SampleSpec.ofTracks(7L, tracks)), file);
        }
        long fileBytes = Files.size(file);
        System.gc();

        long t0 = System.nanoTime();
        Project project = new WorkspaceReader().open(file);
        long read = System.nanoTime();
        WorkspaceSession session = new WorkspaceSession();
        session.replace(project, file);
        long replaced = System.nanoTime();
        TimedWorkExecutor executor = new TimedWorkExecutor();
        DataViewModel data = new DataViewModel(session, executor);
        long made = System.nanoTime();
        executor.runAll();
        long tabled = executor.endOf(TABLE_TASK, made);
        long searchable = executor.endOf(SEARCH_TASK, tabled);
        double openSeconds = (tabled - t0) / 1e9;
        int rows = data.rows().size();

        Map<String, Double> filterMs = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (String words : FILTERS) {
                long f0 = System.nanoTime();
                data.filterProperty().set(words);
                int shown = data.rows().size();
                double ms = (System.nanoTime() - f0) / 1e6;
                data.filterProperty().set("");
                if (round > 0) { // the first round warms up
                    all.add(ms);
                    filterMs.merge(words + " (" + shown + " rows)", ms, Math::min);
                }
            }
        }
        long c0 = System.nanoTime();
        data.filterProperty().set("");
        double clearMs = (System.nanoTime() - c0) / 1e6;

        // A screenful is about 30 rows at 1280x800: read every cell of 30 rows at 200 random scroll positions.
        Random random = new Random(3);
        List<Double> pageMs = new ArrayList<>();
        long sink = 0;
        for (int page = 0; page < 200; page++) {
            long p0 = System.nanoTime();
            int top = random.nextInt(Math.max(1, rows - 30));
            for (int r = top; r < Math.min(rows, top + 30); r++) {
                TrackRow row = data.rows().get(r);
                sink += row.name() == null ? 0 : row.name().length();
                sink += row.artists().length() + row.genreTags().length();
                for (AudioFeature f : AudioFeature.values()) {
                    Double v = row.feature(f);
                    sink += v == null ? 0 : 1;
                }
            }
            pageMs.add((System.nanoTime() - p0) / 1e6);
        }

        System.gc();
        Runtime rt = Runtime.getRuntime();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tracks", project.tracks().size());
        out.put("table_rows", rows);
        out.put("file_mb", Math.round(fileBytes / 1e5) / 10.0);
        out.put("open_s", Math.round(openSeconds * 100) / 100.0);
        // Where the opening goes: reading the file, making it the session's project, building the table's rows.
        out.put("read_s", Math.round((read - t0) / 1e7) / 100.0);
        out.put("session_s", Math.round((replaced - read) / 1e7) / 100.0);
        out.put("rows_s", Math.round((tabled - replaced) / 1e7) / 100.0);
        // Of those, what the window's thread spends; the rest is a background task's while the window stays live.
        out.put("rows_ui_thread_s", Math.round(((tabled - replaced) / 1e9 - executor.workSeconds(TABLE_TASK)) * 100)
                / 100.0);
        // The search texts are made after the table is shown; a filter typed before then applies at this moment.
        out.put("search_ready_s", Math.round((searchable - t0) / 1e7) / 100.0);
        out.put("heap_mb", Math.round((rt.totalMemory() - rt.freeMemory()) / 1e6));
        out.put("max_heap_mb", Math.round(rt.maxMemory() / 1e6));
        out.put("filter_ms_median", Math.round(median(all) * 10) / 10.0);
        out.put("filter_ms_max", Math.round(Collections.max(all) * 10) / 10.0);
        out.put("filter_ms", round(filterMs));
        out.put("clear_filter_ms", Math.round(clearMs * 10) / 10.0);
        out.put("page_ms_median", Math.round(median(pageMs) * 1000) / 1000.0);
        out.put("checksum", sink % 10);
        if (given == null) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir.resolve("large.gwb.bak"));
            Files.deleteIfExists(dir);
        }
        JsonOut.print(spec.commandLine().getOut(), out);
        return 0;
    }

    private static Map<String, Double> round(Map<String, Double> ms) {
        Map<String, Double> out = new LinkedHashMap<>();
        ms.forEach((k, v) -> out.put(k, Math.round(v * 10) / 10.0));
        return out;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
