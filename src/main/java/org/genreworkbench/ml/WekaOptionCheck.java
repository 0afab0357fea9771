package org.genreworkbench.ml;

import org.genreworkbench.model.spec.BaseLearner;
import org.genreworkbench.model.spec.LearnerOptionCheck;

/** Hands a model spec's base options to the Weka learner itself, which refuses what its schema does not cover. */
public final class WekaOptionCheck implements LearnerOptionCheck {

    @Override
    public void check(BaseLearner learner, String options) {
        Learners.create(learner, options);
    }
}
