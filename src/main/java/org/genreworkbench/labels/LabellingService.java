package org.genreworkbench.labels;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.genreworkbench.model.ClusteringSettings;
import org.genreworkbench.model.LabelEdit;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.TreeCut;

/**
 * The one way genre tags become labels, for the Labels tab and the {@code cluster} command alike: build the
 * tag tree, cut it (at a height, or into k clusters where a height gives k), apply the edits, weigh the
 * balance, save the result as the active label scheme and export it.
 */
public final class LabellingService {

    /** Clusters the project's artist tags; O(tags²) memory for the distance matrix. */
    public ClusteredTags build(Project project, ClusteringSettings settings) {
        TagTree tree = TagTree.build(project.artists().values(), settings);
        return new ClusteredTags(tree, TrackTags.of(project, tree.incidence()));
    }

    /** The height that cuts the tree into k clusters, or the nearest reachable counts when none does. */
    public ClusterCountCut cutForClusters(ClusteredTags data, int k) {
        return data.dendrogram().cutForClusters(k);
    }

    /**
     * A label scheme of the tree cut into exactly {@code clusters} clusters with the edits applied; refused,
     * naming the nearest counts that work, when no cut height gives that many.
     */
    public LabelScheme scheme(String name, TagTree tree, int clusters, List<LabelEdit> edits) {
        return scheme(name, tree, new TreeCut.AtHeight(heightForClusters(tree, clusters)), edits);
    }

    /**
     * The cut height that gives exactly {@code clusters} clusters; refused, naming the nearest counts that work,
     * when merges of equal height jump past that count.
     */
    public double heightForClusters(TagTree tree, int clusters) {
        ClusterCountCut cut = tree.dendrogram().cutForClusters(clusters);
        if (!cut.exact()) {
            throw new IllegalArgumentException(cut.explain());
        }
        return cut.height();
    }

    /** The labels of a cut with the edits applied, and their balance: fast enough to follow a drag. */
    public Labelling label(ClusteredTags data, TreeCut cut, List<LabelEdit> edits) {
        Clusters clusters = Clusters.of(data.tree(), data.tree().partition(cut), edits);
        return new Labelling(cut, clusters, LabelBalance.of(data.tracks(), clusters));
    }

    /** A label scheme holding everything needed to make it again: tree settings, cut, edits. */
    public LabelScheme scheme(String name, TagTree tree, TreeCut cut, List<LabelEdit> edits) {
        Clusters clusters = Clusters.of(tree, tree.partition(cut), edits);
        LabelScheme.Settings settings = new LabelScheme.Settings(tree.settings(), cut, edits, clusters.count(),
                tree.incidence().tagCount(), tree.incidence().setAsideCount());
        return new LabelScheme(name, settings, clusters.tagToLabel());
    }

    /** Puts the scheme in the project (replacing one of the same name) and makes it the active one. */
    public void apply(Project project, LabelScheme scheme) {
        project.putLabelScheme(scheme);
        project.setActiveLabelScheme(scheme.name());
    }

    /** The active scheme of the project, when there is one. */
    public Optional<LabelScheme> activeScheme(Project project) {
        return project.labelSchemes().stream().filter(s -> s.name().equals(project.activeLabelScheme())).findFirst();
    }

    /** What to write when exporting a scheme. */
    public enum Export {
        /** {@code tag,label}: one row per tag with a label. */
        TAG_LABELS,
        /** {@code track_id,name,labels}: one row per track. */
        TRACK_LABELS
    }

    /** Writes the scheme's labels as CSV, UTF-8. */
    public void export(Project project, LabelScheme scheme, Export what, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (what == Export.TRACK_LABELS) {
                LabelSchemes.writeTrackLabels(project, scheme, out);
            } else {
                LabelSchemes.writeTagLabels(scheme, out);
            }
        }
    }
}
