package org.genreworkbench.ingest.spotify;

/** Waits; replaceable in tests so that retry logic is exercised without real minutes going by. */
@FunctionalInterface
public interface Sleeper {
    void sleep(long millis) throws InterruptedException;

    Sleeper REAL = Thread::sleep;
}
