package org.genreworkbench.ui.models;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import org.genreworkbench.ui.WorkbenchContext;

/** The Models tab. */
public final class ModelsTab extends Tab {

    public ModelsTab(WorkbenchContext context) {
        super("Models");
        setClosable(false);
        setContent(new Label("Models: coming next."));
    }
}
