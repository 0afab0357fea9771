package org.genreworkbench.ui.data.wizard;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The wizard's one status line and whether a step is busy (Back and Next wait while it is). */
public final class WizardStatus {
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    void say(String text) {
        message.set(text);
    }

    void clear() {
        message.set("");
    }

    /** A listener for short work (a test, a search) that shows each wait on the status line while it lasts. */
    org.genreworkbench.ingest.spotify.IngestListener showingWaits(org.genreworkbench.ui.UiThread ui) {
        return new org.genreworkbench.ingest.spotify.IngestListener() {
            @Override
            public void waiting(org.genreworkbench.ingest.spotify.RateWait wait) {
                ui.run(() -> say(wait.describe()));
            }
        };
    }
}
