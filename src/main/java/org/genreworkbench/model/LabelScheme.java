package org.genreworkbench.model;

import java.util.Map;
import java.util.Objects;

/**
 * A named way of turning artist genre tags into track labels: each tag maps to one label.
 * Tracks get the labels of their artists' tags.
 *
 * @param settings how the scheme was made (clustering settings, cut), as text for people and for re-running
 */
public record LabelScheme(String name, Map<String, String> settings, Map<String, String> tagToLabel) {

    public LabelScheme {
        Objects.requireNonNull(name, "name");
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        tagToLabel = tagToLabel == null ? Map.of() : Map.copyOf(tagToLabel);
    }
}
