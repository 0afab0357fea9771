package org.genreworkbench.model;

import java.util.Objects;

/**
 * A model comparison run kept in the workspace, so its results can be reopened and re-run.
 *
 * @param created ISO-8601 instant
 */
public record Experiment(String id, String name, String created) {

    public Experiment {
        Objects.requireNonNull(id, "id");
    }
}
