package org.genreworkbench.ml;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The trained models of one experiment run on this computer, kept in memory so that exporting a model or
 * predicting unlabelled tracks does not train again: one per model and fold as the run trained them, and at most
 * one refit per model on every labelled track, made on demand. Never written to a workspace. {@link #close()}
 * lets go of them all (native memory included). Safe to use from several threads.
 */
public final class KeptModels implements AutoCloseable {
    private final Map<String, Map<Integer, TrainedModel>> folds = new LinkedHashMap<>();
    private final Map<String, TrainedModel> refits = new LinkedHashMap<>();
    private boolean closed;

    /** Keeps the model a cell trained on a fold; a closed store lets it go at once. */
    public synchronized void keepFold(String model, int fold, TrainedModel trained) {
        if (closed) {
            trained.close();
            return;
        }
        TrainedModel old = folds.computeIfAbsent(model, m -> new java.util.TreeMap<>()).put(fold, trained);
        if (old != null && old != trained) {
            old.close();
        }
    }

    /** The model as trained on the other folds of {@code fold} during the run. */
    public synchronized Optional<TrainedModel> fold(String model, int fold) {
        return Optional.ofNullable(folds.getOrDefault(model, Map.of()).get(fold));
    }

    /** The model trained on every labelled track, if it has been made. */
    public synchronized Optional<TrainedModel> refit(String model) {
        return Optional.ofNullable(refits.get(model));
    }

    /** Keeps a refit on every labelled track; a closed store lets it go at once. */
    public synchronized void keepRefit(String model, TrainedModel trained) {
        if (closed) {
            trained.close();
            return;
        }
        TrainedModel old = refits.put(model, trained);
        if (old != null && old != trained) {
            old.close();
        }
    }

    /** Models kept per fold, refits aside. */
    public synchronized int foldModels() {
        return folds.values().stream().mapToInt(Map::size).sum();
    }

    public synchronized int refits() {
        return refits.size();
    }

    public synchronized boolean isEmpty() {
        return folds.isEmpty() && refits.isEmpty();
    }

    /** About how much memory the kept models take. */
    public synchronized long approximateBytes() {
        long sum = 0;
        for (Map<Integer, TrainedModel> byFold : folds.values()) {
            for (TrainedModel m : byFold.values()) {
                sum += m.approximateBytes();
            }
        }
        for (TrainedModel m : refits.values()) {
            sum += m.approximateBytes();
        }
        return sum;
    }

    /** "9 × 5 folds + 1 refit, ~12 MB" or "…, <0.1 MB"; "none" when empty. */
    public synchronized String describe() {
        if (isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        if (!folds.isEmpty()) {
            TreeSet<Integer> foldCounts = new TreeSet<>();
            folds.values().forEach(m -> foldCounts.add(m.size()));
            int perModel = foldCounts.last();
            text.append(foldCounts.size() == 1
                    ? folds.size() + " × " + perModel + (perModel == 1 ? " split" : " folds")
                    : foldModels() + " fold models");
        }
        if (!refits.isEmpty()) {
            text.append(text.length() == 0 ? "" : " + ").append(refits.size())
                    .append(refits.size() == 1 ? " refit" : " refits");
        }
        return text.append(", ").append(megabytes(approximateBytes())).toString();
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb < 0.1 ? "<0.1 MB" : String.format(Locale.US, mb < 10 ? "~%.1f MB" : "~%.0f MB", mb);
    }

    /** Lets go of every model; models kept afterwards are let go at once. */
    @Override
    public synchronized void close() {
        closed = true;
        folds.values().forEach(m -> m.values().forEach(TrainedModel::close));
        refits.values().forEach(TrainedModel::close);
        folds.clear();
        refits.clear();
    }

    public synchronized boolean isClosed() {
        return closed;
    }
}
