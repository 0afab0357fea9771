package org.genreworkbench.ui;

import org.genreworkbench.model.Project;

/**
 * Where the views stop doing their work on the window's thread: below this many tracks, the Data table's rows and
 * the Models tab's feature coverage take well under a tenth of a second and are made at once; from it on they are
 * made by background tasks, so the window does not stand still for the seconds a million tracks take.
 */
public final class LargeWorkspaces {
    public static final int TRACKS = 100_000;

    private LargeWorkspaces() {
    }

    public static boolean isLarge(Project project) {
        return project.tracks().size() >= TRACKS;
    }
}
