package org.genreworkbench.workspace;

import java.util.List;
import org.genreworkbench.model.LabelScheme;

/** The {@code label-schemes.json} entry: the schemes and which one is active. */
record LabelSchemesEntry(String active, List<LabelScheme> schemes) {

    LabelSchemesEntry {
        schemes = schemes == null ? List.of() : schemes;
    }
}
