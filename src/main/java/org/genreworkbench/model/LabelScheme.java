package org.genreworkbench.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A named way of turning artist genre tags into track labels: each tag maps to one label.
 * Tracks get the labels of their artists' tags.
 *
 * @param settings how the scheme was made, so that the Labels tab can make it again on open
 */
public record LabelScheme(String name, Settings settings, Map<String, String> tagToLabel) {

    public LabelScheme {
        Objects.requireNonNull(name, "name");
        settings = settings == null ? Settings.UNKNOWN : settings;
        tagToLabel = tagToLabel == null ? Map.of() : Map.copyOf(tagToLabel);
    }

    /**
     * How a scheme was made: the tree's settings, the cut through it and the manual edits after the cut, and the
     * sizes that gave (for people reading the file). A scheme made elsewhere may say nothing of the tree or the
     * cut: those are then null, and the scheme still labels tracks, but cannot be made again.
     *
     * @param clustering   what the tag tree was built from; null when not known
     * @param cut          how the tree was cut before the edits (at a height, or dynamically); null when not known
     * @param edits        the manual changes made after the cut, in order, branch cuts included
     * @param clusters     the clusters the cut and edits gave; null when not known
     * @param tags         the tags in the tree; null when not known
     * @param tagsSetAside the tags left out for being on too few artists; null when not known
     */
    public record Settings(ClusteringSettings clustering, TreeCut cut, List<LabelEdit> edits, Integer clusters,
                           Integer tags, Integer tagsSetAside) {
        /** A scheme that says nothing of how it was made. */
        public static final Settings UNKNOWN = new Settings(null, null, List.of(), null, null, null);

        public Settings {
            edits = edits == null ? List.of() : List.copyOf(edits);
        }

        /** The tree and the cut, when the scheme says both: what it takes to make the scheme again. */
        public Optional<ClusteringSettings> knownClustering() {
            return Optional.ofNullable(clustering);
        }

        public Optional<TreeCut> knownCut() {
            return Optional.ofNullable(cut);
        }
    }

    /** The manual changes made after the cut, in order. */
    public List<LabelEdit> edits() {
        return settings.edits();
    }

    /** The labels of a track: the labels of its artists' tags, in first-seen order; empty when none. */
    public Set<String> labelsOf(Track track, Project project) {
        Set<String> labels = new LinkedHashSet<>();
        for (String tag : project.genreTagsOf(track)) {
            String label = tagToLabel.get(tag);
            if (label != null) {
                labels.add(label);
            }
        }
        return labels;
    }

    /** The distinct labels of the scheme, sorted. */
    public List<String> labels() {
        return tagToLabel.values().stream().distinct().sorted().toList();
    }
}
