package org.genreworkbench.ui.explore;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import org.genreworkbench.ui.WorkbenchContext;

/** The Explore tab. */
public final class ExploreTab extends Tab {

    public ExploreTab(WorkbenchContext context) {
        super("Explore");
        setClosable(false);
        setContent(new Label("Explore: coming next."));
    }
}
