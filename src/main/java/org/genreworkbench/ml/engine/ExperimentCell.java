package org.genreworkbench.ml.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import org.genreworkbench.model.spec.ModelSpec;

/**
 * The unit of work of an experiment: one model (one point of its grid) on one fold, as a plain description
 * that travels to whichever engine trains it. The model goes as its JSON text, so a cell is a few hundred bytes
 * and rebuilds the very same model anywhere.
 *
 * @param modelIndex     the model's place in the spec
 * @param foldIndex      the fold (0-based; for a hold-out, 0 is the test set)
 * @param seed           the cell's own seed, fixed by the spec's seed, the model and the fold (never by a thread)
 * @param learnerThreads threads the learner may use beside the engine's others
 */
public record ExperimentCell(int modelIndex, int foldIndex, String modelName, String modelJson, long seed,
                             int learnerThreads) implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The cell of a model on a fold, seeded as every engine seeds it. */
    public static ExperimentCell of(int modelIndex, int foldIndex, ModelSpec model, long specSeed, int learnerThreads) {
        try {
            return new ExperimentCell(modelIndex, foldIndex, model.name(), MAPPER.writeValueAsString(model),
                    specSeed + 1000L * modelIndex + foldIndex, learnerThreads);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("model '" + model.name() + "' cannot be written as JSON", e);
        }
    }

    /** The model, rebuilt from its description (its options checked again). */
    public ModelSpec model() {
        try {
            return MAPPER.readValue(modelJson, ModelSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("model '" + modelName + "': " + e.getOriginalMessage(), e);
        }
    }

    /** "model 'BR + J48', fold 2" (1-based, as the user counts folds). */
    public String where() {
        return "model '" + modelName + "', fold " + (foldIndex + 1);
    }
}
