package org.genreworkbench.ml.lightgbm;

import java.util.Optional;

/**
 * Whether LightGBM's native library loads on this machine. It is tried once, on first need; when it fails
 * (an unsupported OS or processor, a missing libgomp) the LightGBM learners are unavailable with the reason,
 * and everything else goes on working.
 */
public final class LightGbmNative {
    /** Loads the native library or throws why it cannot. */
    @FunctionalInterface
    public interface Loader {
        void load() throws Throwable;
    }

    private static final Loader BUNDLED = BundledLibrary::load;
    private static Loader loader = BUNDLED;
    private static Optional<String> outcome;

    private LightGbmNative() {
    }

    /** Empty when the library is loaded, else why it cannot be. */
    public static synchronized Optional<String> unavailableReason() {
        if (outcome == null) {
            outcome = tryLoad(loader);
        }
        return outcome;
    }

    /** Throws with the reason when the library cannot load. */
    static void require() {
        unavailableReason().ifPresent(reason -> {
            throw new IllegalStateException("LightGBM is unavailable: " + reason);
        });
    }

    /**
     * Uses another loader from now on (the next check tries it afresh); null restores the bundled one.
     * For tests of the failure path: the bundled library cannot be unloaded, so a failing loader stands in.
     */
    public static synchronized void useLoader(Loader replacement) {
        loader = replacement == null ? BUNDLED : replacement;
        outcome = null;
    }

    private static Optional<String> tryLoad(Loader candidate) {
        try {
            candidate.load();
            return Optional.empty();
        } catch (Throwable e) {
            // UnsatisfiedLinkError and friends are Errors, not Exceptions: the app must go on without LightGBM.
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Optional.of(message + " (" + System.getProperty("os.name") + ", " + System.getProperty("os.arch") + ")");
        }
    }
}
