package org.genreworkbench.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A named way of giving tracks labels. Made from tags (the usual kind): each tag maps to one label and tracks get
 * the labels of their artists' tags. Or predicted: the labels a model gave each track without any, kept track by
 * track and marked with where they came from, so that they are never mistaken for labels from tags (an
 * experiment refuses to learn from them).
 *
 * @param settings    how the scheme was made, so that the Labels tab can make it again on open
 * @param predicted   the model and experiment that predicted the labels; null for a scheme made from tags
 * @param trackLabels a predicted scheme's labels of each track, by track id; empty for a scheme made from tags
 */
public record LabelScheme(String name, Settings settings, Map<String, String> tagToLabel,
                          @JsonInclude(JsonInclude.Include.NON_NULL) PredictedFrom predicted,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<String>> trackLabels) {

    public LabelScheme {
        Objects.requireNonNull(name, "name");
        settings = settings == null ? Settings.UNKNOWN : settings;
        tagToLabel = tagToLabel == null ? Map.of() : Map.copyOf(tagToLabel);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (trackLabels != null) {
            trackLabels.forEach((track, labels) -> copy.put(track, labels == null ? List.of() : List.copyOf(labels)));
        }
        trackLabels = java.util.Collections.unmodifiableMap(copy);
        if (predicted == null && !trackLabels.isEmpty()) {
            throw new IllegalArgumentException("label scheme '" + name + "' gives tracks labels one by one but does "
                    + "not say which model predicted them");
        }
    }

    /** A scheme made from tags. */
    public LabelScheme(String name, Settings settings, Map<String, String> tagToLabel) {
        this(name, settings, tagToLabel, null, null);
    }

    /** A scheme of labels predicted by a model, track by track. */
    public static LabelScheme predicted(String name, PredictedFrom from, Map<String, List<String>> trackLabels) {
        return new LabelScheme(name, Settings.UNKNOWN, Map.of(), Objects.requireNonNull(from, "from"), trackLabels);
    }

    /**
     * Where predicted labels came from.
     *
     * @param experimentId the experiment's id
     * @param experiment   the experiment's name
     * @param model        the model, trained on every labelled track of the experiment's data set
     * @param created      when the labels were predicted (ISO-8601)
     */
    public record PredictedFrom(String experimentId, String experiment, String model, String created) {
        public PredictedFrom {
            Objects.requireNonNull(model, "model");
        }
    }

    /** Whether the labels were predicted by a model rather than made from tags. */
    public boolean byModel() {
        return predicted != null;
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
        if (predicted != null) {
            return new LinkedHashSet<>(trackLabels.getOrDefault(track.id(), List.of()));
        }
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
        if (predicted != null) {
            return trackLabels.values().stream().flatMap(List::stream).distinct().sorted().toList();
        }
        return tagToLabel.values().stream().distinct().sorted().toList();
    }
}
