package org.genreworkbench.model.spec;

import java.util.List;
import java.util.ServiceLoader;

/**
 * A learner's own reading of its option line, beyond the typed options of its schema (Weka refuses a flag it
 * does not know). It lives with the Weka code; a model spec finds it through {@link ServiceLoader}, so that
 * the spec types stay free of Weka while spec files, the window and the command line refuse the same lines.
 */
public interface LearnerOptionCheck {

    /** Throws an {@link IllegalArgumentException} naming the learner and the option it refuses. */
    void check(BaseLearner learner, String options);

    /** Runs every check on the class path. */
    static void checkAll(BaseLearner learner, String options) {
        Loaded.CHECKS.forEach(c -> c.check(learner, options));
    }

    /** Loaded once: a {@link ServiceLoader} is not safe to share between threads. */
    final class Loaded {
        private static final List<LearnerOptionCheck> CHECKS = ServiceLoader.load(LearnerOptionCheck.class).stream()
                .map(ServiceLoader.Provider::get).toList();

        private Loaded() {
        }
    }
}
