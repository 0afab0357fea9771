package org.genreworkbench.ui.models;

import org.genreworkbench.model.spec.ModelSpec;
import org.genreworkbench.ml.OptionTuning;

/** How a model whose options take several values is named in the list of the next run's models. */
final class GridLabels {
    private GridLabels() {
    }

    /** "J48", or "J48 (grid of 3)": short, as the list is narrow; the sheet shows the values. */
    static String listed(ModelSpec model, OptionTuning tuning) {
        return tuning.isEmptyFor(model) ? model.name() : model.name() + " (grid of " + tuning.size(model) + ")";
    }
}
