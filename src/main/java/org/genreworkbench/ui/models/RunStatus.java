package org.genreworkbench.ui.models;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * The tab's one status line and progress bar. A run reports through its own {@link Run}, fed by its task's
 * {@code onMessage}/{@code onProgress} (the executor delivers none after the outcome); once the run has ended or
 * been forgotten (the workspace closed), whatever it still says is dropped, so it never overwrites the outcome.
 * Without a message the line shows a hint of what to do next.
 */
final class RunStatus {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final StringProperty hint = new SimpleStringProperty("");
    private final ObservableStringValue text = Bindings.createStringBinding(
            () -> message.get() == null ? hint.get() : message.get(), message, hint);
    private Run current;

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the line shows: the last message, else the hint. */
    ObservableStringValue text() {
        return text;
    }

    /** What to do next, shown while there is no message. */
    StringProperty hintProperty() {
        return hint;
    }

    /** Starts a run: the line shows {@code message}, the bar starts at zero. */
    Run begin(String message) {
        current = new Run();
        running.set(true);
        progress.set(0);
        this.message.set(message);
        return current;
    }

    /** A one-off outcome (a file written, a failure) when no run is on. */
    void say(String message) {
        this.message.set(message);
    }

    /** Forgets the run on and every message: the workspace they were about has gone. */
    void forget() {
        current = null;
        running.set(false);
        progress.set(0);
        message.set(null);
    }

    /** One run's view of the status line. */
    final class Run {
        private Run() {
        }

        private boolean current() {
            return current == this;
        }

        /** The run's status line, shown while this run is on (the executor drops any that come after its outcome). */
        void message(String text) {
            if (current()) {
                message.set(text);
            }
        }

        /** The run's progress from 0 to 1, or -1 while its total is unknown; shown while this run is on. */
        void progress(double fraction) {
            if (current()) {
                progress.set(fraction);
            }
        }

        /** Ends the run with its outcome; nothing happens once the run was forgotten. */
        void end(String outcome) {
            if (current()) {
                current = null;
                running.set(false);
                message.set(outcome);
            }
        }

        /** False once the run has ended or was forgotten: its callbacks should leave the screen alone. */
        boolean isOn() {
            return current();
        }
    }
}
