package org.genreworkbench.model.spec;

import java.util.List;

/**
 * Something a model is configured with through typed options: a base learner or a method. The property sheet
 * edits these options in typed rows and spec files are checked against them, through the same {@link #check}.
 */
public interface OptionSchema {

    /** As spec files and messages name it: "RandomForest", "RAkEL", "MLP". */
    String specName();

    /** The options offered for editing, typed, with their ranges and what they do. */
    List<LearnerOption> schema();

    /** Throws, naming this and the option, when a value in {@code options} is outside its schema. */
    default void check(String options) {
        for (LearnerOption option : schema()) {
            OptionLine.value(options, option).ifPresent(value -> option.check(specName(), value));
        }
    }
}
