package org.genreworkbench.ui.models;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genreworkbench.ml.engine.EngineChoice;

/**
 * Where the next run's cells go, as the Run area shows it: this computer or Apache Spark with its master URL.
 * Starts from the settings and is kept there when a run starts with it.
 */
final class EngineSettings {
    private final ObjectProperty<EngineChoice.Kind> kind = new SimpleObjectProperty<>(EngineChoice.Kind.THIS_COMPUTER);
    private final StringProperty master = new SimpleStringProperty("");

    EngineSettings(EngineChoice start) {
        kind.set(start.kind());
        master.set(start.master() == null ? "" : start.master());
    }

    ObjectProperty<EngineChoice.Kind> kindProperty() {
        return kind;
    }

    /** The Spark master URL; blank means local[*]. */
    StringProperty masterProperty() {
        return master;
    }

    /** The choice; a master that is no URL is refused with a message naming it. */
    EngineChoice choice() {
        return new EngineChoice(kind.get(), master.get());
    }
}
