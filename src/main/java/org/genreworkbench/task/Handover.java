package org.genreworkbench.task;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A value handed to background work that the work takes once and then no longer holds. A task holds what its
 * work captured until it ends; a workspace captured so is a gigabyte for a million tracks, kept from the
 * workspace opened next while the work goes on with what it took from it.
 */
public final class Handover<T> {
    private final AtomicReference<T> value;

    public Handover(T value) {
        this.value = new AtomicReference<>(value);
    }

    /** The value, the first time; an {@link IllegalStateException} after that. */
    public T take() {
        T taken = value.getAndSet(null);
        if (taken == null) {
            throw new IllegalStateException("already taken");
        }
        return taken;
    }
}
