package org.genreworkbench.ml.engine;

import java.util.List;
import org.genreworkbench.model.Experiment;

/**
 * Some cells of an experiment failed: each is named by model and fold with its reason, and the models whose
 * every fold trained are kept in {@link #completed()}, so one bad option does not cost the others' results.
 */
public final class CellsFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** One failed cell. */
    public record Failure(String model, int fold, String reason) {
        @Override
        public String toString() {
            return "model '" + model + "', fold " + (fold + 1) + ": " + reason;
        }
    }

    private final transient Experiment completed;
    private final transient List<Failure> failures;

    public CellsFailedException(Experiment completed, List<Failure> failures, int cells) {
        super(failures.size() + " of " + cells + (cells == 1 ? " cell" : " cells") + " failed: "
                + String.join("; ", failures.stream().map(Failure::toString).toList()));
        this.completed = completed;
        this.failures = List.copyOf(failures);
    }

    /** The experiment with only the models whose every fold trained (none, if every model lost a fold). */
    public Experiment completed() {
        return completed;
    }

    public List<Failure> failures() {
        return failures;
    }
}
