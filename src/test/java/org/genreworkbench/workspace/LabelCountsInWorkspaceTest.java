package org.genreworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.genreworkbench.charts.LabelConfusion;
import org.genreworkbench.ml.LabelCounting;
import org.genreworkbench.model.Experiment;
import org.genreworkbench.model.LabelCounts;
import org.genreworkbench.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-label counts kept in the workspace: saved and read back whole, absent from files written before they were
 * kept (those still open, without them), and small beside the rest of an experiment.
 */
class LabelCountsInWorkspaceTest {
    private static final int LABELS = 12;
    @TempDir
    Path dir;

    @Test
    void countsAndScoreBinsAreSavedAndReadBack() throws Exception {
        Project project = new Project();
        Experiment e = experiment(new Random(1), 2, 1, 200, true);
        project.putExperiment(e);
        Path file = dir.resolve("counts.gwb");
        new WorkspaceWriter().save(project, file);

        Experiment back = new WorkspaceReader().open(file).experiments().get(0);
        assertThat(back.results().get(0).folds().get(1).labelCounts())
                .isEqualTo(e.results().get(0).folds().get(1).labelCounts())
                .hasSize(LABELS);
        assertThat(LabelConfusion.counted(back)).isTrue();
    }

    @Test
    void anExperimentSavedBeforeCountsWereKeptOpensWithoutThem() throws Exception {
        Project project = new Project();
        project.putExperiment(experiment(new Random(2), 2, 1, 200, true));
        Path file = dir.resolve("new.gwb");
        new WorkspaceWriter().save(project, file);
        // the same file as an older version wrote it: no "labelCounts" in any fold
        Map<String, byte[]> entries = new HashMap<>(ZipBytes.unzip(Files.readAllBytes(file)));
        JsonNode experiments = WorkspaceJson.mapper().readTree(entries.get(WorkspaceFormat.EXPERIMENTS));
        int removed = 0;
        for (JsonNode experiment : experiments) {
            for (JsonNode result : experiment.path("results")) {
                for (JsonNode fold : result.path("folds")) {
                    removed += ((ObjectNode) fold).remove("labelCounts") == null ? 0 : 1;
                }
            }
        }
        assertThat(removed).isEqualTo(2);
        entries.put(WorkspaceFormat.EXPERIMENTS, WorkspaceJson.mapper().writeValueAsBytes(experiments));
        Path old = dir.resolve("old.gwb");
        Files.write(old, ZipBytes.zip(ordered(entries)));

        Experiment opened = new WorkspaceReader().open(old).experiments().get(0);
        assertThat(opened.results().get(0).folds()).allSatisfy(f -> assertThat(f.labelCounts()).isEmpty());
        assertThat(opened.results().get(0).folds().get(0).perLabelF1()).hasSize(LABELS);
        assertThat(LabelConfusion.counted(opened)).isFalse();
        assertThat(LabelConfusion.of(opened, "model 1", null)).isEmpty();
    }

    /**
     * 17,000 tracks, 12 labels, 5 folds, 9 models: the counts add a small share to the experiment as the workspace
     * stores it (deflated), next to the fold track ids it holds anyway.
     */
    @Test
    void aLargeExperimentsCountsStaySmall() throws Exception {
        Experiment with = experiment(new Random(3), 5, 9, 17_000, true);
        Experiment without = experiment(new Random(3), 5, 9, 17_000, false);
        int withBytes = deflated(WorkspaceJson.mapper().writeValueAsBytes(List.of(with)));
        int withoutBytes = deflated(WorkspaceJson.mapper().writeValueAsBytes(List.of(without)));
        int raw = WorkspaceJson.mapper().writeValueAsBytes(List.of(with)).length
                - WorkspaceJson.mapper().writeValueAsBytes(List.of(without)).length;
        System.out.printf("experiments.json of 17k tracks × 12 labels × 5 folds × 9 models: %,d bytes deflated "
                + "without counts, %,d with (%,d more; %,d more before deflating)%n", withoutBytes, withBytes,
                withBytes - withoutBytes, raw);
        assertThat(withBytes - withoutBytes).as("bytes the counts add, deflated").isLessThan(120_000);
        assertThat(raw).as("bytes the counts add, as JSON").isLessThan(600_000);
    }

    private static Map<String, byte[]> ordered(Map<String, byte[]> entries) {
        Map<String, byte[]> ordered = new java.util.LinkedHashMap<>();
        for (String name : WorkspaceFormat.ENTRIES) {
            if (entries.containsKey(name)) {
                ordered.put(name, entries.get(name));
            }
        }
        return ordered;
    }

    private static int deflated(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // the writer's level
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_SPEED))) {
            deflate.write(bytes);
        }
        return out.size();
    }

    /** An experiment of {@code models} models on {@code tracks} tracks in {@code folds} folds, scored at random. */
    private static Experiment experiment(Random random, int folds, int models, int tracks, boolean counts) {
        List<String> labels = new ArrayList<>();
        for (int l = 0; l < LABELS; l++) {
            labels.add("label " + l);
        }
        // Spotify's track ids: 22 characters of base 62
        String base62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        List<List<String>> foldIds = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            List<String> ids = new ArrayList<>();
            for (int t = k; t < tracks; t += folds) {
                StringBuilder id = new StringBuilder();
                for (int c = 0; c < 22; c++) {
                    id.append(base62.charAt(random.nextInt(62)));
                }
                ids.add(id.toString());
            }
            foldIds.add(ids);
        }
        List<Experiment.ModelResult> results = new ArrayList<>();
        for (int m = 0; m < models; m++) {
            List<Experiment.FoldScore> scores = new ArrayList<>();
            for (int k = 0; k < folds; k++) {
                int rows = foldIds.get(k).size();
                boolean[][] truth = new boolean[rows][LABELS];
                boolean[][] predicted = new boolean[rows][LABELS];
                double[][] score = new double[rows][LABELS];
                for (int r = 0; r < rows; r++) {
                    for (int l = 0; l < LABELS; l++) {
                        truth[r][l] = random.nextDouble() < 0.15;
                        score[r][l] = Math.min(1, Math.max(0, (truth[r][l] ? 0.55 : 0.2) + random.nextGaussian() * 0.2));
                        predicted[r][l] = score[r][l] >= 0.4;
                    }
                }
                List<LabelCounts> c = LabelCounting.of(truth, predicted, score);
                List<Double> f1 = c.stream().map(LabelCounts::f1).toList();
                Map<String, Double> metrics = Map.of("f1_micro", random.nextDouble(), "hamming_loss", random.nextDouble(),
                        "precision", random.nextDouble(), "recall", random.nextDouble(), "jaccard", random.nextDouble());
                scores.add(new Experiment.FoldScore(k, metrics, f1, 1000 * random.nextDouble(), random.nextDouble(), null,
                        counts ? c : null));
            }
            results.add(new Experiment.ModelResult("model " + (m + 1), "BR / J48", scores));
        }
        return new Experiment("e", "large", java.time.Instant.parse("2026-01-01T00:00:00Z"), org.genreworkbench.model.spec.Specs.oneModel(), labels, foldIds, results, Map.of());
    }
}
