package org.genreworkbench.model.spec;

import java.util.List;

/** Small valid experiment definitions for tests of what is kept with an experiment. */
public final class Specs {
    private Specs() {
    }

    /** Binary relevance over J48 on the 12 audio features, five folds, seed 1. */
    public static ExperimentSpec oneModel() {
        return new ExperimentSpec("fixture", new DatasetSpec((Target) null, null, null, false, false, false, false),
                null, List.of(new ModelSpec(null, Method.BR, BaseLearner.J48, null, null, null)), 1);
    }
}
