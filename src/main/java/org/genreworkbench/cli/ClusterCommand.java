package org.genreworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.genreworkbench.labels.ClusterCountCut;
import org.genreworkbench.labels.ClusteredTags;
import org.genreworkbench.labels.Clusters;
import org.genreworkbench.labels.LabelBalance;
import org.genreworkbench.labels.LabelSuggestions;
import org.genreworkbench.labels.Labelling;
import org.genreworkbench.labels.LabellingService;
import org.genreworkbench.labels.TagTree;
import org.genreworkbench.model.ClusteringSettings;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.model.Linkage;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.TagDistance;
import org.genreworkbench.model.TreeCut;
import org.genreworkbench.task.TaskContext;
import org.genreworkbench.workspace.WorkspaceReader;
import org.genreworkbench.workspace.WorkspaceWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cluster WS.gwb ...}: clusters the workspace's genre tags and reports the balance of the labels. */
@Command(name = "cluster", description = "Clusters the genre tags of a workspace into labels.")
final class ClusterCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WS.gwb")
    Path workspace;

    @Option(names = "--min-support", defaultValue = "5", description = "tags on fewer artists are set aside (default: ${DEFAULT-VALUE})")
    int minSupport;

    @Option(names = "--distance", defaultValue = "jaccard", description = "jaccard or cosine (default: ${DEFAULT-VALUE})")
    String distance;

    @Option(names = "--linkage", defaultValue = "average",
            description = "average, complete, single, weighted or ward (default: ${DEFAULT-VALUE})")
    String linkage;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Cut cut;

    static final class Cut {
        @Option(names = "--cut-height", description = "cut the tree at this height")
        Double height;

        @Option(names = "--clusters", description = "cut the tree into this many clusters")
        Integer clusters;

        @Option(names = "--suggest", paramLabel = "K1-K2",
                description = "search flat, dynamic and branch cuts for the most balanced scheme with K1 to K2 labels")
        String suggest;

        @Option(names = "--dynamic", paramLabel = "METHOD",
                description = "a dynamic tree cut: tree or hybrid (see --min-cluster-size, --deep-split)")
        String dynamic;
    }

    @Option(names = "--min-cluster-size", defaultValue = "8", description = "for --dynamic: fewest tags in a cluster (default: ${DEFAULT-VALUE})")
    int minClusterSize;

    @Option(names = "--deep-split", defaultValue = "2", description = "for --dynamic: 0 (coarse) to 4 (fine); tree: 0 or more (default: ${DEFAULT-VALUE})")
    int deepSplit;

    @Option(names = "--save", paramLabel = "NAME", description = "save the labels as a scheme of this name and make it active")
    String save;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Project project = new WorkspaceReader().open(workspace);
        ClusteringSettings settings = new ClusteringSettings(minSupport, TagDistance.fromKey(distance), Linkage.fromKey(linkage));
        LabellingService service = new LabellingService();
        long t0 = System.nanoTime();
        ClusteredTags data = service.build(project, settings);
        double treeMs = (System.nanoTime() - t0) / 1e6;
        TagTree tree = data.tree();
        if (tree.incidence().tagCount() < 2) {
            throw new IllegalArgumentException("fewer than two genre tags are carried by " + minSupport
                    + " artists or more: nothing to cluster (import artists with genre tags, or lower --min-support)");
        }
        var out = spec.commandLine().getOut();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tags", tree.incidence().tagCount());
        result.put("tags_set_aside", tree.incidence().setAsideCount());
        Labelling labelling;
        List<LabelEdit> edits = List.of();
        if (cut.suggest != null) {
            int[] range = labelRange(cut.suggest);
            long s0 = System.nanoTime();
            List<LabelSuggestions.Suggestion> found = LabelSuggestions.search(data, range[0], range[1], 5,
                    LabelSuggestions.BalanceTarget.defaults(), TaskContext.silent());
            result.put("suggest_ms", round((System.nanoTime() - s0) / 1e6));
            if (found.isEmpty()) {
                throw new IllegalArgumentException("--suggest " + cut.suggest + ": no cut of this tree gives " + range[0]
                        + " to " + range[1] + " labels; widen the range or change --linkage/--min-support");
            }
            for (LabelSuggestions.Suggestion s : found) {
                out.printf("suggestion: %d labels, largest %.1f %%, evenness %.3f, %s%n", s.balance().clusters(),
                        s.balance().largestShare() * 100, s.balance().evenness(), s.method());
            }
            LabelSuggestions.Suggestion best = found.get(0);
            labelling = best.labelling();
            edits = best.edits();
            result.put("method", best.method());
            result.put("balanced", best.balanced());
            flatAtSameCount(service, data, best.balance().clusters()).ifPresent(flat -> result.put("flat_same_count", figures(flat)));
        } else if (cut.dynamic != null) {
            labelling = service.label(data, new TreeCut.Dynamic(TreeCut.DynamicMethod.fromKey(cut.dynamic), minClusterSize, deepSplit),
                    List.of());
            result.put("method", labelling.cut().describe());
        } else {
            labelling = service.label(data, new TreeCut.AtHeight(cut.height != null ? cut.height : heightFor(service, data, cut.clusters)),
                    List.of());
        }
        Clusters clusters = labelling.clusters();
        LabelBalance balance = labelling.balance();
        for (int c = 0; c < clusters.count(); c++) {
            out.printf("%6d tracks  %s%n", balance.trackCounts()[c], clusters.names().get(c));
        }
        if (save != null) {
            service.apply(project, service.scheme(save, tree, labelling.cut(), edits));
            new WorkspaceWriter().save(project, workspace);
        }
        if (labelling.cut() instanceof TreeCut.AtHeight h) {
            result.put("cut_height", h.height());
        }
        result.putAll(figures(labelling));
        result.put("tree_ms", round(treeMs));
        if (save != null) {
            result.put("saved", save);
        }
        JsonOut.print(out, result);
        return 0;
    }

    /** The balance figures, as every form of the command prints them. */
    private static Map<String, Object> figures(Labelling labelling) {
        LabelBalance balance = labelling.balance();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clusters", balance.clusters());
        m.put("cardinality", round(balance.cardinality()));
        m.put("density", round(balance.density()));
        m.put("unlabelled_tracks", balance.unlabelledTracks());
        m.put("largest_cluster_share", round(balance.largestShare()));
        m.put("evenness", round(balance.evenness()));
        m.put("tagged_tracks", balance.taggedTracks());
        m.put("unlabelled_tagged_share", round(balance.unlabelledTaggedShare()));
        m.put("labels_per_tagged_track", round(balance.labelsPerTaggedTrack()));
        return m;
    }

    /** The flat cut with the same number of labels, or the nearest a height gives, for comparison. */
    private static java.util.Optional<Labelling> flatAtSameCount(LabellingService service, ClusteredTags data, int k) {
        ClusterCountCut answer = service.cutForClusters(data, k);
        int reachable = answer.exact() ? k : answer.nearest();
        ClusterCountCut flat = service.cutForClusters(data, reachable);
        return flat.exact() ? java.util.Optional.of(service.label(data, new TreeCut.AtHeight(flat.height()), List.of()))
                : java.util.Optional.empty();
    }

    /** "8-16" as {8, 16}; a message naming the option when it is not that. */
    static int[] labelRange(String text) {
        String[] parts = text.trim().split("\\s*[-–]\\s*");
        try {
            if (parts.length == 2) {
                int low = Integer.parseInt(parts[0]);
                int high = Integer.parseInt(parts[1]);
                if (low >= 1 && high >= low) {
                    return new int[] {low, high};
                }
            }
        } catch (NumberFormatException ignored) {
            // reported below with the rest
        }
        throw new IllegalArgumentException("--suggest " + text + ": give a range of label counts such as 8-16, the smaller first");
    }

    /** The height for --clusters K; a K no height gives is an error naming the nearest ones that work. */
    private static double heightFor(LabellingService service, ClusteredTags data, int k) {
        try {
            return service.heightForClusters(data.tree(), k);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--clusters " + k + ": " + e.getMessage(), e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
