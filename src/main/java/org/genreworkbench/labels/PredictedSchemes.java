package org.genreworkbench.labels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Predictions;
import org.genreworkbench.model.Project;

/**
 * Keeps predictions in the workspace as a label scheme marked as predicted: each predicted track with the labels it
 * got. Such a scheme is never made active by saving it, and an experiment refuses it as its target.
 */
public final class PredictedSchemes {
    private PredictedSchemes() {
    }

    /** The scheme of the predictions' labels, under {@code name}. */
    public static LabelScheme of(String name, Predictions predictions) {
        Map<String, List<String>> byTrack = new LinkedHashMap<>();
        for (Predictions.Track t : predictions.tracks()) {
            if (!t.labels().isEmpty()) {
                byTrack.put(t.trackId(), t.labels());
            }
        }
        return LabelScheme.predicted(name, new LabelScheme.PredictedFrom(predictions.experimentId(),
                predictions.experiment(), predictions.model(), predictions.created()), byTrack);
    }

    /**
     * Saves the predictions as a scheme under {@code name}, leaving the active scheme as it was; refuses a name
     * that a scheme made from tags already has (replacing it would lose those labels).
     */
    public static LabelScheme save(Project project, String name, Predictions predictions) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("a label scheme needs a name");
        }
        project.labelSchemes().stream().filter(s -> s.name().equals(trimmed) && !s.byModel()).findFirst()
                .ifPresent(s -> {
                    throw new IllegalArgumentException("label scheme '" + trimmed + "' is made from tags: "
                            + "give the predicted labels another name");
                });
        LabelScheme scheme = of(trimmed, predictions);
        project.putLabelScheme(scheme);
        return scheme;
    }

    /** "predicted-BR-LightGBM": a name for the scheme of a model's predictions. */
    public static String suggestedName(Predictions predictions) {
        return "predicted-" + predictions.model().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
