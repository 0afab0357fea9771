package org.genreworkbench.model.spec;

/**
 * A setting refused with the field it is in, so a spec file's reader can name its whole place in the JSON
 * ("split.folds: must be at least 2, not 1") while code that builds the setting directly still reads
 * "folds: must be at least 2, not 1".
 */
public final class InvalidSetting extends IllegalArgumentException {
    private final String field;
    private final String problem;

    public InvalidSetting(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The JSON field the setting is read from: "folds". */
    public String field() {
        return field;
    }

    /** What is wrong with it: "must be at least 2, not 1". */
    public String problem() {
        return problem;
    }
}
