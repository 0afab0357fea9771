package org.genreworkbench.ml;

import org.genreworkbench.model.spec.DatasetSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.genreworkbench.model.LabelScheme;
import org.genreworkbench.model.Project;
import org.genreworkbench.model.Track;

/** Turns a project into a {@link Dataset}: one row per track that has a target, features as the spec says. */
public final class DatasetBuilder {
    private DatasetBuilder() {
    }

    /**
     * The tracks that have no target (no label of the scheme, or no playlist genre), as rows with the spec's
     * features and no labels: what a model trained on the labelled ones predicts. A track with none of the
     * features is left out, and so is one with any missing when the spec drops such tracks; both are counted.
     */
    public static Unlabelled unlabelled(Project project, DatasetSpec spec) {
        List<String> ids = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Set<String>> none = new ArrayList<>();
        Map<String, String> genres = spec.singleLabel() ? project.playlistGenres() : Map.of();
        LabelScheme scheme = spec.singleLabel() ? null : scheme(project, spec);
        int withoutFeatures = 0;
        Gaps gaps = new Gaps(spec.features().size());
        for (Track t : project.tracks().values()) {
            boolean labelled = spec.singleLabel() ? genres.containsKey(t.id()) : !scheme.labelsOf(t, project).isEmpty();
            if (labelled) {
                continue;
            }
            int before = rows.size();
            addRow(project, spec, t, Set.of(), ids, rows, none, gaps);
            if (rows.size() == before || Arrays.stream(rows.get(before)).allMatch(Double::isNaN)) {
                if (rows.size() > before) {
                    ids.remove(before);
                    rows.remove(before);
                    none.remove(before);
                }
                withoutFeatures++;
            }
        }
        return new Unlabelled(new Dataset(List.copyOf(ids), spec.features(), rows.toArray(new double[0][]),
                List.of(), new boolean[rows.size()][0], spec.singleLabel(), spec), withoutFeatures);
    }

    /**
     * Tracks without a target.
     *
     * @param rows            those that have features to predict from (their targets are empty)
     * @param withoutFeatures those left out for want of features
     */
    public record Unlabelled(Dataset rows, int withoutFeatures) {
    }

    public static Dataset build(Project project, DatasetSpec spec) {
        List<String> trackIds = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Set<String>> targets = new ArrayList<>();
        List<String> labels;
        Gaps gaps = new Gaps(spec.features().size());
        if (spec.singleLabel()) {
            Map<String, String> genres = project.playlistGenres();
            labels = genres.values().stream().distinct().sorted().toList();
            for (Track t : project.tracks().values()) {
                String genre = genres.get(t.id());
                if (genre != null) {
                    addRow(project, spec, t, Set.of(genre), trackIds, rows, targets, gaps);
                }
            }
        } else {
            LabelScheme scheme = scheme(project, spec);
            labels = scheme.labels();
            for (Track t : project.tracks().values()) {
                Set<String> mine = scheme.labelsOf(t, project);
                if (!mine.isEmpty()) {
                    addRow(project, spec, t, mine, trackIds, rows, targets, gaps);
                }
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(gaps.whyNoRows(spec));
        }
        boolean[][] y = new boolean[rows.size()][labels.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (String label : targets.get(r)) {
                y[r][labels.indexOf(label)] = true;
            }
        }
        return new Dataset(List.copyOf(trackIds), spec.features(), rows.toArray(new double[0][]), labels, y,
                spec.singleLabel(), spec);
    }

    /** Adds a track with a target as a row, unless a feature is missing and the spec drops such tracks. */
    private static void addRow(Project project, DatasetSpec spec, Track t, Set<String> target, List<String> ids,
                               List<double[]> rows, List<Set<String>> targets, Gaps gaps) {
        double[] x = new double[spec.features().size()];
        boolean missing = false;
        for (int f = 0; f < x.length; f++) {
            x[f] = Features.value(spec.features().get(f), t, project);
            missing |= Double.isNaN(x[f]);
        }
        gaps.count(x);
        if (missing && spec.dropMissing()) {
            return;
        }
        ids.add(t.id());
        rows.add(x);
        targets.add(target);
    }

    /** The tracks with a target, and per feature how many of them lack it: what to say when no row is left. */
    private static final class Gaps {
        private int withTarget;
        private final int[] lacking;

        Gaps(int features) {
            lacking = new int[features];
        }

        void count(double[] x) {
            withTarget++;
            for (int f = 0; f < x.length; f++) {
                if (Double.isNaN(x[f])) {
                    lacking[f]++;
                }
            }
        }

        String whyNoRows(DatasetSpec spec) {
            if (withTarget == 0) {
                return "no track has both the features and a target ("
                        + (spec.singleLabel() ? "no track is in a playlist with a genre" : "no track has a label") + ")";
            }
            List<String> lackedByAll = new ArrayList<>();
            for (int f = 0; f < lacking.length; f++) {
                if (lacking[f] == withTarget) {
                    lackedByAll.add(spec.features().get(f));
                }
            }
            String tracks = String.format(java.util.Locale.US, "%,d", withTarget);
            return "no track has both the features and a target: each of the " + tracks + " tracks with "
                    + (spec.singleLabel() ? "a playlist genre" : "a label") + " lacks a chosen feature"
                    + (lackedByAll.isEmpty() ? "" : " (none has " + String.join(", ", lackedByAll) + ")")
                    + "; leave those features out, or fill missing values with the mean (untick \"Drop tracks with "
                    + "missing values\"; \"dropMissing\": false in a spec file)";
        }
    }

    private static LabelScheme scheme(Project project, DatasetSpec spec) {
        String name = spec.labelScheme() != null ? spec.labelScheme() : project.activeLabelScheme();
        if (name == null) {
            throw new IllegalArgumentException("no label scheme is active: make one in the Labels tab (or with the cluster command)");
        }
        LabelScheme scheme = project.labelSchemes().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no label scheme named '" + name + "'"));
        if (scheme.byModel()) {
            // Learning from a model's own guesses would score it against itself: never a target by mistake.
            LabelScheme.PredictedFrom from = scheme.predicted();
            throw new IllegalArgumentException("label scheme '" + name + "' holds labels predicted by " + from.model()
                    + " (experiment '" + from.experiment() + "'), not labels from tags: choose a scheme made from tags"
                    + " as the target");
        }
        return scheme;
    }
}
