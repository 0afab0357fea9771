package org.genreworkbench.ui.labels;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import org.genreworkbench.ui.WorkbenchContext;

/** The Labels tab. */
public final class LabelsTab extends Tab {

    public LabelsTab(WorkbenchContext context) {
        super("Labels");
        setClosable(false);
        setContent(new Label("Labels: coming next."));
    }
}
