package org.genreworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.genreworkbench.labels.ClusterCountCut;
import org.genreworkbench.labels.ClusteredTags;
import org.genreworkbench.labels.Clusters;
import org.genreworkbench.labels.ClusteringSettings;
import org.genreworkbench.labels.LabelBalance;
import org.genreworkbench.labels.Labelling;
import org.genreworkbench.labels.LabellingService;
import org.genreworkbench.labels.Linkage;
import org.genreworkbench.labels.TagDistance;
import org.genreworkbench.labels.TagTree;
import org.genreworkbench.labels.TreeCut;
import org.genreworkbench.model.Project;
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
    }

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
        TreeCut treeCut = new TreeCut.AtHeight(cut.height != null ? cut.height : heightFor(service, data, cut.clusters));
        Labelling labelling = service.label(data, treeCut, List.of());
        Clusters clusters = labelling.clusters();
        LabelBalance balance = labelling.balance();

        var out = spec.commandLine().getOut();
        for (int c = 0; c < clusters.count(); c++) {
            out.printf("%6d tracks  %s%n", balance.trackCounts()[c], clusters.names().get(c));
        }
        if (save != null) {
            service.apply(project, service.scheme(save, tree, treeCut, List.of()));
            new WorkspaceWriter().save(project, workspace);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("tags", tree.incidence().tagCount());
        result.put("tags_set_aside", tree.incidence().setAsideCount());
        result.put("cut_height", ((TreeCut.AtHeight) treeCut).height());
        result.put("clusters", clusters.count());
        result.put("cardinality", round(balance.cardinality()));
        result.put("density", round(balance.density()));
        result.put("unlabelled_tracks", balance.unlabelledTracks());
        result.put("largest_cluster_share", round(balance.largestShare()));
        result.put("tree_ms", round(treeMs));
        if (save != null) {
            result.put("saved", save);
        }
        JsonOut.print(out, result);
        return 0;
    }

    /** The height for --clusters K; a K no height gives is an error naming the nearest ones that work. */
    private static double heightFor(LabellingService service, ClusteredTags data, int k) {
        ClusterCountCut answer = service.cutForClusters(data, k);
        if (!answer.exact()) {
            throw new IllegalArgumentException("--clusters " + k + ": " + answer.explain());
        }
        return answer.height();
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
