package org.genreworkbench.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.genreworkbench.cli.JsonOut;
import org.genreworkbench.ingest.GenreLists;
import org.genreworkbench.labels.TagIncidence;
import org.genreworkbench.labels.TagTree;
import org.genreworkbench.model.ClusteringSettings;
import org.genreworkbench.model.Linkage;
import org.genreworkbench.model.TagDistance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench cluster}: tags → tree → cut on generated tag lists, or with {@code --real} on the artists of
 * the public {@code data_w_genres.csv}. Every tag is kept (minimum support 1) so the tree has all of them.
 */
@Command(name = "cluster", description = "Times tag co-occurrence, linkage and a cut.")
final class ClusterBenchmark implements Callable<Integer> {
    @Option(names = "--tags", defaultValue = "3000", description = "generated tags (default: ${DEFAULT-VALUE})")
    int tags;

    @Option(names = "--artists", defaultValue = "20000", description = "generated artists (default: ${DEFAULT-VALUE})")
    int artists;

    @Option(names = "--real", description = "use the public artists file (--data) instead")
    boolean real;

    @Option(names = "--data", description = "the artists file for --real (default: ${DEFAULT-VALUE})",
            defaultValue = Bench.PUBLIC_TRACKS + "/data_w_genres.csv")
    Path data;

    @Option(names = "--linkage", defaultValue = "average")
    String linkage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<List<String>> tagLists = real ? readArtistGenres(data) : generate(tags, artists, 42);
        ClusteringSettings settings = new ClusteringSettings(1, TagDistance.JACCARD, Linkage.fromKey(linkage));
        TagTree tree = null;
        double cutMs = 0;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            TagIncidence incidence = TagIncidence.ofTagLists(tagLists, settings.minSupport());
            tree = TagTree.build(incidence, settings, t0);
            long c0 = System.nanoTime();
            int cuts = 100;
            for (int i = 0; i < cuts; i++) {
                tree.dendrogram().cutAtHeight(tree.dendrogram().maxHeight() * i / cuts);
            }
            cutMs = (System.nanoTime() - c0) / 1e6 / cuts;
            spec.commandLine().getErr().printf("round %d: co-occurrence %.1f ms, linkage %.1f ms, cut %.3f ms%n",
                    round, tree.cooccurrenceMs(), tree.linkageMs(), cutMs);
        }
        Runtime rt = Runtime.getRuntime();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tags", tree.incidence().tagCount());
        result.put("artists", tree.incidence().artistCount());
        result.put("cooccurrence_ms", Math.round(tree.cooccurrenceMs() * 10) / 10.0);
        result.put("linkage_ms", Math.round(tree.linkageMs() * 10) / 10.0);
        result.put("cut_ms", Math.round(cutMs * 1000) / 1000.0);
        result.put("heap_mb", Math.round((rt.totalMemory() - rt.freeMemory()) / 1e6));
        JsonOut.print(spec.commandLine().getOut(), result);
        return 0;
    }

    /** Tag lists in families of 50 tags with Zipf-like popularity; every tag is used at least once. */
    static List<List<String>> generate(int tagCount, int artistCount, long seed) {
        Random random = new Random(seed);
        int family = 50;
        List<List<String>> lists = new ArrayList<>(artistCount);
        for (int a = 0; a < artistCount; a++) {
            int base = random.nextInt(Math.max(1, tagCount / family)) * family;
            List<String> mine = new ArrayList<>();
            if (a < tagCount) {
                mine.add("tag " + a);
            }
            int count = 1 + random.nextInt(6);
            while (mine.size() < count) {
                int offset = (int) Math.min(family - 1, Math.floor(Math.pow(random.nextDouble(), 3) * family));
                int tag = random.nextDouble() < 0.15 ? random.nextInt(tagCount) : Math.min(tagCount - 1, base + offset);
                String name = "tag " + tag;
                if (!mine.contains(name)) {
                    mine.add(name);
                }
            }
            lists.add(mine);
        }
        return lists;
    }

    /** The {@code genres} column of each artist row, in whichever list shape the file uses. */
    static List<List<String>> readArtistGenres(Path file) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is not there; it comes with the shared public data");
        }
        List<List<String>> lists = new ArrayList<>();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(in)) {
            String[] header = rows.nextValue();
            int genres = List.of(header).indexOf("genres");
            if (genres < 0) {
                throw new IllegalArgumentException(file + ": no 'genres' column in the header");
            }
            while (rows.hasNextValue()) {
                String[] row = rows.nextValue();
                lists.add(genres < row.length ? GenreLists.parse(row[genres]) : List.of());
            }
        }
        return lists;
    }
}
