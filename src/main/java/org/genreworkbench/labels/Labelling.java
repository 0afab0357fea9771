package org.genreworkbench.labels;

import org.genreworkbench.model.TreeCut;

/** The labels a cut and its edits give, and how balanced they are on the tracks. */
public record Labelling(TreeCut cut, Clusters clusters, LabelBalance balance) {
}
