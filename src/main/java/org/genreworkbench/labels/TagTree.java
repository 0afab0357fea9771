package org.genreworkbench.labels;

import java.util.Collection;
import org.genreworkbench.model.Artist;
import org.genreworkbench.model.ClusteringSettings;
import org.genreworkbench.model.TreeCut;

/**
 * The genre tags of a set of artists clustered into a dendrogram, with the time each stage took.
 *
 * @param cooccurrenceMs time to build the incidence and the distance matrix
 * @param linkageMs      time of the clustering itself
 */
public record TagTree(ClusteringSettings settings, TagIncidence incidence, Dendrogram dendrogram,
                      double cooccurrenceMs, double linkageMs) {

    /** Builds the tree of the artists' tags. */
    public static TagTree build(Collection<Artist> artists, ClusteringSettings settings) {
        long t0 = System.nanoTime();
        TagIncidence incidence = TagIncidence.of(artists, settings.minSupport());
        return build(incidence, settings, t0);
    }

    /** Builds the tree of an incidence made elsewhere; {@code startedNanos} is when that began. */
    public static TagTree build(TagIncidence incidence, ClusteringSettings settings, long startedNanos) {
        float[] distances = incidence.distances(settings.distance());
        long t1 = System.nanoTime();
        Dendrogram dendrogram = NearestNeighbourChain.cluster(distances, incidence.tagCount(), settings.linkage());
        long t2 = System.nanoTime();
        return new TagTree(settings, incidence, dendrogram, (t1 - startedNanos) / 1e6, (t2 - t1) / 1e6);
    }

    /** The flat clusters a cut makes of the tree's leaves; a leaf left out of every cluster has −1. */
    public Partition partition(TreeCut cut) {
        if (cut instanceof TreeCut.Dynamic d) {
            return partition(d, d.method() == TreeCut.DynamicMethod.HYBRID ? incidence.distances(settings.distance()) : null);
        }
        return dendrogram.cutAtHeight(((TreeCut.AtHeight) cut).height());
    }

    /** The same with the tags' distances already at hand (for searches that try many dynamic cuts). */
    public Partition partition(TreeCut.Dynamic cut, float[] distances) {
        return cut.method() == TreeCut.DynamicMethod.TREE
                ? DynamicTreeCut.tree(dendrogram, cut.minClusterSize(), cut.deepSplit() > 0)
                : DynamicTreeCut.hybrid(dendrogram, distances, cut.minClusterSize(), cut.deepSplit());
    }
}
