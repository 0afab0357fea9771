package org.genreworkbench.app;

/**
 * Starts the desktop app. A separate class from the {@code Application} subclass, so that JavaFX can be
 * found on the class path when the app runs from a plain class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        GenreWorkbenchApp.main(args);
    }
}
