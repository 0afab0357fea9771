package org.genreworkbench.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The labels a model predicted for the tracks that had none, with the probability of every label: what the
 * Data table shows beside each track, what is exported as CSV and what a predicted label scheme is made from.
 * Held by the window while it is open, never written to a workspace as such.
 *
 * @param experimentId   the experiment whose model predicted
 * @param experiment     the experiment's name
 * @param model          the model, trained on every labelled track of the experiment's data set
 * @param created        when (ISO-8601)
 * @param labels         the labels (or playlist genres), in the order of each track's probabilities
 * @param singleLabel    one label per track (playlist genre) rather than several
 * @param tracks         one entry per predicted track
 * @param labelledTracks the tracks the model was trained on
 * @param withoutFeatures tracks without a label left out for want of features
 */
public final class Predictions {
    private final String experimentId;
    private final String experiment;
    private final String model;
    private final String created;
    private final List<String> labels;
    private final boolean singleLabel;
    private final List<Track> tracks;
    private final int labelledTracks;
    private final int withoutFeatures;
    private final Map<String, Track> byId = new HashMap<>();

    public Predictions(String experimentId, String experiment, String model, String created, List<String> labels,
                       boolean singleLabel, List<Track> tracks, int labelledTracks, int withoutFeatures) {
        this.experimentId = experimentId;
        this.experiment = experiment;
        this.model = Objects.requireNonNull(model, "model");
        this.created = created;
        this.labels = List.copyOf(labels);
        this.singleLabel = singleLabel;
        this.tracks = List.copyOf(tracks);
        this.labelledTracks = labelledTracks;
        this.withoutFeatures = withoutFeatures;
        for (Track t : this.tracks) {
            byId.put(t.trackId(), t);
        }
    }

    public String experimentId() {
        return experimentId;
    }

    public String experiment() {
        return experiment;
    }

    public String model() {
        return model;
    }

    public String created() {
        return created;
    }

    public List<String> labels() {
        return labels;
    }

    public boolean singleLabel() {
        return singleLabel;
    }

    public List<Track> tracks() {
        return tracks;
    }

    public int labelledTracks() {
        return labelledTracks;
    }

    public int withoutFeatures() {
        return withoutFeatures;
    }

    /**
     * One track's prediction.
     *
     * @param labels        the labels it gets (the model's threshold applied), in the order of {@link Predictions#labels()}
     * @param probabilities the model's probability (or confidence) of each label
     */
    public record Track(String trackId, List<String> labels, double[] probabilities) {
        public Track {
            labels = List.copyOf(labels);
        }

        /** "rock 0.91, pop 0.62"; "none (best: rock 0.41)" when no label passed the threshold. */
        public String describe(List<String> allLabels) {
            if (labels.isEmpty()) {
                int best = 0;
                for (int l = 1; l < probabilities.length; l++) {
                    if (probabilities[l] > probabilities[best]) {
                        best = l;
                    }
                }
                return probabilities.length == 0 ? "none"
                        : String.format(Locale.US, "none (best: %s %.2f)", allLabels.get(best), probabilities[best]);
            }
            return labels.stream().map(label -> String.format(Locale.US, "%s %.2f", label,
                    probabilities[allLabels.indexOf(label)])).collect(Collectors.joining(", "));
        }

        /** The highest probability of its labels (of any label when none passed): what the column sorts by. */
        public double confidence() {
            double best = 0;
            for (double p : probabilities) {
                best = Math.max(best, p);
            }
            return best;
        }
    }

    /** The prediction for a track, if it was one of those predicted. */
    public Optional<Track> of(String trackId) {
        return Optional.ofNullable(byId.get(trackId));
    }

    /** Predicted tracks per label, in the order of {@link #labels()}. */
    public int[] labelCounts() {
        int[] counts = new int[labels.size()];
        for (Track t : tracks) {
            for (String label : t.labels()) {
                counts[labels.indexOf(label)]++;
            }
        }
        return counts;
    }

    /** Predicted tracks that got no label at all (multi-label thresholds may give none). */
    public int withoutLabel() {
        return (int) tracks.stream().filter(t -> t.labels().isEmpty()).count();
    }
}
