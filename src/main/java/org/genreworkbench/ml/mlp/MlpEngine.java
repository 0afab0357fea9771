package org.genreworkbench.ml.mlp;

import ai.djl.engine.Engine;
import java.util.Optional;
import org.genreworkbench.settings.AppSettings;

/**
 * PyTorch through DJL, loaded once. DJL is kept offline (the native library comes from the class path, never
 * from the network) and unpacks that library into {@code djl/} under the settings folder, unless
 * {@code DJL_CACHE_DIR} says otherwise (the tests point it under {@code target/}). If the engine cannot load
 * (no native build for this OS, a libc too old), {@link #unavailableReason()} says why and the MLP is offered
 * disabled; nothing else depends on it.
 */
public final class MlpEngine {
    private static final String ENGINE = "PyTorch";
    /** Held so the level sticks (java.util.logging keeps loggers only weakly): DJL's start-up notes are not news. */
    private static final java.util.logging.Logger DJL_LOG = java.util.logging.Logger.getLogger("ai.djl");
    /** On a machine without an NVIDIA driver DJL warns at every device query; the CPU is simply used. */
    private static final java.util.logging.Logger CUDA_LOG = java.util.logging.Logger.getLogger("ai.djl.util.cuda");
    private static volatile Optional<String> unavailable;

    private MlpEngine() {
    }

    /** Why the MLP cannot run on this machine; empty when it can. Loads the engine on first call. */
    public static Optional<String> unavailableReason() {
        Optional<String> known = unavailable;
        if (known == null) {
            synchronized (MlpEngine.class) {
                if (unavailable == null) {
                    unavailable = load();
                }
                known = unavailable;
            }
        }
        return known;
    }

    /** The engine, or an exception carrying the reason it is unavailable. */
    static Engine engine() {
        unavailableReason().ifPresent(reason -> {
            throw new IllegalStateException("MLP is unavailable on this machine: " + reason);
        });
        return Engine.getEngine(ENGINE);
    }

    private static Optional<String> load() {
        DJL_LOG.setLevel(java.util.logging.Level.WARNING);
        CUDA_LOG.setLevel(java.util.logging.Level.SEVERE);
        setIfAbsent("ai.djl.offline", "true");
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", AppSettings.defaultConfigDir().resolve("djl").toString());
        }
        // Small networks gain nothing from more threads, and the experiment runner already trains two folds at
        // once on two cores; one thread each also keeps results the same from run to run.
        setIfAbsent("ai.djl.pytorch.num_threads", "1");
        setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
        try {
            Engine engine = Engine.getEngine(ENGINE);
            engine.defaultDevice();
            return Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            // every distinct message down the chain: DJL's outermost says what failed, the innermost why
            java.util.LinkedHashSet<String> messages = new java.util.LinkedHashSet<>();
            for (Throwable t = e; t != null && messages.size() < 4; t = t.getCause() == t ? null : t.getCause()) {
                messages.add(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip());
            }
            return Optional.of("the PyTorch engine did not load (" + String.join(": ", messages) + ")");
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
