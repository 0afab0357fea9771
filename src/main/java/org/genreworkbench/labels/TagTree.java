package org.genreworkbench.labels;

import java.util.Collection;
import org.genreworkbench.model.Artist;

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
}
