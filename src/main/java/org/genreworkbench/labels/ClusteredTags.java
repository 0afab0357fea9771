package org.genreworkbench.labels;

/** A workspace's tag tree with each track's kept tags: everything a cut needs to be labelled and weighed. */
public record ClusteredTags(TagTree tree, TrackTags tracks) {

    public Dendrogram dendrogram() {
        return tree.dendrogram();
    }
}
