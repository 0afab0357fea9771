package org.genreworkbench.workspace;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reading on other threads, with a reading's checked problem handed back as it was raised: the caller learns of
 * a damaged entry by the same {@link WorkspaceException} whichever thread read it.
 */
final class Concurrently {
    /** A reading that may fail with the workspace's own problems. */
    interface Reading<T> {
        T read() throws IOException;
    }

    private Concurrently() {
    }

    static <T> CompletableFuture<T> start(Reading<T> reading) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return reading.read();
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        });
    }

    /** Waits until every reading has ended, whether or not it succeeded: none is left reading a closed file. */
    static void settle(CompletableFuture<?>... readings) {
        for (CompletableFuture<?> r : readings) {
            try {
                r.join();
            } catch (CompletionException | java.util.concurrent.CancellationException e) {
                // its problem is reported by result()
            }
        }
    }

    /** The reading's result, or its problem as it was raised. */
    static <T> T result(CompletableFuture<T> reading) throws IOException {
        try {
            return reading.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
