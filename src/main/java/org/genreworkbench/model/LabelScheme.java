package org.genreworkbench.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A named way of turning artist genre tags into track labels: each tag maps to one label.
 * Tracks get the labels of their artists' tags.
 *
 * @param settings how the scheme was made (clustering settings, cut), as text for people and for re-running
 * @param edits    the manual changes made after the cut, in order
 */
public record LabelScheme(String name, Map<String, String> settings, List<LabelEdit> edits,
                          Map<String, String> tagToLabel) {

    public LabelScheme {
        Objects.requireNonNull(name, "name");
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        edits = edits == null ? List.of() : List.copyOf(edits);
        tagToLabel = tagToLabel == null ? Map.of() : Map.copyOf(tagToLabel);
    }

    /** The labels of a track: the labels of its artists' tags, in first-seen order; empty when none. */
    public Set<String> labelsOf(Track track, Map<String, Artist> artists) {
        Set<String> labels = new LinkedHashSet<>();
        for (String artistId : track.artistIds()) {
            Artist artist = artists.get(artistId);
            if (artist == null) {
                continue;
            }
            for (String tag : artist.genres()) {
                String label = tagToLabel.get(tag);
                if (label != null) {
                    labels.add(label);
                }
            }
        }
        return labels;
    }

    /** The distinct labels of the scheme, sorted. */
    public List<String> labels() {
        return tagToLabel.values().stream().distinct().sorted().toList();
    }
}
