package org.genreworkbench.ui;

import javafx.application.Platform;

/**
 * Where a view model's changes from background work are applied. The app hands in the FX thread; plain JUnit
 * tests hand in {@link #DIRECT}, so view models are tested without a toolkit.
 */
@FunctionalInterface
public interface UiThread {
    void run(Runnable change);

    /** The JavaFX application thread: now when already on it, else as soon as it is free. */
    UiThread FX = change -> {
        if (Platform.isFxApplicationThread()) {
            change.run();
        } else {
            Platform.runLater(change);
        }
    };

    /** Right away, on the calling thread. */
    UiThread DIRECT = Runnable::run;
}
